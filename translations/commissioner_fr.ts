<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CommissionerCli</name>
    <message>
        <source>clock needs sync or show</source>
        <translation>clock attend sync ou show</translation>
    </message>
    <message>
        <source>clock %1 takes no arguments</source>
        <translation>clock %1 ne prend pas d&apos;argument</translation>
    </message>
    <message>
        <source>commissioner-cli: cannot identify the meter: %1</source>
        <translation>commissioner-cli : impossible d&apos;identifier le compteur : %1</translation>
    </message>
    <message>
        <source>commissioner-cli: the meter is in %1 mode: its clock is available only in NORMAL mode</source>
        <translation>commissioner-cli : le compteur est en mode %1 : son horloge n&apos;est accessible qu&apos;en mode NORMAL</translation>
    </message>
    <message>
        <source>commissioner-cli: reading the clock failed: %1</source>
        <translation>commissioner-cli : la lecture de l&apos;horloge a échoué : %1</translation>
    </message>
    <message>
        <source>Meter clock:    %1 (%2 s from this computer)</source>
        <translation>Horloge du compteur :   %1 (%2 s d&apos;écart avec cet ordinateur)</translation>
    </message>
    <message>
        <source>commissioner-cli: setting the clock failed: %1</source>
        <translation>commissioner-cli : la mise à l&apos;heure a échoué : %1</translation>
    </message>
    <message>
        <source>Set to:         %1 (this computer&apos;s clock, UTC)</source>
        <translation>Réglée à :              %1 (horloge de cet ordinateur, UTC)</translation>
    </message>
    <message>
        <source>commissioner-cli: reading the clock back failed: %1</source>
        <translation>commissioner-cli : la relecture de l&apos;horloge a échoué : %1</translation>
    </message>
    <message>
        <source>Read back:      %1 (%2 s from this computer)</source>
        <translation>Relue :                 %1 (%2 s d&apos;écart avec cet ordinateur)</translation>
    </message>
    <message>
        <source>warning: the meter&apos;s clock reads %1 s away from the time just set</source>
        <translation>avertissement : l&apos;horloge du compteur indique %1 s d&apos;écart avec l&apos;heure qui vient d&apos;être réglée</translation>
    </message>
    <message>
        <source>Modbus TCP to HOST (port 502 unless given).</source>
        <translation>Modbus TCP vers HOST (port 502 sauf indication contraire).</translation>
    </message>
    <message>
        <source>Modbus RTU through a TCP gateway.</source>
        <translation>Modbus RTU via une passerelle TCP.</translation>
    </message>
    <message>
        <source>Modbus RTU on a serial port (COM10, /dev/ttyUSB0).</source>
        <translation>Modbus RTU sur un port série (COM10, /dev/ttyUSB0).</translation>
    </message>
    <message>
        <source>Serial baud rate (default 19200).</source>
        <translation>Vitesse de la liaison série en bauds (19200 par défaut).</translation>
    </message>
    <message>
        <source>Serial parity N, E or O (default E).</source>
        <translation>Parité de la liaison série N, E ou O (E par défaut).</translation>
    </message>
    <message>
        <source>Serial stop bits 1 or 2 (default 1).</source>
        <translation>Bits de stop de la liaison série, 1 ou 2 (1 par défaut).</translation>
    </message>
    <message>
        <source>Ask the serial driver for RS-485 mode.</source>
        <translation>Demander au pilote série le mode RS-485.</translation>
    </message>
    <message>
        <source>Dial through a Hayes modem on DEV.</source>
        <translation>Appeler via un modem Hayes sur DEV.</translation>
    </message>
    <message>
        <source>The number the modem dials.</source>
        <translation>Le numéro que le modem compose.</translation>
    </message>
    <message>
        <source>The modem&apos;s init string (default ATZ).</source>
        <translation>La chaîne d&apos;initialisation du modem (ATZ par défaut).</translation>
    </message>
    <message>
        <source>Pulse dialing instead of tone.</source>
        <translation>Numérotation par impulsions au lieu de la numérotation par tonalité.</translation>
    </message>
    <message>
        <source>The meter&apos;s unit ID (default 1).</source>
        <translation>L&apos;ID d&apos;unité (adresse Modbus) du compteur (1 par défaut).</translation>
    </message>
    <message>
        <source>Response timeout per request.</source>
        <translation>Délai de réponse par requête.</translation>
    </message>
    <message>
        <source>Retries per request (default 3).</source>
        <translation>Nouvelles tentatives par requête (3 par défaut).</translation>
    </message>
    <message>
        <source>Pause before the first retry (default 100).</source>
        <translation>Pause avant la première nouvelle tentative (100 par défaut).</translation>
    </message>
    <message>
        <source>Where logs, backups, packages and journals go (default: the app data folder).</source>
        <translation>Dossier des journaux, sauvegardes, paquets et journaux de mise à niveau (par défaut : le dossier de données de l&apos;application).</translation>
    </message>
    <message>
        <source>commissioner-cli: %1 (see --help)</source>
        <translation>commissioner-cli : %1 (voir --help)</translation>
    </message>
    <message>
        <source>no link given: use --tcp, --rtu-tcp, --serial or --modem</source>
        <translation>aucune liaison indiquée : utilisez --tcp, --rtu-tcp, --serial ou --modem</translation>
    </message>
    <message>
        <source>give only one of --tcp, --rtu-tcp, --serial, --modem</source>
        <translation>indiquez une seule option parmi --tcp, --rtu-tcp, --serial, --modem</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 doit être un nombre de %2 à %3, pas « %4 »</translation>
    </message>
    <message>
        <source>--tcp wants HOST or HOST:PORT, not &quot;%1&quot;</source>
        <translation>--tcp attend HOST ou HOST:PORT, pas « %1 »</translation>
    </message>
    <message>
        <source>--rtu-tcp wants HOST:PORT, not &quot;%1&quot;</source>
        <translation>--rtu-tcp attend HOST:PORT, pas « %1 »</translation>
    </message>
    <message>
        <source>--modem needs --phone NUMBER</source>
        <translation>--modem nécessite --phone NUMÉRO</translation>
    </message>
    <message>
        <source>--parity must be N, E or O, not &quot;%1&quot;</source>
        <translation>--parity doit valoir N, E ou O, pas « %1 »</translation>
    </message>
    <message>
        <source>warning: %1 would not switch to RS-485 mode (%2); going on in its current mode</source>
        <translation>avertissement : %1 n&apos;a pas voulu passer en mode RS-485 (%2) ; on continue dans son mode actuel</translation>
    </message>
    <message>
        <source>commissioner-cli: cannot open %1: %2</source>
        <translation>commissioner-cli : impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [o/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>illegal function</source>
        <translation>fonction non autorisée</translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation>adresse de données non autorisée</translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation>valeur de données non autorisée</translation>
    </message>
    <message>
        <source>server device failure</source>
        <translation>défaillance de l&apos;appareil</translation>
    </message>
    <message>
        <source>server device busy</source>
        <translation>appareil occupé</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source> (register %1, %2 registers)</source>
        <translation> (registre %1, %2 registres)</translation>
    </message>
    <message>
        <source>no answer from the meter%1; check the cable, the unit ID and the baud rate</source>
        <translation>pas de réponse du compteur%1 ; vérifiez le câble, l&apos;ID d&apos;unité et la vitesse en bauds</translation>
    </message>
    <message>
        <source>the link was lost%1</source>
        <translation>la liaison a été perdue%1</translation>
    </message>
    <message>
        <source>cannot connect%1</source>
        <translation>connexion impossible%1</translation>
    </message>
    <message>
        <source>the meter answered exception %1 (%2)%3</source>
        <translation>le compteur a répondu par l&apos;exception %1 (%2)%3</translation>
    </message>
    <message>
        <source>a garbled answer%1%2</source>
        <translation>une réponse illisible%1%2</translation>
    </message>
    <message>
        <source>the request cannot be sent%1%2</source>
        <translation>la requête ne peut pas être envoyée%1%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>identify takes no arguments</source>
        <translation>identify ne prend pas d&apos;argument</translation>
    </message>
    <message>
        <source>commissioner-cli: identify failed on %1: %2</source>
        <translation>commissioner-cli : l&apos;identification a échoué sur %1 : %2</translation>
    </message>
    <message>
        <source>Device type:        %1 (%2)</source>
        <translation>Type d&apos;appareil :       %1 (%2)</translation>
    </message>
    <message>
        <source>Hardware revision:  %1</source>
        <translation>Révision matérielle :   %1</translation>
    </message>
    <message>
        <source>Firmware:           %1</source>
        <translation>Firmware :              %1</translation>
    </message>
    <message>
        <source>Serial number:      %1</source>
        <translation>Numéro de série :       %1</translation>
    </message>
    <message>
        <source>Mode:               %1</source>
        <translation>Mode :                  %1</translation>
    </message>
    <message>
        <source>Active events:      %1</source>
        <translation>Événements actifs :     %1</translation>
    </message>
    <message>
        <source>Bootloader version: %1</source>
        <translation>Version du bootloader : %1</translation>
    </message>
    <message>
        <source>Flash banks:        %1</source>
        <translation>Bancs de flash :        %1</translation>
    </message>
    <message>
        <source>Register map:       version %1</source>
        <translation>Table des registres :   version %1</translation>
    </message>
    <message>
        <source>Upgrade state:      %1</source>
        <translation>État de mise à niveau : %1</translation>
    </message>
    <message>
        <source>This meter has an unfinished firmware transfer: run `recover` to finish it.</source>
        <translation>Ce compteur a un transfert de firmware inachevé : lancez `recover` pour le terminer.</translation>
    </message>
    <message>
        <source>warning: register map version %1 is not the supported version %2</source>
        <translation>avertissement : la version %1 de la table des registres n&apos;est pas la version prise en charge %2</translation>
    </message>
    <message>
        <source>commissioner-cli: %1 is not a valid firmware package: %2</source>
        <translation>commissioner-cli : %1 n&apos;est pas un paquet firmware valide : %2</translation>
    </message>
    <message>
        <source>warning: key file %1 was not loaded</source>
        <translation>avertissement : le fichier de clé %1 n&apos;a pas été chargé</translation>
    </message>
    <message>
        <source>commissioner-cli: %1: the signature does not verify; the file was changed after it was signed</source>
        <translation>commissioner-cli : %1 : la signature n&apos;est pas valide ; le fichier a été modifié après sa signature</translation>
    </message>
    <message>
        <source>the meter&apos;s register map version %1 is not supported</source>
        <translation>la version %1 de la table des registres du compteur n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>the package is not signed; use --allow-unsigned if you trust where it came from</source>
        <translation>le paquet n&apos;est pas signé ; utilisez --allow-unsigned si vous faites confiance à sa provenance</translation>
    </message>
    <message>
        <source>the package is not signed (allowed)</source>
        <translation>le paquet n&apos;est pas signé (autorisé)</translation>
    </message>
    <message>
        <source>the package is signed with a key this tool does not trust</source>
        <translation>le paquet est signé avec une clé à laquelle cet outil ne fait pas confiance</translation>
    </message>
    <message>
        <source>the package&apos;s signature does not verify: it was changed after signing</source>
        <translation>la signature du paquet n&apos;est pas valide : il a été modifié après sa signature</translation>
    </message>
    <message>
        <source>the package is for device type %1, this meter is %2</source>
        <translation>le paquet est destiné au type d&apos;appareil %1, ce compteur est de type %2</translation>
    </message>
    <message>
        <source>the meter&apos;s hardware revision %1 is outside the package&apos;s range %2 to %3</source>
        <translation>la révision matérielle %1 du compteur est hors de la plage %2 à %3 du paquet</translation>
    </message>
    <message>
        <source>the meter has active events (%1): clear them first</source>
        <translation>le compteur a des événements actifs (%1) : acquittez-les d&apos;abord</translation>
    </message>
    <message>
        <source>a site wiring fault is active; it does not block an upgrade</source>
        <translation>un défaut de câblage du site est actif ; il ne bloque pas la mise à niveau</translation>
    </message>
    <message>
        <source>the image is %1 bytes; this meter takes at most %2</source>
        <translation>l&apos;image fait %1 octets ; ce compteur accepte au plus %2</translation>
    </message>
    <message>
        <source>the meter already runs this version; use --allow-downgrade to install it again</source>
        <translation>le compteur exécute déjà cette version ; utilisez --allow-downgrade pour la réinstaller</translation>
    </message>
    <message>
        <source>the package is older than the meter&apos;s firmware; use --allow-downgrade</source>
        <translation>le paquet est plus ancien que le firmware du compteur ; utilisez --allow-downgrade</translation>
    </message>
    <message>
        <source>same or older version (allowed)</source>
        <translation>version identique ou plus ancienne (autorisé)</translation>
    </message>
    <message>
        <source>the meter reports a block size of %1 bytes, which the spec does not allow</source>
        <translation>le compteur indique une taille de bloc de %1 octets, que la spécification n&apos;autorise pas</translation>
    </message>
    <message>
        <source>the meter is verifying or installing an image; the upgrade waits for it</source>
        <translation>le compteur vérifie ou installe une image ; la mise à niveau l&apos;attend</translation>
    </message>
    <message>
        <source>the meter already holds %1 of %2 bytes of this image: the transfer resumes there</source>
        <translation>le compteur contient déjà %1 des %2 octets de cette image : le transfert reprend à partir de là</translation>
    </message>
    <message>
        <source>the meter is in upgrade mode: its settings cannot be read for a backup</source>
        <translation>le compteur est en mode mise à niveau : ses paramètres ne peuvent pas être lus pour une sauvegarde</translation>
    </message>
    <message>
        <source>Print JSON, one object per reading.</source>
        <translation>Afficher en JSON, un objet par lecture.</translation>
    </message>
    <message>
        <source>Readings to take (default 1; 0 = until stopped).</source>
        <translation>Nombre de lectures (1 par défaut ; 0 = jusqu&apos;à l&apos;arrêt).</translation>
    </message>
    <message>
        <source>Time between readings.</source>
        <translation>Intervalle entre deux lectures.</translation>
    </message>
    <message>
        <source>--count and --interval-ms must be whole numbers, 0 or more</source>
        <translation>--count et --interval-ms doivent être des nombres entiers, 0 ou plus</translation>
    </message>
    <message>
        <source>commissioner-cli: reading failed: %1</source>
        <translation>commissioner-cli : la lecture a échoué : %1</translation>
    </message>
    <message>
        <source>(readings are only available while the meter runs its firmware in NORMAL mode; see `status`)</source>
        <translation>(les mesures ne sont disponibles que lorsque le compteur exécute son firmware en mode NORMAL ; voir `status`)</translation>
    </message>
    <message>
        <source>V: %1 %2 %3 V   I: %4 %5 %6 A   P: %7 kW  Q: %8 kvar  S: %9 kVA</source>
        <translation>V : %1 %2 %3 V   I : %4 %5 %6 A   P : %7 kW  Q : %8 kvar  S : %9 kVA</translation>
    </message>
    <message>
        <source>   PF: %1  f: %2 Hz  up %3 s</source>
        <translation>   FP : %1  f : %2 Hz  depuis %3 s</translation>
    </message>
    <message>
        <source>Path of the .UPG package to send (empty to stop): </source>
        <translation>Chemin du paquet .UPG à envoyer (vide pour arrêter) : </translation>
    </message>
    <message>
        <source>The .UPG to use (else found by the meter&apos;s image SHA-256).</source>
        <translation>Le .UPG à utiliser (sinon recherché d&apos;après le SHA-256 de l&apos;image du compteur).</translation>
    </message>
    <message>
        <source>A folder to look for the matching package in (repeatable).</source>
        <translation>Un dossier où chercher le paquet correspondant (répétable).</translation>
    </message>
    <message>
        <source>A folder of further trusted public keys.</source>
        <translation>Un dossier de clés publiques de confiance supplémentaires.</translation>
    </message>
    <message>
        <source>Accept a package that is not signed.</source>
        <translation>Accepter un paquet non signé.</translation>
    </message>
    <message>
        <source>Restore the meter&apos;s last pre-upgrade backup if it comes back at factory settings.</source>
        <translation>Restaurer la dernière sauvegarde d&apos;avant mise à niveau si le compteur revient aux paramètres d&apos;usine.</translation>
    </message>
    <message>
        <source>How long a silent meter pauses the transfer (default 300).</source>
        <translation>Durée pendant laquelle un compteur muet suspend le transfert (300 par défaut).</translation>
    </message>
    <message>
        <source>Do not ask before starting.</source>
        <translation>Ne pas demander confirmation avant de commencer.</translation>
    </message>
    <message>
        <source>commissioner-cli: %1</source>
        <translation>commissioner-cli : %1</translation>
    </message>
    <message>
        <source>%1 runs firmware %2 in NORMAL mode with no transfer pending: nothing to recover.</source>
        <translation>%1 exécute le firmware %2 en mode NORMAL sans transfert en attente : rien à récupérer.</translation>
    </message>
    <message>
        <source>%1 is in %2 mode, UPG_STATUS %3, %4 of %5 bytes of image %6 stored.</source>
        <translation>%1 est en mode %2, UPG_STATUS %3, %4 sur %5 octets de l&apos;image %6 stockés.</translation>
    </message>
    <message>
        <source>Found the package of that image: %1 (%2)</source>
        <translation>Paquet de cette image trouvé : %1 (%2)</translation>
    </message>
    <message>
        <source>No package with the meter&apos;s image (SHA-256 %1) was found in the journal, %2 or the folders given.</source>
        <translation>Aucun paquet correspondant à l&apos;image du compteur (SHA-256 %1) n&apos;a été trouvé dans le journal, %2 ni les dossiers indiqués.</translation>
    </message>
    <message>
        <source>commissioner-cli: name the package to send with --package FILE</source>
        <translation>commissioner-cli : indiquez le paquet à envoyer avec --package FICHIER</translation>
    </message>
    <message>
        <source>This package is not the meter&apos;s pending image: the transfer starts again from 0.</source>
        <translation>Ce paquet n&apos;est pas l&apos;image en attente du compteur : le transfert repart de 0.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>commissioner-cli: not starting without --yes when there is no terminal to ask</source>
        <translation>commissioner-cli : pas de démarrage sans --yes lorsqu&apos;il n&apos;y a pas de terminal pour demander</translation>
    </message>
    <message>
        <source>Recover %1 with firmware %2 now?</source>
        <translation>Récupérer %1 avec le firmware %2 maintenant ?</translation>
    </message>
    <message>
        <source>normal: running its firmware, no transfer pending</source>
        <translation>normal : exécute son firmware, aucun transfert en attente</translation>
    </message>
    <message>
        <source>normal, with an interrupted transfer waiting in the spare bank</source>
        <translation>normal, avec un transfert interrompu en attente dans le banc de réserve</translation>
    </message>
    <message>
        <source>normal, with a whole image stored that was never installed (commit it again)</source>
        <translation>normal, avec une image complète stockée mais jamais installée (la valider à nouveau)</translation>
    </message>
    <message>
        <source>in upgrade mode with part of an image: needs recovery (resume the transfer)</source>
        <translation>en mode mise à niveau avec une partie d&apos;image : récupération nécessaire (reprendre le transfert)</translation>
    </message>
    <message>
        <source>in upgrade mode with the whole image stored: needs recovery (commit again)</source>
        <translation>en mode mise à niveau avec l&apos;image complète stockée : récupération nécessaire (valider à nouveau)</translation>
    </message>
    <message>
        <source>in upgrade mode with no image stored: needs a new transfer</source>
        <translation>en mode mise à niveau sans image stockée : nouveau transfert nécessaire</translation>
    </message>
    <message>
        <source>no firmware: needs a new transfer</source>
        <translation>pas de firmware : nouveau transfert nécessaire</translation>
    </message>
    <message>
        <source>verifying or installing an image right now</source>
        <translation>vérification ou installation d&apos;une image en cours</translation>
    </message>
    <message>
        <source>No backup of %1 was found: set its template by hand or from a saved file.</source>
        <translation>Aucune sauvegarde de %1 trouvée : réglez son modèle à la main ou à partir d&apos;un fichier enregistré.</translation>
    </message>
    <message>
        <source>commissioner-cli: nothing restored: %1</source>
        <translation>commissioner-cli : rien n&apos;a été restauré : %1</translation>
    </message>
    <message numerus="yes">
        <source>Template restored from %1: %n setting(s) written and read back.</source>
        <translation>
            <numerusform>Modèle restauré depuis %1 : %n paramètre écrit et relu.</numerusform>
            <numerusform>Modèle restauré depuis %1 : %n paramètres écrits et relus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Baud rates to try, in order (default 19200,9600,38400,57600,115200).</source>
        <translation>Vitesses en bauds à essayer, dans l&apos;ordre (par défaut 19200,9600,38400,57600,115200).</translation>
    </message>
    <message>
        <source>Parities to try, in order (default E,N,O).</source>
        <translation>Parités à essayer, dans l&apos;ordre (par défaut E,N,O).</translation>
    </message>
    <message>
        <source>Unit IDs to try (default 1-247).</source>
        <translation>ID d&apos;unité à essayer (par défaut 1-247).</translation>
    </message>
    <message>
        <source>Stop at the first meter found.</source>
        <translation>S&apos;arrêter au premier compteur trouvé.</translation>
    </message>
    <message>
        <source>Print the meters found as JSON.</source>
        <translation>Afficher les compteurs trouvés en JSON.</translation>
    </message>
    <message>
        <source>scan needs --serial DEV</source>
        <translation>scan nécessite --serial DEV</translation>
    </message>
    <message>
        <source>--bauds wants a list like 9600,19200</source>
        <translation>--bauds attend une liste comme 9600,19200</translation>
    </message>
    <message>
        <source>--parities wants a list of N, E and O</source>
        <translation>--parities attend une liste de N, E et O</translation>
    </message>
    <message>
        <source>--units wants A-B within 1-247</source>
        <translation>--units attend A-B compris entre 1 et 247</translation>
    </message>
    <message>
        <source>Scanning %1: %2 line settings x units %3-%4; at worst %5 min %6 s (Ctrl-C stops)</source>
        <translation>Balayage de %1 : %2 réglages de ligne x unités %3-%4 ; au pire %5 min %6 s (Ctrl-C pour arrêter)</translation>
    </message>
    <message>
        <source>found: unit %1 at %2%3</source>
        <translation>trouvé : unité %1 à %2%3</translation>
    </message>
    <message>
        <source> (answered exception %1)</source>
        <translation> (a répondu par l&apos;exception %1)</translation>
    </message>
    <message>
        <source>commissioner-cli: cannot use %1: %2</source>
        <translation>commissioner-cli : impossible d&apos;utiliser %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n meter(s) found in %1 s%2</source>
        <translation>
            <numerusform>%n compteur trouvé en %1 s%2</numerusform>
            <numerusform>%n compteurs trouvés en %1 s%2</numerusform>
        </translation>
    </message>
    <message>
        <source> (stopped early)</source>
        <translation> (arrêté avant la fin)</translation>
    </message>
    <message>
        <source>Meter:        %1 %2, firmware %3, %4 mode</source>
        <translation>Compteur :      %1 %2, firmware %3, mode %4</translation>
    </message>
    <message>
        <source>State:        %1</source>
        <translation>État :          %1</translation>
    </message>
    <message>
        <source>UPG_STATUS:   %1</source>
        <translation>UPG_STATUS :    %1</translation>
    </message>
    <message>
        <source>Image:        %1 of %2 bytes stored, version %3, SHA-256 %4</source>
        <translation>Image :         %1 sur %2 octets stockés, version %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>Events:       %1</source>
        <translation>Événements :    %1</translation>
    </message>
    <message>
        <source>Journal:      upgrade to %1 started %2, stage %3, package %4</source>
        <translation>Journal :       mise à niveau vers %1 commencée le %2, étape %3, paquet %4</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1 : </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1not valid JSON at line %2, column %3: %4</source>
        <translation>%1JSON non valide à la ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>%1not a Commissioner template (&quot;format&quot; should be &quot;commissioner-template&quot;)</source>
        <translation>%1ce n&apos;est pas un modèle Commissioner (« format » devrait valoir « commissioner-template »)</translation>
    </message>
    <message>
        <source>%1template format version %2 is not one this tool reads (it reads version 1); use a newer Commissioner</source>
        <translation>%1la version %2 du format de modèle n&apos;est pas lisible par cet outil (il lit la version 1) ; utilisez un Commissioner plus récent</translation>
    </message>
    <message>
        <source>%1the field &quot;%2&quot; is missing or invalid (%3)</source>
        <translation>%1le champ « %2 » est absent ou non valide (%3)</translation>
    </message>
    <message>
        <source>%1no device profile knows device type %2</source>
        <translation>%1aucun profil d&apos;appareil ne connaît le type d&apos;appareil %2</translation>
    </message>
    <message>
        <source>%1unknown setting %2: it is not in this device type&apos;s profile</source>
        <translation>%1paramètre inconnu %2 : il ne figure pas dans le profil de ce type d&apos;appareil</translation>
    </message>
    <message>
        <source>%1the setting %2 is missing: a template holds every setting</source>
        <translation>%1le paramètre %2 est absent : un modèle contient tous les paramètres</translation>
    </message>
    <message>
        <source>%1setting %2: %3 is not %4</source>
        <translation>%1paramètre %2 : %3 n&apos;est pas %4</translation>
    </message>
    <message>
        <source>%1setting %2: %3 is outside the allowed values (%4)</source>
        <translation>%1paramètre %2 : %3 est hors des valeurs autorisées (%4)</translation>
    </message>
    <message>
        <source>%1setting %2: the unit %3 is not the profile&apos;s &quot;%4&quot;</source>
        <translation>%1paramètre %2 : l&apos;unité %3 n&apos;est pas celle du profil, « %4 »</translation>
    </message>
    <message>
        <source>the device profile %1 is invalid%2: %3</source>
        <translation>le profil d&apos;appareil %1 n&apos;est pas valide%2 : %3</translation>
    </message>
    <message>
        <source> (setting %1)</source>
        <translation> (paramètre %1)</translation>
    </message>
    <message>
        <source>the template was saved from device type %1 but the meter is device type %2 (use --force-type to restore only the settings both have)</source>
        <translation>le modèle a été enregistré depuis le type d&apos;appareil %1 mais le compteur est de type %2 (utilisez --force-type pour ne restaurer que les paramètres communs aux deux)</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;</source>
        <translation>groupe inconnu « %1 »</translation>
    </message>
    <message>
        <source>the meter is in %1 mode: its settings can be read and written only in NORMAL mode</source>
        <translation>le compteur est en mode %1 : ses paramètres ne peuvent être lus et écrits qu&apos;en mode NORMAL</translation>
    </message>
    <message>
        <source>template error</source>
        <translation>erreur de modèle</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>device profiles</source>
        <translation>profils d&apos;appareil</translation>
    </message>
    <message>
        <source>%1: cannot identify the meter on %2: %3</source>
        <translation>%1 : impossible d&apos;identifier le compteur sur %2 : %3</translation>
    </message>
    <message>
        <source>%1: no device profile for device type %2 (%3); add one to %4</source>
        <translation>%1 : aucun profil d&apos;appareil pour le type %2 (%3) ; ajoutez-en un dans %4</translation>
    </message>
    <message>
        <source>%1 %2 (device type %3, firmware %4)</source>
        <translation>%1 %2 (type d&apos;appareil %3, firmware %4)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Why the template is saved (default manual).</source>
        <translation>Pourquoi le modèle est enregistré (manual par défaut).</translation>
    </message>
    <message>
        <source>template save takes one FILE</source>
        <translation>template save prend un seul FICHIER</translation>
    </message>
    <message>
        <source>reading the settings</source>
        <translation>lecture des paramètres</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>warning: every setting is at its factory default: did the meter lose its settings (a restart during an upgrade)? A backup may hold them: see `template list`.</source>
        <translation>avertissement : tous les paramètres sont à leur valeur d&apos;usine : le compteur a-t-il perdu ses réglages (redémarrage pendant une mise à niveau) ? Une sauvegarde peut les contenir : voir `template list`.</translation>
    </message>
    <message>
        <source>Show only the settings that differ.</source>
        <translation>N&apos;afficher que les paramètres qui diffèrent.</translation>
    </message>
    <message>
        <source>template diff takes FILE, or FILE FILE2</source>
        <translation>template diff prend FICHIER, ou FICHIER FICHIER2</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>meter %1</source>
        <translation>compteur %1</translation>
    </message>
    <message>
        <source>Show what would be written; write nothing.</source>
        <translation>Montrer ce qui serait écrit ; ne rien écrire.</translation>
    </message>
    <message>
        <source>Restore a template of another device type: only the settings both have.</source>
        <translation>Restaurer un modèle d&apos;un autre type d&apos;appareil : uniquement les paramètres communs aux deux.</translation>
    </message>
    <message>
        <source>Do not ask before writing.</source>
        <translation>Ne pas demander confirmation avant d&apos;écrire.</translation>
    </message>
    <message>
        <source>template restore takes one FILE</source>
        <translation>template restore prend un seul FICHIER</translation>
    </message>
    <message>
        <source>Template: %1 (saved %2 from %3 %4, reason %5)</source>
        <translation>Modèle :    %1 (enregistré le %2 depuis %3 %4, motif %5)</translation>
    </message>
    <message>
        <source>Meter:    %1</source>
        <translation>Compteur :  %1</translation>
    </message>
    <message>
        <source>Note: the template is for device type %1; only the settings both device types have are restored.</source>
        <translation>Remarque : le modèle est destiné au type d&apos;appareil %1 ; seuls les paramètres communs aux deux types sont restaurés.</translation>
    </message>
    <message>
        <source>Not on this meter, skipped:</source>
        <translation>Absents de ce compteur, ignorés :</translation>
    </message>
    <message>
        <source>Groups restored: %1</source>
        <translation>Groupes restaurés : %1</translation>
    </message>
    <message>
        <source>Left out: %1: %2 (add it with --groups)</source>
        <translation>Laissé de côté : %1 : %2 (ajoutez-le avec --groups)</translation>
    </message>
    <message>
        <source>Not chosen:</source>
        <translation>Non choisis :</translation>
    </message>
    <message numerus="yes">
        <source>The meter already has every one of these %n setting(s): nothing to write.</source>
        <translation>
            <numerusform>Le compteur a déjà ce paramètre : rien à écrire.</numerusform>
            <numerusform>Le compteur a déjà chacun de ces %n paramètres : rien à écrire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Essai à blanc : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1: not writing without confirmation: no terminal to ask on; give --yes</source>
        <translation>%1 : pas d&apos;écriture sans confirmation : aucun terminal pour demander ; indiquez --yes</translation>
    </message>
    <message numerus="yes">
        <source>Write %n setting(s) to meter %1?</source>
        <translation>
            <numerusform>Écrire %n paramètre dans le compteur %1 ?</numerusform>
            <numerusform>Écrire %n paramètres dans le compteur %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Écrits :</translation>
    </message>
    <message>
        <source>Sent, no answer (may or may not be applied):</source>
        <translation>Envoyés, sans réponse (peut-être appliqués, peut-être pas) :</translation>
    </message>
    <message>
        <source>Not written:</source>
        <translation>Non écrits :</translation>
    </message>
    <message>
        <source>Run the same command again to complete the restore.</source>
        <translation>Relancez la même commande pour terminer la restauration.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n setting(s) in %1 request(s).</source>
        <translation>
            <numerusform>%n paramètre écrit en %1 requête(s).</numerusform>
            <numerusform>%n paramètres écrits en %1 requête(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-back failed: %1</source>
        <translation>La relecture a échoué : %1</translation>
    </message>
    <message>
        <source>The communications settings may have changed how the meter answers; connect with its new settings and run `template diff %1`.</source>
        <translation>Les paramètres de communication ont peut-être changé la façon dont le compteur répond ; connectez-vous avec ses nouveaux réglages et lancez `template diff %1`.</translation>
    </message>
    <message numerus="yes">
        <source>Read-back: %n setting(s) differ from the template:</source>
        <translation>
            <numerusform>Relecture : %n paramètre diffère du modèle :</numerusform>
            <numerusform>Relecture : %n paramètres diffèrent du modèle :</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: wrote %2, reads %3</source>
        <translation>  %1 : écrit %2, lu %3</translation>
    </message>
    <message>
        <source>Read-back: every setting written reads as in the template.</source>
        <translation>Relecture : chaque paramètre écrit se relit comme dans le modèle.</translation>
    </message>
    <message>
        <source>template list takes no arguments</source>
        <translation>template list ne prend pas d&apos;argument</translation>
    </message>
    <message>
        <source>No template backups in %1</source>
        <translation>Aucune sauvegarde de modèle dans %1</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Enregistré (UTC)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>  (unreadable)</source>
        <translation>  (illisible)</translation>
    </message>
    <message>
        <source>template needs save, diff, restore or list</source>
        <translation>template attend save, diff, restore ou list</translation>
    </message>
    <message>
        <source>unknown template command &quot;%1&quot; (save, diff, restore, list)</source>
        <translation>commande template inconnue « %1 » (save, diff, restore, list)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>upg %1: %2 (see `upg %1 --help`)</source>
        <translation>upg %1 : %2 (voir `upg %1 --help`)</translation>
    </message>
    <message>
        <source>unsigned (usable only when unsigned packages are allowed explicitly)</source>
        <translation>non signé (utilisable uniquement si les paquets non signés sont explicitement autorisés)</translation>
    </message>
    <message>
        <source>verified, signed by trusted key &quot;%1&quot; (key id %2)</source>
        <translation>vérifié, signé par la clé de confiance « %1 » (id de clé %2)</translation>
    </message>
    <message>
        <source>signed by an unknown key (key id %1): not trusted</source>
        <translation>signé par une clé inconnue (id de clé %1) : pas de confiance</translation>
    </message>
    <message>
        <source>BAD SIGNATURE: does not verify with trusted key id %1</source>
        <translation>SIGNATURE INVALIDE : ne se vérifie pas avec l&apos;id de clé de confiance %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>yes, every rule of the .UPG format holds</source>
        <translation>oui, toutes les règles du format .UPG sont respectées</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>File SHA-256</source>
        <translation>SHA-256 du fichier</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>Version du format</translation>
    </message>
    <message>
        <source>Header size</source>
        <translation>Taille de l&apos;en-tête</translation>
    </message>
    <message>
        <source>Header CRC-32</source>
        <translation>CRC-32 de l&apos;en-tête</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Type d&apos;appareil</translation>
    </message>
    <message>
        <source>Hardware revisions</source>
        <translation>Révisions matérielles</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Firmware version</source>
        <translation>Version du firmware</translation>
    </message>
    <message>
        <source>Build time</source>
        <translation>Date de construction</translation>
    </message>
    <message>
        <source>%1 (%2 s since 1970 UTC)</source>
        <translation>%1 (%2 s depuis 1970 UTC)</translation>
    </message>
    <message>
        <source>Payload size</source>
        <translation>Taille de la charge utile</translation>
    </message>
    <message>
        <source>Payload SHA-256</source>
        <translation>SHA-256 de la charge utile</translation>
    </message>
    <message>
        <source>Payload CRC-32</source>
        <translation>CRC-32 de la charge utile</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Notes de version</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>warning: key left out: %1</source>
        <translation>avertissement : clé ignorée : %1</translation>
    </message>
    <message>
        <source>Check a .UPG package against every rule of the format and show its fields.
Exit code 0: valid, and verified or unsigned; 5: invalid, or signed by an
unknown key, or a bad signature (the reason is one line on stderr).</source>
        <translation>Vérifier un paquet .UPG selon toutes les règles du format et afficher ses champs.
Code de sortie 0 : valide, et vérifié ou non signé ; 5 : non valide, ou signé par une
clé inconnue, ou signature invalide (la raison tient en une ligne sur stderr).</translation>
    </message>
    <message>
        <source>The .UPG package.</source>
        <translation>Le paquet .UPG.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un seul objet JSON.</translation>
    </message>
    <message>
        <source>Also trust the public keys (*.pub) in DIR.</source>
        <translation>Faire aussi confiance aux clés publiques (*.pub) de DIR.</translation>
    </message>
    <message>
        <source>name exactly one package file</source>
        <translation>indiquez exactement un fichier de paquet</translation>
    </message>
    <message>
        <source>%1: not a valid .UPG package: %2 [rule %3]</source>
        <translation>%1 : paquet .UPG non valide : %2 [règle %3]</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1 : refusé : %2</translation>
    </message>
    <message>
        <source>--hw takes MIN MAX or MIN:MAX</source>
        <translation>--hw prend MIN MAX ou MIN:MAX</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--hw takes two revisions from 0 to 65535, as MIN MAX or MIN:MAX</source>
        <translation>--hw prend deux révisions de 0 à 65535, sous la forme MIN MAX ou MIN:MAX</translation>
    </message>
    <message>
        <source>--hw: MIN %1 is above MAX %2</source>
        <translation>--hw : MIN %1 est supérieur à MAX %2</translation>
    </message>
    <message>
        <source>Build a .UPG package from a firmware image.</source>
        <translation>Construire un paquet .UPG à partir d&apos;une image firmware.</translation>
    </message>
    <message>
        <source>The firmware image file.</source>
        <translation>Le fichier image du firmware.</translation>
    </message>
    <message>
        <source>Device type, e.g. 7350 (1-65535).</source>
        <translation>Type d&apos;appareil, par ex. 7350 (1-65535).</translation>
    </message>
    <message>
        <source>Hardware revisions it runs on: MIN MAX, or MIN:MAX.</source>
        <translation>Révisions matérielles prises en charge : MIN MAX, ou MIN:MAX.</translation>
    </message>
    <message>
        <source>The version the meter reports once it runs this image.</source>
        <translation>La version que le compteur indique une fois qu&apos;il exécute cette image.</translation>
    </message>
    <message>
        <source>Release notes, a UTF-8 text file.</source>
        <translation>Notes de version, un fichier texte UTF-8.</translation>
    </message>
    <message>
        <source>Seconds since 1970 UTC (default: $SOURCE_DATE_EPOCH, else now).</source>
        <translation>Secondes depuis 1970 UTC (par défaut : $SOURCE_DATE_EPOCH, sinon maintenant).</translation>
    </message>
    <message>
        <source>Sign with this secret key file (.key).</source>
        <translation>Signer avec ce fichier de clé secrète (.key).</translation>
    </message>
    <message>
        <source>The package to write.</source>
        <translation>Le paquet à écrire.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>--type takes a device type from 1 to 65535</source>
        <translation>--type prend un type d&apos;appareil de 1 à 65535</translation>
    </message>
    <message>
        <source>--version takes X.Y.Z, each 0 to 65535</source>
        <translation>--version prend X.Y.Z, chacun de 0 à 65535</translation>
    </message>
    <message>
        <source>--build-time takes seconds since 1970 UTC</source>
        <translation>--build-time prend des secondes depuis 1970 UTC</translation>
    </message>
    <message>
        <source>%1: cannot read the payload: %2</source>
        <translation>%1 : impossible de lire la charge utile : %2</translation>
    </message>
    <message>
        <source>cannot build the package: %1 [rule %2]</source>
        <translation>impossible de construire le paquet : %1 [règle %2]</translation>
    </message>
    <message>
        <source>%1: cannot read the release notes: %2</source>
        <translation>%1 : impossible de lire les notes de version : %2</translation>
    </message>
    <message>
        <source>%1: release notes must be UTF-8 text without NUL bytes</source>
        <translation>%1 : les notes de version doivent être du texte UTF-8 sans octet NUL</translation>
    </message>
    <message>
        <source>cannot sign: %1</source>
        <translation>impossible de signer : %1</translation>
    </message>
    <message>
        <source>%1: cannot write the package: %2</source>
        <translation>%1 : impossible d&apos;écrire le paquet : %2</translation>
    </message>
    <message>
        <source>wrote %1: %2 bytes, device type %3, hardware %4 to %5, version %6, payload %7 bytes</source>
        <translation>%1 écrit : %2 octets, type d&apos;appareil %3, matériel %4 à %5, version %6, charge utile %7 octets</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>signed with key id %1</source>
        <translation>signé avec l&apos;id de clé %1</translation>
    </message>
    <message>
        <source>Make an Ed25519 key pair for signing packages: BASENAME.key (the secret,
readable by you only; never commit it) and BASENAME.pub (to give to the tool).
Existing files are never overwritten.</source>
        <translation>Créer une paire de clés Ed25519 pour signer les paquets : BASENAME.key (la clé secrète,
lisible par vous seul ; ne la versionnez jamais) et BASENAME.pub (à donner à l&apos;outil).
Les fichiers existants ne sont jamais écrasés.</translation>
    </message>
    <message>
        <source>Where to write, without extension.</source>
        <translation>Où écrire, sans extension.</translation>
    </message>
    <message>
        <source>-o BASENAME is required</source>
        <translation>-o BASENAME est obligatoire</translation>
    </message>
    <message>
        <source>cannot make the key pair: %1</source>
        <translation>impossible de créer la paire de clés : %1</translation>
    </message>
    <message>
        <source>wrote %1.key (secret: keep it private) and %1.pub</source>
        <translation>%1.key écrit (secrète : gardez-la privée) et %1.pub</translation>
    </message>
    <message>
        <source>key id %1</source>
        <translation>id de clé %1</translation>
    </message>
    <message>
        <source>upg: name a command: inspect, pack or keygen</source>
        <translation>upg : indiquez une commande : inspect, pack ou keygen</translation>
    </message>
    <message>
        <source>upg: unknown command &quot;%1&quot; (inspect, pack or keygen)</source>
        <translation>upg : commande inconnue « %1 » (inspect, pack ou keygen)</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 Mio/s</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 Kio/s</translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation>%1 o/s</translation>
    </message>
    <message>
        <source>%1% %2 ETA %3 [%4] comm %5%</source>
        <translation>%1% %2 reste %3 [%4] comm %5%</translation>
    </message>
    <message>
        <source>Accept the same or an older version.</source>
        <translation>Accepter une version identique ou plus ancienne.</translation>
    </message>
    <message>
        <source>How long a silent meter pauses the upgrade before it fails (default 300).</source>
        <translation>Durée pendant laquelle un compteur muet suspend la mise à niveau avant qu&apos;elle échoue (300 par défaut).</translation>
    </message>
    <message>
        <source>Seconds to wait beyond the meter&apos;s INSTALL_SECONDS (default 30).</source>
        <translation>Secondes d&apos;attente au-delà de l&apos;INSTALL_SECONDS du compteur (30 par défaut).</translation>
    </message>
    <message>
        <source>If the meter comes back at factory settings, restore its backup without asking.</source>
        <translation>Si le compteur revient aux paramètres d&apos;usine, restaurer sa sauvegarde sans demander.</translation>
    </message>
    <message>
        <source>upgrade takes one package file</source>
        <translation>upgrade prend un seul fichier de paquet</translation>
    </message>
    <message>
        <source>--%1 must be seconds from 0 to 86400</source>
        <translation>--%1 doit être un nombre de secondes de 0 à 86400</translation>
    </message>
    <message>
        <source>commissioner-cli: cannot read the meter: %1</source>
        <translation>commissioner-cli : impossible de lire le compteur : %1</translation>
    </message>
    <message>
        <source>Meter:   %1 (type %2, hardware %3), serial %4, firmware %5, %6 mode</source>
        <translation>Compteur : %1 (type %2, matériel %3), n° de série %4, firmware %5, mode %6</translation>
    </message>
    <message>
        <source>Package: %1 version %2 for type %3, hardware %4-%5, %6 bytes, %7</source>
        <translation>Paquet :   %1 version %2 pour le type %3, matériel %4-%5, %6 octets, %7</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signé par %1</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Resume the upgrade of %1 to %2?</source>
        <translation>Reprendre la mise à niveau de %1 vers %2 ?</translation>
    </message>
    <message>
        <source>Upgrade %1 to %2? Its settings are backed up first.</source>
        <translation>Mettre à niveau %1 vers %2 ? Ses paramètres sont d&apos;abord sauvegardés.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Upgrade done: %1 now runs %2.</source>
        <translation>Mise à niveau terminée : %1 exécute maintenant %2.</translation>
    </message>
    <message>
        <source>Upgrade %1. See %2</source>
        <translation>Mise à niveau %1. Voir %2</translation>
    </message>
    <message>
        <source>The meter keeps what it received: run the same command again to resume.</source>
        <translation>Le compteur conserve ce qu&apos;il a reçu : relancez la même commande pour reprendre.</translation>
    </message>
    <message>
        <source>Template backup: %1</source>
        <translation>Sauvegarde du modèle : %1</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Journal : %1</translation>
    </message>
    <message>
        <source>--%1 must be seconds from 1 to 3600</source>
        <translation>--%1 doit être un nombre de secondes de 1 à 3600</translation>
    </message>
    <message>
        <source>commissioner-cli: %1 is not signed; give --allow-unsigned to send it anyway</source>
        <translation>commissioner-cli : %1 n&apos;est pas signé ; indiquez --allow-unsigned pour l&apos;envoyer malgré tout</translation>
    </message>
    <message>
        <source>Package: %1, firmware %2 for type %3, hardware %4-%5, %6 bytes</source>
        <translation>Paquet : %1, firmware %2 pour le type %3, matériel %4-%5, %6 octets</translation>
    </message>
    <message>
        <source>commissioner-cli: no XMODEM bootloader answered on %1; power-cycle the meter and start again within its first minute, and check the cable</source>
        <translation>commissioner-cli : aucun bootloader XMODEM n&apos;a répondu sur %1 ; coupez et remettez l&apos;alimentation du compteur puis recommencez dans la première minute, et vérifiez le câble</translation>
    </message>
    <message>
        <source>commissioner-cli: the meter&apos;s bootloader refused the package (wrong device type, hardware revision, or a damaged file)</source>
        <translation>commissioner-cli : le bootloader du compteur a refusé le paquet (mauvais type d&apos;appareil, mauvaise révision matérielle ou fichier endommagé)</translation>
    </message>
    <message>
        <source>commissioner-cli: cancelled; the meter&apos;s bootloader will ask for a package again</source>
        <translation>commissioner-cli : annulé ; le bootloader du compteur redemandera un paquet</translation>
    </message>
    <message>
        <source>commissioner-cli: the transfer failed at %1 bytes: the meter stopped acknowledging; check the cable, power-cycle the meter and start again</source>
        <translation>commissioner-cli : le transfert a échoué à %1 octets : le compteur n&apos;acquitte plus ; vérifiez le câble, coupez et remettez l&apos;alimentation du compteur et recommencez</translation>
    </message>
    <message>
        <source>commissioner-cli: the serial port failed: %1</source>
        <translation>commissioner-cli : le port série a échoué : %1</translation>
    </message>
    <message>
        <source>commissioner-cli: the transfer failed (%1)</source>
        <translation>commissioner-cli : le transfert a échoué (%1)</translation>
    </message>
    <message>
        <source>Recover over the meter&apos;s XMODEM bootloader.</source>
        <translation>Récupérer via le bootloader XMODEM du compteur.</translation>
    </message>
    <message>
        <source>The .UPG package to send.</source>
        <translation>Le paquet .UPG à envoyer.</translation>
    </message>
    <message>
        <source>How long to wait for the bootloader to ask (default 60).</source>
        <translation>Durée d&apos;attente de la demande du bootloader (60 par défaut).</translation>
    </message>
    <message>
        <source>How long to wait for the meter to answer Modbus afterwards (default 30).</source>
        <translation>Durée d&apos;attente de la réponse Modbus du compteur ensuite (30 par défaut).</translation>
    </message>
    <message>
        <source>recover --xmodem takes no arguments</source>
        <translation>recover --xmodem ne prend pas d&apos;argument</translation>
    </message>
    <message>
        <source>recover --xmodem needs --serial DEV</source>
        <translation>recover --xmodem nécessite --serial DEV</translation>
    </message>
    <message>
        <source>recover --xmodem works on a serial port only, not --%1</source>
        <translation>recover --xmodem fonctionne uniquement sur un port série, pas avec --%1</translation>
    </message>
    <message>
        <source>recover --xmodem needs --package FILE</source>
        <translation>recover --xmodem nécessite --package FICHIER</translation>
    </message>
    <message>
        <source>  still waiting, %1 s left </source>
        <translation>  toujours en attente, %1 s restantes </translation>
    </message>
    <message>
        <source>The bootloader answered; sending %1 bytes (%2, %3-byte blocks)</source>
        <translation>Le bootloader a répondu ; envoi de %1 octets (%2, blocs de %3 octets)</translation>
    </message>
    <message>
        <source>  %1% (%2 of %3 bytes)</source>
        <translation>  %1% (%2 sur %3 octets)</translation>
    </message>
    <message>
        <source>  the meter asked for smaller blocks; going on with 128-byte blocks</source>
        <translation>  le compteur a demandé des blocs plus petits ; on continue avec des blocs de 128 octets</translation>
    </message>
    <message>
        <source>Waiting for the meter&apos;s bootloader (&apos;C&apos;) on %1... power-cycle the meter now</source>
        <translation>Attente du bootloader du compteur (&apos;C&apos;) sur %1... coupez et remettez l&apos;alimentation du compteur maintenant</translation>
    </message>
    <message>
        <source>Recovered: %1 (type %2, hardware %3), serial %4, firmware %5, %6 mode</source>
        <translation>Récupéré : %1 (type %2, matériel %3), n° de série %4, firmware %5, mode %6</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Saved %1 settings of %2 to %3</source>
        <translation>%1 paramètres de %2 enregistrés dans %3</translation>
    </message>
    <message>
        <source>Equal: all %1 settings are the same.</source>
        <translation>Identiques : les %1 paramètres sont les mêmes.</translation>
    </message>
    <message>
        <source>%1 of %2 settings differ (marked *).</source>
        <translation>%1 paramètre(s) sur %2 diffèrent (marqués *).</translation>
    </message>
    <message>
        <source>%1 of %2 settings will change:</source>
        <translation>%1 paramètre(s) sur %2 vont changer :</translation>
    </message>
    <message>
        <source>The meter restarted during the upgrade and now answers at its factory communication settings (unit %1%2). Connect with those from now on, or restore the Communications group of its backup when you are ready (that ends this session).</source>
        <translation>Le compteur a redémarré pendant la mise à niveau et répond maintenant avec ses paramètres de communication d&apos;usine (unité %1%2). Connectez-vous désormais avec ceux-ci, ou restaurez le groupe Communications de sa sauvegarde quand vous serez prêt (cela met fin à cette session).</translation>
    </message>
    <message>
        <source>, %1 baud, parity %2</source>
        <translation>, %1 bauds, parité %2</translation>
    </message>
    <message>
        <source>Restore the meter&apos;s last template backup afterwards without asking.</source>
        <translation>Restaurer ensuite la dernière sauvegarde de modèle du compteur sans demander.</translation>
    </message>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>Afficher les options de cette commande.</translation>
    </message>
    <message>
        <source>Usage: commissioner-cli [LINK] COMMAND [OPTIONS] (see commissioner-cli --help)</source>
        <translation>Usage : commissioner-cli [LIAISON] COMMANDE [OPTIONS] (voir commissioner-cli --help)</translation>
    </message>
    <message>
        <source>commissioner-cli: %1 is signed with key %2, which this tool does not trust (put its .pub in %3 or give --keys DIR)</source>
        <translation>commissioner-cli : %1 est signé avec la clé %2, à laquelle cet outil ne fait pas confiance (placez son .pub dans %3 ou indiquez --keys DIR)</translation>
    </message>
    <message>
        <source>Only this meter&apos;s backups (its serial number).</source>
        <translation>Seulement les sauvegardes de ce compteur (son numéro de série).</translation>
    </message>
    <message>
        <source>The data folder whose keys/ is trusted too (default: the app data folder).</source>
        <translation>Le dossier de données dont le sous-dossier keys/ est aussi de confiance (par défaut : le dossier de données de l&apos;application).</translation>
    </message>
    <message>
        <source>Usage: commissioner-cli upg COMMAND [OPTIONS]

  inspect FILE [--json] [--keys DIR] [--data-dir DIR]
                 check a .UPG package and show every field
  pack --payload F --type T --hw MIN MAX --version X.Y.Z [--notes F]
       [--build-time EPOCH] [--sign KEY] -o OUT
                 build a package
  keygen -o BASENAME
                 make a signing key pair (BASENAME.key, BASENAME.pub)

`upg COMMAND --help` for the options of one command.
</source>
        <translation>Utilisation : commissioner-cli upg COMMANDE [OPTIONS]

  inspect FILE [--json] [--keys DIR] [--data-dir DIR]
                 vérifier un paquet .UPG et afficher tous ses champs
  pack --payload F --type T --hw MIN MAX --version X.Y.Z [--notes F]
       [--build-time EPOCH] [--sign KEY] -o OUT
                 construire un paquet
  keygen -o BASENAME
                 créer une paire de clés de signature (BASENAME.key, BASENAME.pub)

`upg COMMANDE --help` pour les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>warning: the change could not be added to the meter&apos;s history: %1</source>
        <translation>avertissement : la modification n&apos;a pas pu être ajoutée à l&apos;historique du compteur : %1</translation>
    </message>
    <message>
        <source>%1: device profiles: %2</source>
        <translation>%1 : profils d&apos;appareil : %2</translation>
    </message>
    <message>
        <source>%1: the meter is in %2 mode: its settings can be read and written only in NORMAL mode</source>
        <translation>%1 : le compteur est en mode %2 : ses paramètres ne peuvent être lus et écrits qu&apos;en mode NORMAL</translation>
    </message>
    <message>
        <source>Meter: %1 %2 (device type %3, firmware %4)</source>
        <translation>Compteur : %1 %2 (type d&apos;appareil %3, firmware %4)</translation>
    </message>
    <message>
        <source>%1: %2: no such setting or group on this meter</source>
        <translation>%1 : %2 : aucun paramètre ni groupe de ce nom sur ce compteur</translation>
    </message>
    <message>
        <source>config show [NAME|GROUP...] [--json]: the meter&apos;s settings, with their units and allowed values.</source>
        <translation>config show [NAME|GROUP...] [--json] : les paramètres du compteur, avec leurs unités et leurs valeurs autorisées.</translation>
    </message>
    <message>
        <source>Settings or groups to show (default: all).</source>
        <translation>Paramètres ou groupes à afficher (par défaut : tous).</translation>
    </message>
    <message>
        <source>%1: reading the settings: %2</source>
        <translation>%1 : lecture des paramètres : %2</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Valeurs autorisées</translation>
    </message>
    <message>
        <source>Communications: the meter answers at its new settings (%1).</source>
        <translation>Communication : le compteur répond avec ses nouveaux paramètres (%1).</translation>
    </message>
    <message>
        <source>From now on reach it with %1.</source>
        <translation>Désormais, joignez-le avec %1.</translation>
    </message>
    <message>
        <source>Communications: the meter still answers at its old settings (%1): the change did not take effect.</source>
        <translation>Communication : le compteur répond encore avec ses anciens paramètres (%1) : la modification n&apos;a pas pris effet.</translation>
    </message>
    <message>
        <source>Communications: written to the meter: %1. No meter answers there, nor at the old settings%2.</source>
        <translation>Communication : écrit dans le compteur : %1. Aucun compteur ne répond avec ces paramètres, ni avec les anciens%2.</translation>
    </message>
    <message>
        <source>Reach it with %1 (on its RS-485 port: %2), and check the wiring and the other meters&apos; unit IDs on the bus.</source>
        <translation>Joignez-le avec %1 (sur son port RS-485 : %2) et vérifiez le câblage ainsi que les ID d&apos;unité des autres compteurs du bus.</translation>
    </message>
    <message>
        <source>Communications: the meter refused the new settings (%1); they are unchanged.</source>
        <translation>Communication : le compteur a refusé les nouveaux paramètres (%1) ; ils sont inchangés.</translation>
    </message>
    <message>
        <source>Communications: written to the meter: %1. This link cannot follow a baud rate or parity change: set the gateway or modem line to %2 baud, parity %3, and use --unit %4.</source>
        <translation>Communication : écrit dans le compteur : %1. Cette liaison ne peut pas suivre un changement de vitesse ou de parité : réglez la ligne de la passerelle ou du modem à %2 bauds, parité %3, et utilisez --unit %4.</translation>
    </message>
    <message>
        <source>Communications: written to the meter: %1.</source>
        <translation>Communication : écrit dans le compteur : %1.</translation>
    </message>
    <message>
        <source>config set NAME=VALUE... : check every value, ask, save a backup, write each setting, read it back. Nothing is written when any value is wrong. Enum settings take their label or number (VOLTS_MODE=DELTA, COMM_BAUD=9600). COMM_* settings are written last; the tool then follows the meter to its new unit ID, baud rate and parity.</source>
        <translation>config set NAME=VALUE... : vérifier chaque valeur, demander confirmation, enregistrer une sauvegarde, écrire chaque paramètre puis le relire. Rien n&apos;est écrit si une valeur est incorrecte. Les paramètres à choix acceptent leur libellé ou leur numéro (VOLTS_MODE=DELTA, COMM_BAUD=9600). Les paramètres COMM_* sont écrits en dernier ; l&apos;outil suit ensuite le compteur vers son nouvel ID d&apos;unité, sa nouvelle vitesse et sa nouvelle parité.</translation>
    </message>
    <message>
        <source>Allow presetting energy readings (KWH_*, KVARH_*, KVAH): they change billing readings. Needed with --yes or without a terminal.</source>
        <translation>Autoriser le préréglage des index d&apos;énergie (KWH_*, KVARH_*, KVAH) : ils modifient les index de facturation. Nécessaire avec --yes ou sans terminal.</translation>
    </message>
    <message>
        <source>Check and show what would change; write nothing.</source>
        <translation>Vérifier et afficher ce qui changerait ; ne rien écrire.</translation>
    </message>
    <message>
        <source>A setting and its new value.</source>
        <translation>Un paramètre et sa nouvelle valeur.</translation>
    </message>
    <message>
        <source>config set needs NAME=VALUE</source>
        <translation>config set attend NAME=VALUE</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>rien n&apos;a été écrit</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) refused; nothing was written to the meter.</source>
        <translation>
            <numerusform>%1 : %n valeur refusée ; rien n&apos;a été écrit dans le compteur.</numerusform>
            <numerusform>%1 : %n valeurs refusées ; rien n&apos;a été écrit dans le compteur.</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(inchangé)</translation>
    </message>
    <message>
        <source>The meter already holds every one of these values: nothing to write.</source>
        <translation>Le compteur contient déjà toutes ces valeurs : rien à écrire.</translation>
    </message>
    <message>
        <source>Note: the communications settings change how the meter answers: they are written last, and the session may end there.</source>
        <translation>Remarque : les paramètres de communication changent la façon dont le compteur répond : ils sont écrits en dernier, et la session peut s&apos;arrêter là.</translation>
    </message>
    <message>
        <source>The tool then looks for the meter at %1.</source>
        <translation>L&apos;outil cherche ensuite le compteur avec %1.</translation>
    </message>
    <message>
        <source>Note: %1 are energy readings used for billing; presetting them replaces what the meter has counted.</source>
        <translation>Remarque : %1 sont des index d&apos;énergie utilisés pour la facturation ; les prérégler remplace ce que le compteur a compté.</translation>
    </message>
    <message>
        <source>%1: not presetting energy readings (%2) without --preset-energy; nothing was written</source>
        <translation>%1 : pas de préréglage des index d&apos;énergie (%2) sans --preset-energy ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Preset the energy readings %1 of meter %2?</source>
        <translation>Prérégler les index d&apos;énergie %1 du compteur %2 ?</translation>
    </message>
    <message>
        <source>%1: saving a backup of the settings before writing: %2; nothing was written</source>
        <translation>%1 : enregistrement d&apos;une sauvegarde des paramètres avant l&apos;écriture : %2 ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Backup of the settings before the change: %1</source>
        <translation>Sauvegarde des paramètres avant la modification : %1</translation>
    </message>
    <message>
        <source>%1: reading the settings: %2; nothing was written</source>
        <translation>%1 : lecture des paramètres : %2 ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>warning: the change could not be added to the meter&apos;s history %1: %2</source>
        <translation>avertissement : la modification n&apos;a pas pu être ajoutée à l&apos;historique du compteur %1 : %2</translation>
    </message>
    <message>
        <source>The meter now holds:</source>
        <translation>Le compteur contient maintenant :</translation>
    </message>
    <message>
        <source>Every value written reads back as set.</source>
        <translation>Chaque valeur écrite se relit telle qu&apos;elle a été réglée.</translation>
    </message>
    <message>
        <source>Stopped at the first failed write; the settings after it were not sent.</source>
        <translation>Arrêt à la première écriture en échec ; les paramètres suivants n&apos;ont pas été envoyés.</translation>
    </message>
    <message>
        <source>config history [--meter SERIAL] [--json]: every recorded change of settings (config set, template restore, clock sync), oldest first. The meter is the one given by --meter, else the one on the link, else every meter in the data folder.</source>
        <translation>config history [--meter SERIAL] [--json] : toutes les modifications de paramètres enregistrées (config set, template restore, clock sync), les plus anciennes d&apos;abord. Le compteur est celui indiqué par --meter, sinon celui de la liaison, sinon tous les compteurs du dossier de données.</translation>
    </message>
    <message>
        <source>Only this meter&apos;s history (its serial number).</source>
        <translation>Uniquement l&apos;historique de ce compteur (son numéro de série).</translation>
    </message>
    <message>
        <source>Print JSON lines, as stored.</source>
        <translation>Afficher les lignes JSON telles qu&apos;enregistrées.</translation>
    </message>
    <message>
        <source>config history takes no arguments</source>
        <translation>config history ne prend pas d&apos;argument</translation>
    </message>
    <message>
        <source>%1: cannot identify the meter: %2</source>
        <translation>%1 : impossible d&apos;identifier le compteur : %2</translation>
    </message>
    <message>
        <source>No change recorded for meter %1 in %2</source>
        <translation>Aucune modification enregistrée pour le compteur %1 dans %2</translation>
    </message>
    <message>
        <source>No change recorded in %1</source>
        <translation>Aucune modification enregistrée dans %1</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Result, who, via</source>
        <translation>Résultat, qui, via</translation>
    </message>
    <message numerus="yes">
        <source>(%n line(s) of the history could not be read and were skipped)</source>
        <translation>
            <numerusform>(%n ligne de l&apos;historique n&apos;a pas pu être lue et a été ignorée)</numerusform>
            <numerusform>(%n lignes de l&apos;historique n&apos;ont pas pu être lues et ont été ignorées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: commissioner-cli [LINK] config show [NAME|GROUP...] [--json]
       commissioner-cli [LINK] config set NAME=VALUE... [--yes] [--preset-energy] [--dry-run]
       commissioner-cli [LINK] config history [--meter SERIAL] [--json]
Each takes --help for its own options.
</source>
        <translation>Utilisation : commissioner-cli [LIAISON] config show [NAME|GROUP...] [--json]
               commissioner-cli [LIAISON] config set NAME=VALUE... [--yes] [--preset-energy] [--dry-run]
               commissioner-cli [LIAISON] config history [--meter SERIAL] [--json]
Chacune accepte --help pour ses propres options.
</translation>
    </message>
    <message>
        <source>config needs show, set or history</source>
        <translation>config attend show, set ou history</translation>
    </message>
    <message>
        <source>unknown config command &quot;%1&quot; (show, set, history)</source>
        <translation>commande config inconnue « %1 » (show, set, history)</translation>
    </message>
    <message>
        <source>the meter reports DEVICE_MODE %1, a mode this tool does not know: nothing is written</source>
        <translation>le compteur indique DEVICE_MODE %1, un mode que cet outil ne connaît pas : rien n&apos;est écrit</translation>
    </message>
    <message>
        <source>the meter reports UPG_STATUS %1, a status this tool does not know: nothing is written</source>
        <translation>le compteur indique UPG_STATUS %1, un état que cet outil ne connaît pas : rien n&apos;est écrit</translation>
    </message>
    <message>
        <source>Accept the same or an older version (implied for the meter&apos;s own pending image).</source>
        <translation>Accepter une version identique ou plus ancienne (implicite pour l&apos;image en attente du compteur lui-même).</translation>
    </message>
    <message>
        <source>reports a mode or upgrade status this tool does not know: nothing is written to it</source>
        <translation>indique un mode ou un état de mise à niveau que cet outil ne connaît pas : rien n&apos;y est écrit</translation>
    </message>
    <message>
        <source>report --out FILE.pdf|FILE.html [--technician NAME]: the commissioning report of the meter on the link: identity, firmware before and after its last upgrade, every setting, live readings, the checks done (the upgrade&apos;s checks, the settings against the latest backup) and the changes recorded.</source>
        <translation>report --out FILE.pdf|FILE.html [--technician NAME] : le rapport de mise en service du compteur de la liaison : identité, firmware avant et après sa dernière mise à niveau, tous les paramètres, mesures en direct, vérifications effectuées (celles de la mise à niveau, les paramètres comparés à la dernière sauvegarde) et modifications enregistrées.</translation>
    </message>
    <message>
        <source>The report file: .pdf or .html.</source>
        <translation>Le fichier du rapport : .pdf ou .html.</translation>
    </message>
    <message>
        <source>Who commissioned the meter (default: the user name of this computer).</source>
        <translation>Qui a mis le compteur en service (par défaut : le nom d&apos;utilisateur de cet ordinateur).</translation>
    </message>
    <message>
        <source>report takes no arguments (the file goes with --out)</source>
        <translation>report ne prend pas d&apos;argument (le fichier s&apos;indique avec --out)</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf or --out FILE.html</source>
        <translation>report nécessite --out FICHIER.pdf ou --out FICHIER.html</translation>
    </message>
    <message>
        <source>--out %1: the report is written as .pdf or .html</source>
        <translation>--out %1 : le rapport s&apos;écrit en .pdf ou en .html</translation>
    </message>
    <message>
        <source>commissioner-cli: device profiles: %1</source>
        <translation>commissioner-cli : profils d&apos;appareil : %1</translation>
    </message>
    <message>
        <source>commissioner-cli: cannot identify the meter on %1: %2</source>
        <translation>commissioner-cli : impossible d&apos;identifier le compteur sur %1 : %2</translation>
    </message>
    <message>
        <source>Report on %1 %2 written to %3</source>
        <translation>Rapport sur %1 %2 écrit dans %3</translation>
    </message>
    <message>
        <source>warning: the settings could not be read: %1</source>
        <translation>avertissement : les paramètres n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>warning: the live readings could not be read: %1</source>
        <translation>avertissement : les mesures en direct n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>commissioner-cli: the backup %1 is not of meter %2 (type %3): it is not offered</source>
        <translation>commissioner-cli : la sauvegarde %1 n&apos;est pas celle du compteur %2 (type %3) : elle n&apos;est pas proposée</translation>
    </message>
    <message>
        <source>commissioner-cli: not restored: setting %1 holds %2 in the backup, which breaks its rule (%3)</source>
        <translation>commissioner-cli : non restauré : le paramètre %1 vaut %2 dans la sauvegarde, ce qui enfreint sa règle (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME=VALUE</source>
        <translation>« %1 » n&apos;est pas de la forme NAME=VALUE</translation>
    </message>
    <message>
        <source>%1: no such setting on this meter (see `config show`)</source>
        <translation>%1 : ce compteur n&apos;a pas de paramètre de ce nom (voir `config show`)</translation>
    </message>
    <message>
        <source>%1 is not a setting: %2</source>
        <translation>%1 n&apos;est pas un paramètre : %2</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 est indiqué plus d&apos;une fois</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number (allowed: %3)</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre entier (autorisé : %3)</translation>
    </message>
    <message>
        <source>%1: %2 is below the minimum (allowed: %3)</source>
        <translation>%1 : %2 est inférieur au minimum (autorisé : %3)</translation>
    </message>
    <message>
        <source>%1: %2 is above the maximum (allowed: %3)</source>
        <translation>%1 : %2 est supérieur au maximum (autorisé : %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the choices (%3)</source>
        <translation>%1 : « %2 » ne fait pas partie des choix (%3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too long (%3)</source>
        <translation>%1 : « %2 » est trop long (%3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; holds characters other than printable ASCII (%3)</source>
        <translation>%1 : « %2 » contient des caractères autres que de l&apos;ASCII imprimable (%3)</translation>
    </message>
    <message>
        <source>%1: invalid value</source>
        <translation>%1 : valeur non valide</translation>
    </message>
    <message>
        <source>unchanged: already %1</source>
        <translation>inchangé : déjà %1</translation>
    </message>
    <message>
        <source>verified: reads %1</source>
        <translation>vérifié : relu %1</translation>
    </message>
    <message>
        <source>DIFFERS: wrote %1, reads %2</source>
        <translation>DIFFÈRE : écrit %1, relu %2</translation>
    </message>
    <message>
        <source>REFUSED by the meter, unchanged: %1</source>
        <translation>REFUSÉ par le compteur, inchangé : %1</translation>
    </message>
    <message>
        <source>sent, no answer: may or may not be applied (%1)</source>
        <translation>envoyé, sans réponse : appliqué ou non (%1)</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>non écrit</translation>
    </message>
    <message>
        <source>written, not read back</source>
        <translation>écrit, non relu</translation>
    </message>
    <message>
        <source>written, not read back: %1</source>
        <translation>écrit, non relu : %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unité %1</translation>
    </message>
    <message>
        <source>no parity</source>
        <translation>sans parité</translation>
    </message>
    <message>
        <source>odd parity</source>
        <translation>parité impaire</translation>
    </message>
    <message>
        <source>even parity</source>
        <translation>parité paire</translation>
    </message>
    <message>
        <source>unit %1, %2 baud, %3</source>
        <translation>unité %1, %2 bauds, %3</translation>
    </message>
    <message>
        <source>the backup %1 read back does not give the meter&apos;s settings back%2: %3</source>
        <translation>la sauvegarde %1, relue, ne redonne pas les paramètres du compteur%2 : %3</translation>
    </message>
    <message>
        <source>warning: %1: setting %2 holds %3, which breaks its rule (%4): %5</source>
        <translation>avertissement : %1 : le paramètre %2 vaut %3, ce qui enfreint sa règle (%4) : %5</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (non valide)</translation>
    </message>
    <message>
        <source>saved as read and flagged in the file; a restore leaves it out</source>
        <translation>enregistré tel que lu et signalé dans le fichier ; une restauration le laisse de côté</translation>
    </message>
    <message>
        <source>shown as it is in the file</source>
        <translation>affiché tel qu&apos;il est dans le fichier</translation>
    </message>
    <message>
        <source>Not restored: setting %1 holds %2 in the file, which breaks its rule (%3)</source>
        <translation>Non restauré : le paramètre %1 vaut %2 dans le fichier, ce qui enfreint sa règle (%3)</translation>
    </message>
    <message>
        <source>Not restored (invalid in the file):</source>
        <translation>Non restaurés (non valides dans le fichier) :</translation>
    </message>
    <message>
        <source>Another meter answered (serial number %1, type %2) instead of %3 (type %4). Nothing was written to it. Check the cable, the bus and the unit ID.</source>
        <translation>Un autre compteur a répondu (numéro de série %1, type %2) à la place de %3 (type %4). Rien n&apos;y a été écrit. Vérifiez le câble, le bus et l&apos;ID d&apos;unité.</translation>
    </message>
    <message>
        <source>The meter refused the block at byte %1 %2 times in a row (%3).</source>
        <translation>Le compteur a refusé le bloc à l&apos;octet %1 %2 fois de suite (%3).</translation>
    </message>
    <message>
        <source>The meter stayed %1 for %2 s, longer than it says it needs.</source>
        <translation>Le compteur est resté à l&apos;état %1 pendant %2 s, plus longtemps que la durée qu&apos;il annonce.</translation>
    </message>
    <message>
        <source>The meter reports %1 = %2, a value the protocol does not allow. Nothing more was written to it.</source>
        <translation>Le compteur indique %1 = %2, une valeur que le protocole n&apos;autorise pas. Rien de plus n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>Do not ask before sending.</source>
        <translation>Ne pas demander confirmation avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Send this package to the XMODEM bootloader on %1? The meter starts with factory-default settings afterwards.</source>
        <translation>Envoyer ce paquet au bootloader XMODEM sur %1 ? Le compteur redémarre ensuite avec les paramètres d&apos;usine.</translation>
    </message>
    <message>
        <source>Holds that image but is not for this meter: %1 (device type %2, hardware %3 to %4; the meter is a %5, hardware %6)</source>
        <translation>Contient cette image mais n&apos;est pas pour ce compteur : %1 (type d&apos;appareil %2, matériel %3 à %4 ; le compteur est un %5, matériel %6)</translation>
    </message>
    <message>
        <source>a firmware upgrade is running on this meter; nothing was sent</source>
        <translation>une mise à jour du firmware est en cours sur ce compteur ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>commissioner-cli: the clock was not set: %1</source>
        <translation>commissioner-cli : l&apos;horloge n&apos;a pas été réglée : %1</translation>
    </message>
    <message>
        <source>Backup:         %1</source>
        <translation>Sauvegarde :            %1</translation>
    </message>
    <message>
        <source>The meter already holds every setting of %1.</source>
        <translation>Le compteur contient déjà tous les paramètres de %1.</translation>
    </message>
    <message>
        <source>commissioner-cli: not restored: the meter refused %1</source>
        <translation>commissioner-cli : non restauré : le compteur a refusé %1</translation>
    </message>
    <message numerus="yes">
        <source>Template restore PARTIAL from %1: %n setting(s) written and read back; the others named above.</source>
        <translation>
            <numerusform>Restauration PARTIELLE du modèle depuis %1 : %n paramètre écrit et relu ; les autres sont nommés ci-dessus.</numerusform>
            <numerusform>Restauration PARTIELLE du modèle depuis %1 : %n paramètres écrits et relus ; les autres sont nommés ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template restore incomplete: %1 written, %2 unconfirmed, %3 not written, %4 differ on read-back. Run `template restore %5` again to complete it.</source>
        <translation>Restauration du modèle incomplète : %1 écrits, %2 non confirmés, %3 non écrits, %4 différents à la relecture. Relancez `template restore %5` pour la terminer.</translation>
    </message>
    <message>
        <source>Restore it by giving --restore-template, or with: template restore %1 (the energy readings only when named: --groups energy)</source>
        <translation>Pour la restaurer, indiquez --restore-template, ou utilisez : template restore %1 (les index d&apos;énergie seulement s&apos;ils sont nommés : --groups energy)</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n setting(s) of the backup %1 to meter %2 now?</source>
        <translation>
            <numerusform>Restaurer maintenant %n paramètre de la sauvegarde %1 sur le compteur %2 ?</numerusform>
            <numerusform>Restaurer maintenant %n paramètres de la sauvegarde %1 sur le compteur %2 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>meter %1 answers, not %2 (%3): nothing was written</source>
        <translation>le compteur %1 répond, et non %2 (%3) : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1 is a backup of meter %2, and this meter is %3: a meter&apos;s backup is never applied to another (a template saved with `template save` can be)</source>
        <translation>%1 est une sauvegarde du compteur %2, et ce compteur est %3 : la sauvegarde d&apos;un compteur n&apos;est jamais appliquée à un autre (un modèle enregistré avec `template save` peut l&apos;être)</translation>
    </message>
    <message>
        <source>Note: the template was saved from meter %1, not from this meter %2.</source>
        <translation>Remarque : le modèle a été enregistré depuis le compteur %1, et non depuis ce compteur %2.</translation>
    </message>
    <message>
        <source>Kept as they are, as they belong to one meter: %1 (name them with --groups to copy them from %2)</source>
        <translation>Laissés tels quels, car ils sont propres à un compteur : %1 (nommez-les avec --groups pour les copier depuis %2)</translation>
    </message>
    <message>
        <source>Energy readings of meter %1 that will be overwritten:</source>
        <translation>Index d&apos;énergie du compteur %1 qui seront écrasés :</translation>
    </message>
    <message numerus="yes">
        <source>Write %n setting(s) of meter %1 to meter %2?</source>
        <translation>
            <numerusform>Écrire %n paramètre du compteur %1 dans le compteur %2 ?</numerusform>
            <numerusform>Écrire %n paramètres du compteur %1 dans le compteur %2 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the meter, unchanged: %1 (%2)</source>
        <translation>Refusé par le compteur, inchangé : %1 (%2)</translation>
    </message>
    <message>
        <source>The meter&apos;s settings before the restore: %1</source>
        <translation>Paramètres du compteur avant la restauration : %1</translation>
    </message>
    <message>
        <source>Restore INCOMPLETE: %1</source>
        <translation>Restauration INCOMPLÈTE : %1</translation>
    </message>
    <message numerus="yes">
        <source>Restore PARTIAL: %n setting(s) written and read back; these were not:</source>
        <translation>
            <numerusform>Restauration PARTIELLE : %n paramètre écrit et relu ; ceux-ci ne l&apos;ont pas été :</numerusform>
            <numerusform>Restauration PARTIELLE : %n paramètres écrits et relus ; ceux-ci ne l&apos;ont pas été :</numerusform>
        </translation>
    </message>
    <message>
        <source>commissioner-cli: restore refused, nothing written: %1</source>
        <translation>commissioner-cli : restauration refusée, rien n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <source>Comma-separated groups to restore (transformers, volts, clock, nameplate, energy, itc, communications, or all). Default: all but energy and communications; from another meter&apos;s template, also not nameplate.</source>
        <translation>Groupes à restaurer, séparés par des virgules (transformers, volts, clock, nameplate, energy, itc, communications, ou all). Par défaut : tous sauf energy et communications ; depuis le modèle d&apos;un autre compteur, nameplate non plus.</translation>
    </message>
    <message>
        <source>commissioner-cli: not writing without confirmation: no terminal to ask on; give --yes</source>
        <translation>commissioner-cli : pas d&apos;écriture sans confirmation : aucun terminal pour demander ; indiquez --yes</translation>
    </message>
    <message>
        <source>Usage: commissioner-cli [LINK] [OPTIONS] COMMAND [ARGS]

Commissioning tool for EM7300-series Modbus power meters.

Link (one of):
  --tcp HOST[:PORT]        Modbus TCP (port 502 unless given)
  --rtu-tcp HOST:PORT      Modbus RTU through a TCP gateway
  --serial DEV             Modbus RTU on a serial port (COM10, /dev/ttyUSB0)
      [--baud N] [--parity N|E|O] [--stop-bits 1|2] [--rs485]
                           (default 19200 baud, even parity, 1 stop bit)
  --modem DEV --phone NUMBER [--init STRING] [--pulse]
                           dial through a Hayes modem, then Modbus RTU
Options:
  --unit N                 unit ID (default 1)
  --timeout-ms MS          response timeout per request (default 1000; 5000 on a modem)
  --retries N              retries per request (default 3)
  --backoff-ms MS          pause before the first retry, doubling after (default 100)
  --data-dir DIR           where logs, backups, packages and journals go
  --verbose                log what happens on the wire to stderr

Commands:
  identify [--json]        the meter&apos;s identity, mode and active events
  read-live [--json] [--count N] [--interval-ms MS]
                           live readings
  scan --serial DEV [--bauds LIST] [--parities LIST] [--units A-B] [--first]
                           find meters when baud rate, parity and unit ID are unknown
  status [--json]          what state the meter is in (upgrade pending, stuck...)
  upgrade FILE [--yes] [--allow-unsigned] [--allow-downgrade] [--keys DIR]
          [--outage-wait S] [--install-margin S] [--restore-template]
                           upgrade the firmware from a .UPG package (resumable)
  template save FILE [--reason R]  save the meter&apos;s settings to a template file
  template diff FILE [FILE2] [--changed]
                           compare a template with the meter or another file (exit 0 equal, 1 differ)
  template restore FILE [--groups LIST] [--dry-run] [--force-type] [--yes]
                           write a template (all but communications unless named), then read back
  template list [--meter SERIAL]  template backups, newest first
  clock sync | clock show  set the meter&apos;s clock from this computer (UTC), or show it
  config show [NAME|GROUP...] [--json]  the meter&apos;s settings, units and allowed values
  config set NAME=VALUE... [--yes] [--preset-energy] [--dry-run]
                           check every value, back up, write, read back (COMM_* last, then
                           the tool follows the meter to its new unit/baud/parity)
  config history [--meter SERIAL] [--json]  the recorded changes of settings
  report --out FILE.pdf|FILE.html [--technician NAME]  the commissioning report
  recover [--package FILE] [--packages DIR] [--restore-template] [--yes] [--allow-unsigned]
                           finish an interrupted upgrade: the package is found by the
                           meter&apos;s image SHA-256 and the transfer resumes at NEXT_OFFSET
  recover --xmodem --serial DEV --package FILE [--wait-s N]
                           a meter with no Modbus left: send the package to its XMODEM
                           recovery bootloader (power-cycle the meter when asked)
  upg inspect FILE [--json] | upg pack ... | upg keygen -o BASE
                           .UPG packages (run `upg --help`)
Every command takes --help for its own options.

Exit codes:
  0 done; 1 failed; 2 bad argument; 3 no answer from the meter or link not opened;
  4 the meter answered a Modbus exception; 5 invalid package, key or input file;
  6 refused by a check before anything was written; 7 cancelled or declined (a cancelled
  upgrade stays resumable);
  8 interrupted, the meter can be resumed; 9 the meter&apos;s image verification failed;
  10 partial: settings refused by the meter or invalid in the file were left out (named),
  the others written and read back.
</source>
        <translation>Utilisation : commissioner-cli [LIAISON] [OPTIONS] COMMANDE [ARGUMENTS]

Outil de mise en service pour les compteurs d&apos;énergie Modbus de la série EM7300.

Liaison (une parmi) :
  --tcp HOST[:PORT]        Modbus TCP (port 502 sauf indication contraire)
  --rtu-tcp HOST:PORT      Modbus RTU via une passerelle TCP
  --serial DEV             Modbus RTU sur un port série (COM10, /dev/ttyUSB0)
      [--baud N] [--parity N|E|O] [--stop-bits 1|2] [--rs485]
                           (par défaut 19200 bauds, parité paire, 1 bit de stop)
  --modem DEV --phone NUMBER [--init STRING] [--pulse]
                           appel via un modem Hayes, puis Modbus RTU
Options :
  --unit N                 ID d&apos;unité (1 par défaut)
  --timeout-ms MS          délai de réponse par requête (1000 par défaut ; 5000 via modem)
  --retries N              nouvelles tentatives par requête (3 par défaut)
  --backoff-ms MS          pause avant la première nouvelle tentative, doublée ensuite (100 par défaut)
  --data-dir DIR           dossier des journaux, sauvegardes, paquets et journaux de mise à niveau
  --verbose                consigner sur stderr ce qui passe sur la ligne

Commandes :
  identify [--json]        identité, mode et événements actifs du compteur
  read-live [--json] [--count N] [--interval-ms MS]
                           mesures en direct
  scan --serial DEV [--bauds LIST] [--parities LIST] [--units A-B] [--first]
                           trouver les compteurs quand vitesse, parité et ID d&apos;unité sont inconnus
  status [--json]          état du compteur (mise à niveau en attente, bloquée...)
  upgrade FILE [--yes] [--allow-unsigned] [--allow-downgrade] [--keys DIR]
          [--outage-wait S] [--install-margin S] [--restore-template]
                           mettre à niveau le firmware depuis un paquet .UPG (reprise possible)
  template save FILE [--reason R]  enregistrer les paramètres du compteur dans un fichier modèle
  template diff FILE [FILE2] [--changed]
                           comparer un modèle au compteur ou à un autre fichier (sortie 0 identiques, 1 différents)
  template restore FILE [--groups LIST] [--dry-run] [--force-type] [--yes]
                           écrire un modèle (tout sauf communications sauf si nommé), puis relire
  template list [--meter SERIAL]  sauvegardes de modèles, les plus récentes d&apos;abord
  clock sync | clock show  régler l&apos;horloge du compteur sur cet ordinateur (UTC), ou l&apos;afficher
  config show [NAME|GROUP...] [--json]  paramètres du compteur, unités et valeurs autorisées
  config set NAME=VALUE... [--yes] [--preset-energy] [--dry-run]
                           vérifier chaque valeur, sauvegarder, écrire, relire (COMM_* en dernier,
                           puis l&apos;outil suit le compteur vers sa nouvelle unité/vitesse/parité)
  config history [--meter SERIAL] [--json]  les modifications de paramètres enregistrées
  report --out FILE.pdf|FILE.html [--technician NAME]  le rapport de mise en service
  recover [--package FILE] [--packages DIR] [--restore-template] [--yes] [--allow-unsigned]
                           terminer une mise à niveau interrompue : le paquet est trouvé d&apos;après le
                           SHA-256 de l&apos;image du compteur et le transfert reprend à NEXT_OFFSET
  recover --xmodem --serial DEV --package FILE [--wait-s N]
                           compteur sans Modbus : envoyer le paquet à son bootloader de
                           récupération XMODEM (couper et remettre l&apos;alimentation à la demande)
  upg inspect FILE [--json] | upg pack ... | upg keygen -o BASE
                           paquets .UPG (lancez `upg --help`)
Chaque commande accepte --help pour ses propres options.

Codes de sortie :
  0 terminé ; 1 échec ; 2 argument incorrect ; 3 pas de réponse du compteur ou liaison non ouverte ;
  4 le compteur a répondu par une exception Modbus ; 5 paquet, clé ou fichier d&apos;entrée non valide ;
  6 refusé par une vérification avant toute écriture ; 7 annulé ou refusé (une mise à niveau
  annulée reste reprenable) ;
  8 interrompu, le compteur peut reprendre ; 9 la vérification de l&apos;image par le compteur a échoué ;
  10 partiel : paramètres refusés par le compteur ou non valides dans le fichier laissés de côté (nommés),
  les autres écrits et relus.
</translation>
    </message>
    <message numerus="yes">
        <source>The meter came back without %n of its settings (they read otherwise than in its backup): %1</source>
        <translation>
            <numerusform>Le compteur est revenu sans %n de ses paramètres (ils diffèrent de sa sauvegarde) : %1</numerusform>
            <numerusform>Le compteur est revenu sans %n de ses paramètres (ils diffèrent de sa sauvegarde) : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The meter starts with factory-default settings (unit %1, %2 baud, %3).</source>
        <translation>Le compteur démarre avec ses paramètres d&apos;usine (unité %1, %2 bauds, %3).</translation>
    </message>
    <message>
        <source>commissioner-cli: the package was sent, but the meter does not answer Modbus at %1 %2 unit %3 after %4 s (%5); power-cycle it and run identify</source>
        <translation>commissioner-cli : le paquet a été envoyé, mais le compteur ne répond pas en Modbus à %1 %2 unité %3 après %4 s (%5) ; coupez et remettez son alimentation puis lancez identify</translation>
    </message>
    <message>
        <source>The meter&apos;s bootloader took the package; waiting for the meter to start (Modbus RTU, %1 baud, %2, unit %3)...</source>
        <translation>Le bootloader du compteur a accepté le paquet ; attente du démarrage du compteur (Modbus RTU, %1 bauds, %2, unité %3)...</translation>
    </message>
    <message>
        <source>The upgrade stopped at its limit of %1 (%2 of %3) before a request to register %4. The meter holds the first %5 bytes of the image.</source>
        <translation>La mise à niveau s&apos;est arrêtée à sa limite de %1 (%2 sur %3) avant une requête au registre %4. Le compteur détient les %5 premiers octets de l&apos;image.</translation>
    </message>
    <message>
        <source>After the upgrade of %3 (type %4) had begun, the meter at this address answered as serial number %1, type %2. Blocks were sent to this address: it is another meter, or %3 reporting another identity. Check the cable, the bus and the unit ID before going on.</source>
        <translation>Après le début de la mise à niveau de %3 (type %4), le compteur à cette adresse a répondu avec le numéro de série %1, type %2. Des blocs ont été envoyés à cette adresse : c&apos;est un autre compteur, ou %3 qui annonce une autre identité. Vérifiez le câble, le bus et l&apos;ID d&apos;unité avant de continuer.</translation>
    </message>
    <message>
        <source>the meter reports no serial number, so its backups and history could not be told from another meter&apos;s: nothing was written</source>
        <translation>le compteur n&apos;indique aucun numéro de série : ses sauvegardes et son historique ne pourraient pas être distingués de ceux d&apos;un autre compteur ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>The meter reports no serial number, so its backups and journal could not be told from another meter&apos;s. Nothing was written to it.</source>
        <translation>Le compteur n&apos;indique aucun numéro de série : ses sauvegardes et son journal ne pourraient pas être distingués de ceux d&apos;un autre compteur. Rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>commissioner-cli: %1 cannot be sent: its signature does not count</source>
        <translation>commissioner-cli : %1 ne peut pas être envoyé : sa signature n&apos;est pas reconnue</translation>
    </message>
    <message>
        <source>commissioner-cli: the package was sent, but the meter that answers is %1 (type %2), not type %3 as the package; nothing was recorded</source>
        <translation>commissioner-cli : le paquet a été envoyé, mais le compteur qui répond est %1 (type %2), et non du type %3 du paquet ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>commissioner-cli: the package was sent, but the meter answers with firmware %1, not %2; power-cycle it and run identify</source>
        <translation>commissioner-cli : le paquet a été envoyé, mais le compteur répond avec le firmware %1, et non %2 ; coupez et remettez son alimentation puis lancez identify</translation>
    </message>
</context>
<context>
    <name>CommissioningReport</name>
    <message>
        <source>Commissioning report</source>
        <translation>Rapport de mise en service</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle d&apos;appareil</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Type d&apos;appareil</translation>
    </message>
    <message>
        <source>Hardware revision</source>
        <translation>Révision matérielle</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Bootloader version</source>
        <translation>Version du bootloader</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Active events</source>
        <translation>Événements actifs</translation>
    </message>
    <message>
        <source>Connected through</source>
        <translation>Connecté via</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Before the last upgrade</source>
        <translation>Avant la dernière mise à niveau</translation>
    </message>
    <message>
        <source>After the last upgrade</source>
        <translation>Après la dernière mise à niveau</translation>
    </message>
    <message>
        <source>Upgrade started (UTC)</source>
        <translation>Mise à niveau commencée (UTC)</translation>
    </message>
    <message>
        <source>Package version</source>
        <translation>Version du paquet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>(not confirmed)</source>
        <translation>(non confirmé)</translation>
    </message>
    <message>
        <source>No upgrade of this meter is recorded in this data folder.</source>
        <translation>Aucune mise à niveau de ce compteur n&apos;est enregistrée dans ce dossier de données.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Les paramètres n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>No device profile knows device type %1.</source>
        <translation>Aucun profil d&apos;appareil ne connaît le type d&apos;appareil %1.</translation>
    </message>
    <message>
        <source>Live readings</source>
        <translation>Mesures en direct</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>Voltage %1</source>
        <translation>Tension %1</translation>
    </message>
    <message>
        <source>Current %1</source>
        <translation>Courant %1</translation>
    </message>
    <message>
        <source>Active power total</source>
        <translation>Puissance active totale</translation>
    </message>
    <message>
        <source>Reactive power total</source>
        <translation>Puissance réactive totale</translation>
    </message>
    <message>
        <source>Apparent power total</source>
        <translation>Puissance apparente totale</translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation>Facteur de puissance</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Time since power-up</source>
        <translation>Temps depuis la mise sous tension</translation>
    </message>
    <message>
        <source>The readings could not be read: %1</source>
        <translation>Les mesures n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Checks of the last upgrade</source>
        <translation>Vérifications de la dernière mise à niveau</translation>
    </message>
    <message>
        <source>Settings compared with the latest backup %1 (saved %2 UTC, reason %3)</source>
        <translation>Paramètres comparés à la dernière sauvegarde %1 (enregistrée le %2 UTC, motif %3)</translation>
    </message>
    <message>
        <source>Every setting equals the backup.</source>
        <translation>Chaque paramètre est identique à la sauvegarde.</translation>
    </message>
    <message>
        <source>Settings that differ from the backup: %1</source>
        <translation>Paramètres différents de la sauvegarde : %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Meter now</source>
        <translation>Compteur actuel</translation>
    </message>
    <message>
        <source>No template backup of this meter in this data folder.</source>
        <translation>Aucune sauvegarde de modèle de ce compteur dans ce dossier de données.</translation>
    </message>
    <message>
        <source>The latest backup could not be read: %1</source>
        <translation>La dernière sauvegarde n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Changes recorded</source>
        <translation>Modifications enregistrées</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>No change of this meter is recorded.</source>
        <translation>Aucune modification de ce compteur n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>%1: a report file name ends in .pdf or .html</source>
        <translation>%1 : le nom d&apos;un fichier de rapport se termine par .pdf ou .html</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>a PDF report needs the graphical part of Qt (a QGuiApplication); write .html instead</source>
        <translation>un rapport PDF nécessite la partie graphique de Qt (une QGuiApplication) ; écrivez plutôt en .html</translation>
    </message>
    <message>
        <source>the meter now reads %1</source>
        <translation>le compteur indique maintenant %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>GuiText</name>
    <message>
        <source>The meter did not answer in time.</source>
        <translation>Le compteur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The connection was lost (cable, gateway or port gone).</source>
        <translation>La connexion a été perdue (câble, passerelle ou port disparu).</translation>
    </message>
    <message>
        <source>The connection could not be opened.</source>
        <translation>La connexion n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>The connection could not be opened: %1</source>
        <translation>La connexion n&apos;a pas pu être ouverte : %1</translation>
    </message>
    <message>
        <source>The meter refused the request (illegal function).</source>
        <translation>Le compteur a refusé la requête (fonction non autorisée).</translation>
    </message>
    <message>
        <source>The meter has no register at address %1 in this mode.</source>
        <translation>Le compteur n&apos;a pas de registre à l&apos;adresse %1 dans ce mode.</translation>
    </message>
    <message>
        <source>The meter refused the value (illegal data value).</source>
        <translation>Le compteur a refusé la valeur (valeur de données non autorisée).</translation>
    </message>
    <message>
        <source>The meter reported a device failure.</source>
        <translation>Le compteur a signalé une défaillance.</translation>
    </message>
    <message>
        <source>The meter is busy; try again in a moment.</source>
        <translation>Le compteur est occupé ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The meter answered with exception %1.</source>
        <translation>Le compteur a répondu par l&apos;exception %1.</translation>
    </message>
    <message>
        <source>The meter&apos;s answer was garbled (check wiring and settings).</source>
        <translation>La réponse du compteur était illisible (vérifiez le câblage et les réglages).</translation>
    </message>
    <message>
        <source>The request could not be sent: %1</source>
        <translation>La requête n&apos;a pas pu être envoyée : %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>The port would not switch to RS-485 mode; the adapter may do it by itself.</source>
        <translation>Le port n&apos;a pas voulu passer en mode RS-485 ; l&apos;adaptateur le fait peut-être lui-même.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>This is not a firmware package (.UPG).</source>
        <translation>Ce n&apos;est pas un paquet firmware (.UPG).</translation>
    </message>
    <message>
        <source>The package format version %1 is not one this tool reads.</source>
        <translation>La version %1 du format de paquet n&apos;est pas lisible par cet outil.</translation>
    </message>
    <message>
        <source>The package is damaged: a checksum does not match (%1).</source>
        <translation>Le paquet est endommagé : une somme de contrôle ne correspond pas (%1).</translation>
    </message>
    <message>
        <source>The package is incomplete (%1). Copy it again.</source>
        <translation>Le paquet est incomplet (%1). Copiez-le à nouveau.</translation>
    </message>
    <message>
        <source>The package breaks a format rule: %1</source>
        <translation>Le paquet enfreint une règle du format : %1</translation>
    </message>
    <message>
        <source>The meter&apos;s register map version %1 is not supported.</source>
        <translation>La version %1 de la table des registres du compteur n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>The package is not signed. Tick &quot;Allow an unsigned package&quot; only if you trust where it came from.</source>
        <translation>Le paquet n&apos;est pas signé. Cochez « Autoriser un paquet non signé » uniquement si vous faites confiance à sa provenance.</translation>
    </message>
    <message>
        <source>The package is not signed (allowed).</source>
        <translation>Le paquet n&apos;est pas signé (autorisé).</translation>
    </message>
    <message>
        <source>The package is signed with a key this tool does not trust.</source>
        <translation>Le paquet est signé avec une clé à laquelle cet outil ne fait pas confiance.</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not verify: it was changed after signing.</source>
        <translation>La signature du paquet n&apos;est pas valide : il a été modifié après sa signature.</translation>
    </message>
    <message>
        <source>The package is for device type %1; this meter is type %2.</source>
        <translation>Le paquet est destiné au type d&apos;appareil %1 ; ce compteur est de type %2.</translation>
    </message>
    <message>
        <source>The meter&apos;s hardware revision %1 is outside the package&apos;s range %2 to %3.</source>
        <translation>La révision matérielle %1 du compteur est hors de la plage %2 à %3 du paquet.</translation>
    </message>
    <message>
        <source>The meter has active events (%1): clear them first.</source>
        <translation>Le compteur a des événements actifs (%1) : acquittez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>A site wiring fault is active; it does not block an upgrade.</source>
        <translation>Un défaut de câblage du site est actif ; il ne bloque pas la mise à niveau.</translation>
    </message>
    <message>
        <source>The image is %1; this meter takes at most %2.</source>
        <translation>L&apos;image fait %1 ; ce compteur accepte au plus %2.</translation>
    </message>
    <message>
        <source>The meter already runs this version. Tick &quot;Allow the same or an older version&quot; to install it again.</source>
        <translation>Le compteur exécute déjà cette version. Cochez « Autoriser une version identique ou plus ancienne » pour la réinstaller.</translation>
    </message>
    <message>
        <source>The package is older than the meter&apos;s firmware. Tick &quot;Allow the same or an older version&quot; to go back.</source>
        <translation>Le paquet est plus ancien que le firmware du compteur. Cochez « Autoriser une version identique ou plus ancienne » pour revenir en arrière.</translation>
    </message>
    <message>
        <source>Same or older version (allowed).</source>
        <translation>Version identique ou plus ancienne (autorisé).</translation>
    </message>
    <message>
        <source>The meter reports a block size of %1 bytes, which the protocol does not allow.</source>
        <translation>Le compteur indique une taille de bloc de %1 octets, que le protocole n&apos;autorise pas.</translation>
    </message>
    <message>
        <source>The meter is verifying or installing an image; the upgrade waits for it.</source>
        <translation>Le compteur vérifie ou installe une image ; la mise à niveau l&apos;attend.</translation>
    </message>
    <message>
        <source>The meter already holds %1 of %2 of this image: the transfer resumes there.</source>
        <translation>Le compteur contient déjà %1 sur %2 de cette image : le transfert reprend à partir de là.</translation>
    </message>
    <message>
        <source>The meter is in upgrade mode: its settings cannot be read for a backup.</source>
        <translation>Le compteur est en mode mise à niveau : ses paramètres ne peuvent pas être lus pour une sauvegarde.</translation>
    </message>
    <message>
        <source>Normal: running its firmware, nothing pending</source>
        <translation>Normal : exécute son firmware, rien en attente</translation>
    </message>
    <message>
        <source>Normal, with an interrupted transfer waiting in the spare bank</source>
        <translation>Normal, avec un transfert interrompu en attente dans le banc de réserve</translation>
    </message>
    <message>
        <source>Normal, with a whole image stored but never installed</source>
        <translation>Normal, avec une image complète stockée mais jamais installée</translation>
    </message>
    <message>
        <source>Upgrade mode with part of an image: needs recovery</source>
        <translation>Mode mise à niveau avec une partie d&apos;image : récupération nécessaire</translation>
    </message>
    <message>
        <source>Upgrade mode with the whole image stored: needs recovery (install again)</source>
        <translation>Mode mise à niveau avec l&apos;image complète stockée : récupération nécessaire (réinstaller)</translation>
    </message>
    <message>
        <source>Upgrade mode with no image: needs a new transfer</source>
        <translation>Mode mise à niveau sans image : nouveau transfert nécessaire</translation>
    </message>
    <message>
        <source>No firmware: needs a new transfer</source>
        <translation>Pas de firmware : nouveau transfert nécessaire</translation>
    </message>
    <message>
        <source>Verifying or installing an image right now</source>
        <translation>Vérification ou installation d&apos;une image en cours</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Backing up the settings</source>
        <translation>Sauvegarde des paramètres</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Meter verifying the image</source>
        <translation>Vérification de l&apos;image par le compteur</translation>
    </message>
    <message>
        <source>Meter installing (it stays silent)</source>
        <translation>Installation par le compteur (il reste muet)</translation>
    </message>
    <message>
        <source>Confirming the new version</source>
        <translation>Confirmation de la nouvelle version</translation>
    </message>
    <message>
        <source>Waiting for the meter to answer again</source>
        <translation>Attente d&apos;une nouvelle réponse du compteur</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Upgrade done: %1 now runs firmware %2.</source>
        <translation>Mise à niveau terminée : %1 exécute maintenant le firmware %2.</translation>
    </message>
    <message>
        <source>The checks refused the upgrade. Nothing was written.</source>
        <translation>Les vérifications ont refusé la mise à niveau. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The settings could not be backed up, so nothing was written to the meter.</source>
        <translation>Les paramètres n&apos;ont pas pu être sauvegardés, donc rien n&apos;a été écrit dans le compteur.</translation>
    </message>
    <message>
        <source>The data folder could not be written (journal or package copy). Nothing was written.</source>
        <translation>Le dossier de données n&apos;a pas pu être écrit (journal ou copie du paquet). Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The meter refused the image: %1.</source>
        <translation>Le compteur a refusé l&apos;image : %1.</translation>
    </message>
    <message>
        <source>The meter&apos;s check of the image failed; it discarded it. Try the upgrade again.</source>
        <translation>La vérification de l&apos;image par le compteur a échoué ; il l&apos;a rejetée. Relancez la mise à niveau.</translation>
    </message>
    <message>
        <source>The meter stopped answering. It keeps what it received: connect again and the upgrade resumes from there.</source>
        <translation>Le compteur ne répond plus. Il conserve ce qu&apos;il a reçu : reconnectez-vous et la mise à niveau reprendra à partir de là.</translation>
    </message>
    <message>
        <source>Upgrade stopped. The meter keeps what it received: connect again to resume.</source>
        <translation>Mise à niveau arrêtée. Le compteur conserve ce qu&apos;il a reçu : reconnectez-vous pour reprendre.</translation>
    </message>
    <message>
        <source>The meter came back with firmware %1, not the package&apos;s version.</source>
        <translation>Le compteur est revenu avec le firmware %1, et non la version du paquet.</translation>
    </message>
    <message>
        <source>The meter answered unexpectedly: %1</source>
        <translation>Le compteur a répondu de façon inattendue : %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Signed by %1 (verified)</source>
        <translation>Signé par %1 (vérifié)</translation>
    </message>
    <message>
        <source>Signed with a key this tool does not trust</source>
        <translation>Signé avec une clé à laquelle cet outil ne fait pas confiance</translation>
    </message>
    <message>
        <source>Signature does NOT verify: the file was changed</source>
        <translation>La signature n&apos;est PAS valide : le fichier a été modifié</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Upgrade (bootloader)</source>
        <translation>Mise à niveau (bootloader)</translation>
    </message>
    <message>
        <source>No firmware (bootloader)</source>
        <translation>Pas de firmware (bootloader)</translation>
    </message>
    <message>
        <source>critical event (blocks upgrades)</source>
        <translation>événement critique (bloque les mises à niveau)</translation>
    </message>
    <message>
        <source>warning event (blocks upgrades)</source>
        <translation>événement d&apos;avertissement (bloque les mises à niveau)</translation>
    </message>
    <message>
        <source>site wiring fault (does not block upgrades)</source>
        <translation>défaut de câblage du site (ne bloque pas les mises à niveau)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>réception</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>installing</source>
        <translation>installation</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>rejected: incompatible image</source>
        <translation>refusé : image incompatible</translation>
    </message>
    <message>
        <source>rejected: events active</source>
        <translation>refusé : événements actifs</translation>
    </message>
    <message>
        <source>image check failed</source>
        <translation>échec de la vérification de l&apos;image</translation>
    </message>
    <message>
        <source>rejected: image too large</source>
        <translation>refusé : image trop grande</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>état %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3).</source>
        <translation>%1 n&apos;est pas du JSON valide (ligne %2, colonne %3).</translation>
    </message>
    <message>
        <source>%1 is not a Commissioner template.</source>
        <translation>%1 n&apos;est pas un modèle Commissioner.</translation>
    </message>
    <message>
        <source>The template format version %1 is newer than this tool reads.</source>
        <translation>La version %1 du format de modèle est plus récente que ce que cet outil sait lire.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing or invalid.</source>
        <translation>Le champ « %1 » est absent ou non valide.</translation>
    </message>
    <message>
        <source>No device profile knows device type %1.</source>
        <translation>Aucun profil d&apos;appareil ne connaît le type d&apos;appareil %1.</translation>
    </message>
    <message>
        <source>Unknown setting %1.</source>
        <translation>Paramètre inconnu %1.</translation>
    </message>
    <message>
        <source>The setting %1 is missing from the file.</source>
        <translation>Le paramètre %1 est absent du fichier.</translation>
    </message>
    <message>
        <source>Setting %1: %2 is not %3.</source>
        <translation>Paramètre %1 : %2 n&apos;est pas %3.</translation>
    </message>
    <message>
        <source>Setting %1: %2 is outside the allowed values (%3).</source>
        <translation>Paramètre %1 : %2 est hors des valeurs autorisées (%3).</translation>
    </message>
    <message>
        <source>Setting %1: the unit %2 is not &quot;%3&quot;.</source>
        <translation>Paramètre %1 : l&apos;unité %2 n&apos;est pas « %3 ».</translation>
    </message>
    <message>
        <source>The device profile %1 is invalid: %2</source>
        <translation>Le profil d&apos;appareil %1 n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>The template was saved from device type %1; this meter is type %2.</source>
        <translation>Le modèle a été enregistré depuis le type d&apos;appareil %1 ; ce compteur est de type %2.</translation>
    </message>
    <message>
        <source>Unknown group &quot;%1&quot;.</source>
        <translation>Groupe inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The meter is not in normal mode: its settings cannot be read or written now.</source>
        <translation>Le compteur n&apos;est pas en mode normal : ses paramètres ne peuvent pas être lus ni écrits pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Written and confirmed: %1</source>
        <translation>Écrits et confirmés : %1</translation>
    </message>
    <message>
        <source>Unconfirmed (the meter may or may not have applied them): %1</source>
        <translation>Non confirmés (le compteur les a peut-être appliqués, peut-être pas) : %1</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Non écrits : %1</translation>
    </message>
    <message>
        <source>Stopped by: %1</source>
        <translation>Arrêté par : %1</translation>
    </message>
    <message>
        <source>Read back: every setting matches the file.</source>
        <translation>Relecture : chaque paramètre correspond au fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Read back: %n setting(s) differ from the file:</source>
        <translation>
            <numerusform>Relecture : %n paramètre diffère du fichier :</numerusform>
            <numerusform>Relecture : %n paramètres diffèrent du fichier :</numerusform>
        </translation>
    </message>
    <message>
        <source>Read back failed: %1</source>
        <translation>La relecture a échoué : %1</translation>
    </message>
    <message>
        <source>  %1: wanted %2, meter has %3</source>
        <translation>  %1 : attendu %2, le compteur a %3</translation>
    </message>
    <message>
        <source>Restore the same file again to complete it.</source>
        <translation>Restaurez à nouveau le même fichier pour terminer.</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 Kio/s</translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation>%1 o/s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No answer: nothing accepted the connection in time.</source>
        <translation>Pas de réponse : rien n&apos;a accepté la connexion à temps.</translation>
    </message>
    <message>
        <source>No answer from %1: nothing accepted the connection in time.</source>
        <translation>Pas de réponse de %1 : rien n&apos;a accepté la connexion à temps.</translation>
    </message>
    <message>
        <source>Not now: a firmware upgrade is running on this meter. Nothing was sent; try again when it has ended.</source>
        <translation>Pas maintenant : une mise à niveau du firmware est en cours sur ce compteur. Rien n&apos;a été envoyé ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>The meter reports DEVICE_MODE %1, a mode this tool does not know. Nothing is written.</source>
        <translation>Le compteur indique DEVICE_MODE %1, un mode que cet outil ne connaît pas. Rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>The meter reports UPG_STATUS %1, a status this tool does not know. Nothing is written.</source>
        <translation>Le compteur indique UPG_STATUS %1, un état que cet outil ne connaît pas. Rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>Reports a mode or upgrade status this tool does not know: nothing is written to it</source>
        <translation>Indique un mode ou un état de mise à niveau que cet outil ne connaît pas : rien n&apos;y est écrit</translation>
    </message>
    <message>
        <source>Another meter answered (serial number %1, type %2) instead of %3. Nothing was written to it. Check the cable, the bus and the unit ID, then connect to %3 again to resume.</source>
        <translation>Un autre compteur a répondu (numéro de série %1, type %2) à la place de %3. Rien n&apos;y a été écrit. Vérifiez le câble, le bus et l&apos;ID d&apos;unité, puis reconnectez-vous à %3 pour reprendre.</translation>
    </message>
    <message>
        <source>The meter refused the block at byte %1 %2 times in a row (%3). It keeps what it received: connect again to resume.</source>
        <translation>Le compteur a refusé le bloc à l&apos;octet %1 %2 fois de suite (%3). Il conserve ce qu&apos;il a reçu : reconnectez-vous pour reprendre.</translation>
    </message>
    <message>
        <source>The meter stayed %1 for %2 s, longer than it says it needs. It keeps the image: connect again to resume.</source>
        <translation>Le compteur est resté à l&apos;état %1 pendant %2 s, plus longtemps que la durée qu&apos;il annonce. Il conserve l&apos;image : reconnectez-vous pour reprendre.</translation>
    </message>
    <message>
        <source>The meter reports %1 = %2, a value the protocol does not allow. Nothing more was written to it.</source>
        <translation>Le compteur indique %1 = %2, une valeur que le protocole n&apos;autorise pas. Rien de plus n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>Unknown (not in the register map)</source>
        <translation>Inconnu (absent de la table des registres)</translation>
    </message>
    <message>
        <source>The backup %1, read back, does not give the meter&apos;s settings back (%2).</source>
        <translation>La sauvegarde %1, relue, ne redonne pas les réglages du compteur (%2).</translation>
    </message>
    <message>
        <source>Meter %1 answers, not %2 (%3). Nothing was written.</source>
        <translation>Le compteur %1 répond, et non %2 (%3). Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is a backup of meter %2, and this meter is %3: a meter&apos;s backup is never written to another. Nothing was written.</source>
        <translation>%1 est une sauvegarde du compteur %2, et ce compteur est %3 : la sauvegarde d&apos;un compteur n&apos;est jamais écrite dans un autre. Rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Write %n setting(s) of meter %1 to meter %2?</source>
        <translation>
            <numerusform>Écrire %n paramètre du compteur %1 dans le compteur %2 ?</numerusform>
            <numerusform>Écrire %n paramètres du compteur %1 dans le compteur %2 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %n setting(s) of %1 to meter %2?</source>
        <translation>
            <numerusform>Écrire %n paramètre de %1 dans le compteur %2 ?</numerusform>
            <numerusform>Écrire %n paramètres de %1 dans le compteur %2 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  and %n more</source>
        <translation>
            <numerusform>  et %n autre</numerusform>
            <numerusform>  et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as they are on meter %1, as they belong to one meter: %2.</source>
        <translation>Laissés tels quels sur le compteur %1, car ils sont propres à un compteur : %2.</translation>
    </message>
    <message>
        <source>Energy readings of meter %1 that will be overwritten:</source>
        <translation>Index d&apos;énergie du compteur %1 qui seront écrasés :</translation>
    </message>
    <message>
        <source>The meter&apos;s settings are saved among its backups before anything is written.</source>
        <translation>Les paramètres du compteur sont enregistrés parmi ses sauvegardes avant toute écriture.</translation>
    </message>
    <message>
        <source>Restored and read back.</source>
        <translation>Restauré et relu.</translation>
    </message>
    <message>
        <source>The meter already holds these settings: nothing was written.</source>
        <translation>Le compteur contient déjà ces paramètres : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Restored in part: the settings named in the report were left out.</source>
        <translation>Restauré en partie : les paramètres nommés dans le rapport ont été laissés de côté.</translation>
    </message>
    <message>
        <source>The restore is incomplete: see the report, then restore the same file again.</source>
        <translation>La restauration est incomplète : voir le rapport, puis restaurer à nouveau le même fichier.</translation>
    </message>
    <message>
        <source>Written, but the read-back does not confirm it: see the report.</source>
        <translation>Écrit, mais la relecture ne le confirme pas : voir le rapport.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Refused by the meter, unchanged: %1 (%2)</source>
        <translation>Refusé par le compteur, inchangé : %1 (%2)</translation>
    </message>
    <message>
        <source>Not restored: %1 holds %2 in the file, which breaks its rule (%3)</source>
        <translation>Non restauré : %1 vaut %2 dans le fichier, ce qui enfreint sa règle (%3)</translation>
    </message>
    <message>
        <source>The upgrade stopped at its limit of %1 (%2 of %3) before a request to register %4. The meter keeps the first %5 bytes of the image: connect again to resume.</source>
        <translation>La mise à niveau s&apos;est arrêtée à sa limite de %1 (%2 sur %3) avant une requête au registre %4. Le compteur conserve les %5 premiers octets de l&apos;image : reconnectez-vous pour reprendre.</translation>
    </message>
    <message>
        <source>After the upgrade of %3 had begun, the meter at this address answered as serial number %1, type %2. Blocks were sent to this address: it is another meter, or %3 reporting another identity. Check the cable, the bus and the unit ID before going on.</source>
        <translation>Après le début de la mise à niveau de %3, le compteur à cette adresse a répondu avec le numéro de série %1, type %2. Des blocs ont été envoyés à cette adresse : c&apos;est un autre compteur, ou %3 qui annonce une autre identité. Vérifiez le câble, le bus et l&apos;ID d&apos;unité avant de continuer.</translation>
    </message>
    <message>
        <source>The meter reports no serial number, so its backups and journal could not be told from another meter&apos;s. Nothing was written to it.</source>
        <translation>Le compteur n&apos;indique aucun numéro de série : ses sauvegardes et son journal ne pourraient pas être distingués de ceux d&apos;un autre compteur. Rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>The meter reports no serial number, so its backups and history could not be told from another meter&apos;s. Nothing was written.</source>
        <translation>Le compteur n&apos;indique aucun numéro de série : ses sauvegardes et son historique ne pourraient pas être distingués de ceux d&apos;un autre compteur. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was written: the settings named in the report were left out.</source>
        <translation>Rien n’a été écrit : les réglages nommés dans le rapport ont été laissés de côté.</translation>
    </message>
</context>
<context>
    <name>SetupText</name>
    <message>
        <source>&quot;%1&quot; is not NAME=VALUE.</source>
        <translation>« %1 » n&apos;est pas de la forme NOM=VALEUR.</translation>
    </message>
    <message>
        <source>%1 is not a setting of this meter.</source>
        <translation>%1 n&apos;est pas un paramètre de ce compteur.</translation>
    </message>
    <message>
        <source>%1 is not a setting that can be changed here: %2</source>
        <translation>%1 n&apos;est pas un paramètre modifiable ici : %2</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 est indiqué deux fois.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number (%3).</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre entier (%3).</translation>
    </message>
    <message>
        <source>%1: %2 is below the minimum (%3).</source>
        <translation>%1 : %2 est inférieur au minimum (%3).</translation>
    </message>
    <message>
        <source>%1: %2 is above the maximum (%3).</source>
        <translation>%1 : %2 est supérieur au maximum (%3).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the choices (%3).</source>
        <translation>%1 : « %2 » ne fait pas partie des choix (%3).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too long (%3).</source>
        <translation>%1 : « %2 » est trop long (%3).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; holds a character that is not printable ASCII (%3).</source>
        <translation>%1 : « %2 » contient un caractère qui n&apos;est pas de l&apos;ASCII imprimable (%3).</translation>
    </message>
    <message>
        <source>already so, not written</source>
        <translation>déjà à cette valeur, non écrit</translation>
    </message>
    <message>
        <source>written and read back</source>
        <translation>écrit et relu</translation>
    </message>
    <message>
        <source>written, but the meter reads back another value</source>
        <translation>écrit, mais le compteur relit une autre valeur</translation>
    </message>
    <message>
        <source>refused by the meter, nothing changed</source>
        <translation>refusé par le compteur, rien n&apos;a changé</translation>
    </message>
    <message>
        <source>sent, no answer: it may or may not have been applied</source>
        <translation>envoyé, sans réponse : il a peut-être été appliqué, peut-être pas</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>non écrit</translation>
    </message>
    <message>
        <source>written, but it could not be read back</source>
        <translation>écrit, mais il n&apos;a pas pu être relu</translation>
    </message>
    <message>
        <source>The settings could not be read before writing, so nothing was written: %1</source>
        <translation>Les paramètres n&apos;ont pas pu être lus avant l&apos;écriture, donc rien n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3: %4</source>
        <translation>%1 : %2 → %3 : %4</translation>
    </message>
    <message>
        <source> (the meter holds %1)</source>
        <translation> (le compteur contient %1)</translation>
    </message>
    <message>
        <source>Read back failed: %1</source>
        <translation>La relecture a échoué : %1</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <source>The meter refused %1 (%2); nothing after it was written.</source>
        <translation>Le compteur a refusé %1 (%2) ; rien n&apos;a été écrit après.</translation>
    </message>
    <message>
        <source>No answer to the write of %1: it may or may not have been applied; nothing after it was written.</source>
        <translation>Pas de réponse à l&apos;écriture de %1 : elle a peut-être été appliquée, peut-être pas ; rien n&apos;a été écrit après.</translation>
    </message>
    <message>
        <source>%1 was written, but the meter reads back another value.</source>
        <translation>%1 a été écrit, mais le compteur relit une autre valeur.</translation>
    </message>
    <message>
        <source>%1 was written, but could not be read back.</source>
        <translation>%1 a été écrit, mais n&apos;a pas pu être relu.</translation>
    </message>
    <message>
        <source>The settings were written, but the meter was not found at its new communications settings: see the report.</source>
        <translation>Les paramètres ont été écrits, mais le compteur n&apos;a pas été trouvé avec ses nouveaux paramètres de communication : voir le rapport.</translation>
    </message>
    <message>
        <source>Sent and read back: the meter holds the values shown.</source>
        <translation>Envoyé et relu : le compteur contient les valeurs affichées.</translation>
    </message>
    <message>
        <source>Sent: see the report.</source>
        <translation>Envoyé : voir le rapport.</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unité %1</translation>
    </message>
    <message>
        <source>no parity</source>
        <translation>sans parité</translation>
    </message>
    <message>
        <source>odd parity</source>
        <translation>parité impaire</translation>
    </message>
    <message>
        <source>even parity</source>
        <translation>parité paire</translation>
    </message>
    <message>
        <source>unit %1, %2 baud, %3</source>
        <translation>unité %1, %2 bauds, %3</translation>
    </message>
    <message>
        <source>The meter now answers at %1; the connection follows it there.</source>
        <translation>Le compteur répond maintenant avec %1 ; la connexion le suit.</translation>
    </message>
    <message>
        <source>The meter still answers at its old settings (%1): the change did not take effect.</source>
        <translation>Le compteur répond encore avec ses anciens paramètres (%1) : la modification n&apos;a pas pris effet.</translation>
    </message>
    <message>
        <source>Written: %1. The meter did not answer at %2, nor at its old settings (%3). To reach it, connect at %2 (Connection &gt; Connect…); if it still does not answer, check its display or its front-panel communications settings.</source>
        <translation>Écrit : %1. Le compteur n&apos;a répondu ni avec %2, ni avec ses anciens paramètres (%3). Pour le joindre, connectez-vous avec %2 (Connexion &gt; Se connecter…) ; s&apos;il ne répond toujours pas, vérifiez son afficheur ou les paramètres de communication de sa face avant.</translation>
    </message>
    <message>
        <source>The meter refused the communications settings: nothing changed.</source>
        <translation>Le compteur a refusé les paramètres de communication : rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Written: %1. This connection cannot follow the meter (its line settings are not this tool&apos;s): set the gateway or modem to %2, then connect again.</source>
        <translation>Écrit : %1. Cette connexion ne peut pas suivre le compteur (ses réglages de ligne ne dépendent pas de cet outil) : réglez la passerelle ou le modem sur %2, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Written: %1. The meter now answers at %2.</source>
        <translation>Écrit : %1. Le compteur répond maintenant avec %2.</translation>
    </message>
    <message>
        <source>The meter refused %1 for %2 and still holds %3.</source>
        <translation>Le compteur a refusé %1 pour %2 et contient toujours %3.</translation>
    </message>
</context>
<context>
    <name>UpgradeText</name>
    <message>
        <source>bytes sent</source>
        <translation>octets envoyés</translation>
    </message>
    <message>
        <source>refused data writes</source>
        <translation>écritures de données refusées</translation>
    </message>
    <message>
        <source>losses of the link</source>
        <translation>pertes de la liaison</translation>
    </message>
    <message>
        <source>BEGIN requests</source>
        <translation>requêtes BEGIN</translation>
    </message>
    <message>
        <source>COMMIT requests</source>
        <translation>requêtes COMMIT</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation>temps (ms)</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::ClockDialog</name>
    <message>
        <source>Meter clock</source>
        <translation>Horloge du compteur</translation>
    </message>
    <message>
        <source>Meter clock (UTC):</source>
        <translation>Horloge du compteur (UTC) :</translation>
    </message>
    <message>
        <source>This computer (UTC):</source>
        <translation>Cet ordinateur (UTC) :</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>Écart :</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <source>&amp;Set from this computer</source>
        <translation>Ré&amp;gler depuis cet ordinateur</translation>
    </message>
    <message>
        <source>Reading the meter&apos;s clock…</source>
        <translation>Lecture de l&apos;horloge du compteur…</translation>
    </message>
    <message>
        <source>Setting the meter&apos;s clock from this computer&apos;s…</source>
        <translation>Mise à l&apos;heure du compteur depuis l&apos;horloge de cet ordinateur…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>the meter is %1 s ahead</source>
        <translation>le compteur avance de %1 s</translation>
    </message>
    <message>
        <source>the meter is %1 s behind</source>
        <translation>le compteur retarde de %1 s</translation>
    </message>
    <message>
        <source>Set and read back.</source>
        <translation>Réglée et relue.</translation>
    </message>
    <message>
        <source>Setting the clock failed: %1</source>
        <translation>La mise à l&apos;heure a échoué : %1</translation>
    </message>
    <message>
        <source>Reading the clock failed: %1</source>
        <translation>La lecture de l&apos;horloge a échoué : %1</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::ConnectionDialog</name>
    <message>
        <source>Demo meter (simulated EM7350)</source>
        <translation>Compteur de démonstration (EM7350 simulé)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Impaire</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Paire</translation>
    </message>
    <message>
        <source>Connect to a meter</source>
        <translation>Se connecter à un compteur</translation>
    </message>
    <message>
        <source>(choose a recent connection)</source>
        <translation>(choisir une connexion récente)</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Récentes :</translation>
    </message>
    <message>
        <source>&amp;Serial</source>
        <translation>&amp;Série</translation>
    </message>
    <message>
        <source>&amp;Modem</source>
        <translation>&amp;Modem</translation>
    </message>
    <message>
        <source>A meter with an Ethernet port, speaking Modbus TCP.</source>
        <translation>Un compteur avec un port Ethernet, qui parle Modbus TCP.</translation>
    </message>
    <message>
        <source>&amp;TCP</source>
        <translation>&amp;TCP</translation>
    </message>
    <message>
        <source>A serial meter behind a gateway that passes Modbus RTU frames over a raw TCP socket.</source>
        <translation>Un compteur série derrière une passerelle qui transmet les trames Modbus RTU sur un socket TCP brut.</translation>
    </message>
    <message>
        <source>&amp;Gateway (RTU over TCP)</source>
        <translation>Passere&amp;lle (RTU sur TCP)</translation>
    </message>
    <message>
        <source>&amp;Demo meter</source>
        <translation>Compteur de &amp;démonstration</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation>&amp;Vitesse (bauds) :</translation>
    </message>
    <message>
        <source>P&amp;arity:</source>
        <translation>P&amp;arité :</translation>
    </message>
    <message>
        <source>&amp;Unit ID:</source>
        <translation>&amp;ID d&apos;unité :</translation>
    </message>
    <message>
        <source>Try every baud rate, parity and unit ID to find the meters on this port.</source>
        <translation>Essayer chaque vitesse, parité et ID d&apos;unité pour trouver les compteurs sur ce port.</translation>
    </message>
    <message>
        <source>e.g. 5551234</source>
        <translation>par ex. 5551234</translation>
    </message>
    <message>
        <source>P&amp;hone number:</source>
        <translation>&amp;Numéro de téléphone :</translation>
    </message>
    <message>
        <source>&amp;Init string:</source>
        <translation>&amp;Chaîne d&apos;initialisation :</translation>
    </message>
    <message>
        <source>The modem dials, then Modbus RTU runs over the call (19200 8E1 at the meter end).</source>
        <translation>Le modem appelle, puis Modbus RTU passe par la communication (19200 8E1 côté compteur).</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nom d&apos;hôte ou adresse IP</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Try Commissioner without a meter.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The demo meter is a simulated EM7350 (serial DEMO-0001, firmware 1.0.0) running inside this program. Read its identity and live values, save and restore its template, and upgrade its firmware as you would a real one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Essayez Commissioner sans compteur.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Le compteur de démonstration est un EM7350 simulé (n° de série DEMO-0001, firmware 1.0.0) qui tourne dans ce programme. Lisez son identité et ses mesures en direct, enregistrez et restaurez son modèle, et mettez à niveau son firmware comme sur un vrai compteur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a port to scan first.</source>
        <translation>Choisissez d&apos;abord un port à balayer.</translation>
    </message>
    <message>
        <source>Trying %1 baud, parity %2, unit %3…</source>
        <translation>Essai à %1 bauds, parité %2, unité %3…</translation>
    </message>
    <message numerus="yes">
        <source>Unit %1 at %2 baud, parity %3, %n stop bit(s)</source>
        <translation>
            <numerusform>Unité %1 à %2 bauds, parité %3, %n bit de stop</numerusform>
            <numerusform>Unité %1 à %2 bauds, parité %3, %n bits de stop</numerusform>
        </translation>
    </message>
    <message>
        <source>The port could not be used: %1</source>
        <translation>Le port n&apos;a pas pu être utilisé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Scan stopped; %n meter(s) found.</source>
        <translation>
            <numerusform>Balayage arrêté ; %n compteur trouvé.</numerusform>
            <numerusform>Balayage arrêté ; %n compteurs trouvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan done; %n meter(s) found. Pick one to use its settings.</source>
        <translation>
            <numerusform>Balayage terminé ; %n compteur trouvé. Choisissez-en un pour utiliser ses réglages.</numerusform>
            <numerusform>Balayage terminé ; %n compteurs trouvés. Choisissez-en un pour utiliser ses réglages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop b&amp;its:</source>
        <translation>&amp;Bits de stop :</translation>
    </message>
    <message>
        <source>Scan th&amp;e bus…</source>
        <translation>Bala&amp;yer le bus…</translation>
    </message>
    <message>
        <source>Stop sca&amp;n</source>
        <translation>Arrêter le balaya&amp;ge</translation>
    </message>
    <message>
        <source>Modem de&amp;vice:</source>
        <translation>&amp;Port du modem :</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::GuideDialog</name>
    <message>
        <source>Commissioner guide</source>
        <translation>Guide de Commissioner</translation>
    </message>
    <message>
        <source>The guide is missing from this build of Commissioner.</source>
        <translation>Le guide est absent de cette version de Commissioner.</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::HistoryDialog</name>
    <message>
        <source>History of %1 %2</source>
        <translation>Historique de %1 %2</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Date (heure locale)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>Tous les paramètres</translation>
    </message>
    <message>
        <source>&amp;Setting:</source>
        <translation>&amp;Paramètre :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message>
        <source>No change of this meter is recorded in %1.</source>
        <translation>Aucune modification de ce compteur n&apos;est enregistrée dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recorded change(s) shown.</source>
        <translation>
            <numerusform>Affichage : %1 sur %n modification enregistrée.</numerusform>
            <numerusform>Affichage : %1 sur %n modifications enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the history could not be read and were skipped.</source>
        <translation>
            <numerusform>%n ligne de l&apos;historique n&apos;a pas pu être lue et a été ignorée.</numerusform>
            <numerusform>%n lignes de l&apos;historique n&apos;ont pas pu être lues et ont été ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>reads back otherwise</source>
        <translation>relu avec une autre valeur</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>not read back</source>
        <translation>non relu</translation>
    </message>
    <message>
        <source>refused by the meter</source>
        <translation>refusé par le compteur</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>non écrit</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::LiveReadingsPanel</name>
    <message>
        <source>Live readings</source>
        <translation>Mesures en direct</translation>
    </message>
    <message>
        <source>V%1:</source>
        <translation>V%1 :</translation>
    </message>
    <message>
        <source>I%1:</source>
        <translation>I%1 :</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Puissance :</translation>
    </message>
    <message>
        <source>Reactive:</source>
        <translation>Réactive :</translation>
    </message>
    <message>
        <source>Apparent:</source>
        <translation>Apparente :</translation>
    </message>
    <message>
        <source>Power factor:</source>
        <translation>Facteur de puissance :</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>Fréquence :</translation>
    </message>
    <message>
        <source>Since power-up:</source>
        <translation>Depuis la mise sous tension :</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>%1 V</source>
        <translation>%1 V</translation>
    </message>
    <message>
        <source>%1 A</source>
        <translation>%1 A</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>%1 kvar</source>
        <translation>%1 kvar</translation>
    </message>
    <message>
        <source>%1 kVA</source>
        <translation>%1 kVA</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::MainWindow</name>
    <message>
        <source>Commissioner</source>
        <translation>Commissioner</translation>
    </message>
    <message>
        <source>&amp;Meter</source>
        <translation>Co&amp;mpteur</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Demo meter</source>
        <translation>Compteur de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Upgrade firmware…</source>
        <translation>&amp;Mettre à niveau le firmware…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Commissioner</source>
        <translation>À &amp;propos de Commissioner</translation>
    </message>
    <message>
        <source>About Commissioner</source>
        <translation>À propos de Commissioner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commissioner %1&lt;/h3&gt;&lt;p&gt;Commissioning tool for Modbus power meters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commissioner %1&lt;/h3&gt;&lt;p&gt;Outil de mise en service pour compteurs d&apos;énergie Modbus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (compilé avec Qt %2)</translation>
    </message>
    <message>
        <source>libmodbus %1 (built with %2)</source>
        <translation>libmodbus %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>libsodium %1</source>
        <translation>libsodium %1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>The demo meter could not start: %1</source>
        <translation>Le compteur de démonstration n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Starting the demo meter…</source>
        <translation>Démarrage du compteur de démonstration…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Paused while the upgrade runs.</source>
        <translation>En pause pendant la mise à niveau.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Connected to the demo meter (%1)</source>
        <translation>Connecté au compteur de démonstration (%1)</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connecté : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>No readings: the meter is not in normal mode.</source>
        <translation>Pas de mesures : le compteur n&apos;est pas en mode normal.</translation>
    </message>
    <message>
        <source>Meter %1 %2, firmware %3, %4.</source>
        <translation>Compteur %1 %2, firmware %3, %4.</translation>
    </message>
    <message>
        <source>Active events: %1</source>
        <translation>Événements actifs : %1</translation>
    </message>
    <message>
        <source>No reading: %1</source>
        <translation>Pas de mesure : %1</translation>
    </message>
    <message>
        <source>The meter could not be read: %1</source>
        <translation>Le compteur n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Connect to a meter first.</source>
        <translation>Connectez-vous d&apos;abord à un compteur.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>The call could not be made: %1

Check the phone number, the modem&apos;s init string, the cable to the modem and the telephone line.</source>
        <translation>L&apos;appel n&apos;a pas pu aboutir : %1

Vérifiez le numéro de téléphone, la chaîne d&apos;initialisation du modem, le câble vers le modem et la ligne téléphonique.</translation>
    </message>
    <message>
        <source>&amp;Clock…</source>
        <translation>&amp;Horloge…</translation>
    </message>
    <message>
        <source>&amp;XMODEM recovery…</source>
        <translation>Récupération &amp;XMODEM…</translation>
    </message>
    <message>
        <source>Meter clock: %1 (%2 s from this computer).</source>
        <translation>Horloge du compteur : %1 (%2 s d&apos;écart avec cet ordinateur).</translation>
    </message>
    <message>
        <source>XMODEM recovery: %1 %2 installed firmware %3.</source>
        <translation>Récupération XMODEM : %1 %2 a installé le firmware %3.</translation>
    </message>
    <message>
        <source>M&amp;eter</source>
        <translation>Comp&amp;teur</translation>
    </message>
    <message>
        <source>Set&amp;up</source>
        <translation>Confi&amp;guration</translation>
    </message>
    <message>
        <source>Tem&amp;plates</source>
        <translation>Modè&amp;les</translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation>&amp;Se déconnecter</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>Connected, but the meter could not be read</source>
        <translation>Connecté, mais le compteur n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>Lost the meter: %1</source>
        <translation>Compteur perdu : %1</translation>
    </message>
    <message>
        <source>Not connected: no answer from %1</source>
        <translation>Non connecté : pas de réponse de %1</translation>
    </message>
    <message>
        <source>The meter answers again.</source>
        <translation>Le compteur répond à nouveau.</translation>
    </message>
    <message>
        <source>The connection now talks to the meter at %1.</source>
        <translation>La connexion dialogue maintenant avec le compteur via %1.</translation>
    </message>
    <message>
        <source>Meter clock set from this computer&apos;s clock (backup %1).</source>
        <translation>Horloge du compteur réglée sur l&apos;horloge de cet ordinateur (sauvegarde %1).</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>H&amp;istorique…</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <source>The commissioning report was not written: %1</source>
        <translation>Le rapport de mise en service n&apos;a pas été écrit : %1</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::MeterPanel</name>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle d&apos;appareil :</translation>
    </message>
    <message>
        <source>Device type:</source>
        <translation>Type d&apos;appareil :</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Numéro de série :</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Firmware :</translation>
    </message>
    <message>
        <source>Hardware revision:</source>
        <translation>Révision matérielle :</translation>
    </message>
    <message>
        <source>Bootloader:</source>
        <translation>Bootloader :</translation>
    </message>
    <message>
        <source>Flash:</source>
        <translation>Flash :</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source>Active events:</source>
        <translation>Événements actifs :</translation>
    </message>
    <message>
        <source>Firmware upgrade state</source>
        <translation>État de la mise à niveau du firmware</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Transfer status:</source>
        <translation>État du transfert :</translation>
    </message>
    <message>
        <source>Stored image:</source>
        <translation>Image stockée :</translation>
    </message>
    <message>
        <source>Upgrade to it…</source>
        <translation>Mettre à niveau vers celui-ci…</translation>
    </message>
    <message>
        <source>Package folder:</source>
        <translation>Dossier des paquets :</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>aucun installé</translation>
    </message>
    <message>
        <source>dual bank (keeps measuring while upgrading)</source>
        <translation>double banc (continue à mesurer pendant la mise à niveau)</translation>
    </message>
    <message>
        <source>single bank (stops measuring while upgrading)</source>
        <translation>banc unique (cesse de mesurer pendant la mise à niveau)</translation>
    </message>
    <message>
        <source>%1 of %2 of firmware %3 (%4 %)</source>
        <translation>%1 sur %2 du firmware %3 (%4 %)</translation>
    </message>
    <message>
        <source>none pending</source>
        <translation>aucune en attente</translation>
    </message>
    <message>
        <source>No package folder set (Tools ▸ Settings).</source>
        <translation>Aucun dossier de paquets défini (Outils ▸ Paramètres).</translation>
    </message>
    <message>
        <source>No newer firmware for this meter in %1.</source>
        <translation>Pas de firmware plus récent pour ce compteur dans %1.</translation>
    </message>
    <message>
        <source>Firmware %1 is available: %2 (%3)</source>
        <translation>Firmware %1 disponible : %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Recover…</source>
        <translation>&amp;Récupérer…</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::ReportDialog</name>
    <message>
        <source>Commissioning report of %1 %2</source>
        <translation>Rapport de mise en service de %1 %2</translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation>Écrire le &amp;rapport</translation>
    </message>
    <message>
        <source>The meter could not be read: %1</source>
        <translation>Le compteur n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File (.pdf or .html):</source>
        <translation>&amp;Fichier (.pdf ou .html) :</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>&amp;Technicien :</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>Save the commissioning report</source>
        <translation>Enregistrer le rapport de mise en service</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;HTML documents (*.html *.htm)</source>
        <translation>Documents PDF (*.pdf);;Documents HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Choose the report file first.</source>
        <translation>Choisissez d&apos;abord le fichier du rapport.</translation>
    </message>
    <message>
        <source>A report file name ends in .pdf or .html.</source>
        <translation>Le nom d&apos;un fichier de rapport se termine par .pdf ou .html.</translation>
    </message>
    <message>
        <source>Replace the report?</source>
        <translation>Remplacer le rapport ?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Reading the meter for the report…</source>
        <translation>Lecture du compteur pour le rapport…</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Report on %1 %2 written to %3.</source>
        <translation>Rapport sur %1 %2 écrit dans %3.</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Les paramètres n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The live readings could not be read: %1</source>
        <translation>Les mesures en direct n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>The site and customer could not be kept for the next report: %1</source>
        <translation>Le site et le client n&apos;ont pas pu être conservés pour le prochain rapport : %1</translation>
    </message>
    <message>
        <source>The device profiles could not be read: %1</source>
        <translation>Les profils d&apos;appareil n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The meter could not be identified: %1</source>
        <translation>Le compteur n&apos;a pas pu être identifié : %1</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long an upgrade waits for a silent meter before it stops (the meter stays resumable).</source>
        <translation>Durée pendant laquelle une mise à niveau attend un compteur muet avant de s&apos;arrêter (le compteur peut reprendre ensuite).</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Response timeout:</source>
        <translation>Délai de &amp;réponse :</translation>
    </message>
    <message>
        <source>Re&amp;tries per request:</source>
        <translation>&amp;Nouvelles tentatives par requête :</translation>
    </message>
    <message>
        <source>&amp;Wait for a silent meter:</source>
        <translation>&amp;Attente d&apos;un compteur muet :</translation>
    </message>
    <message>
        <source>&amp;Data folder (logs, backups):</source>
        <translation>&amp;Dossier de données (journaux, sauvegardes) :</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>&amp;Package folder:</source>
        <translation>Dossier des &amp;paquets :</translation>
    </message>
    <message>
        <source>Package folder</source>
        <translation>Dossier des paquets</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies the next time Commissioner starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Commissioner.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::SetupGroupEditor</name>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Show the meter&apos;s values again in this group</source>
        <translation>Réafficher les valeurs du compteur dans ce groupe</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Write this group&apos;s changed settings to the meter and read them back</source>
        <translation>Écrire dans le compteur les paramètres modifiés de ce groupe et les relire</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::SetupPage</name>
    <message>
        <source>&amp;Read from the meter</source>
        <translation>Lire &amp;depuis le compteur</translation>
    </message>
    <message>
        <source>Re&amp;vert all</source>
        <translation>Tout &amp;rétablir</translation>
    </message>
    <message>
        <source>Send &amp;all changes</source>
        <translation>&amp;Envoyer toutes les modifications</translation>
    </message>
    <message>
        <source>Last send:</source>
        <translation>Dernier envoi :</translation>
    </message>
    <message>
        <source>Connect to a meter to see and change its settings.</source>
        <translation>Connectez-vous à un compteur pour voir et modifier ses paramètres.</translation>
    </message>
    <message>
        <source>Nothing was sent:
%1</source>
        <translation>Rien n&apos;a été envoyé :
%1</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <source>%1
The settings could not be read again: %2</source>
        <translation>%1
Les paramètres n&apos;ont pas pu être relus : %2</translation>
    </message>
    <message>
        <source>Setup: the settings could not be read again: %1</source>
        <translation>Configuration : les paramètres n&apos;ont pas pu être relus : %1</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Les paramètres n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The meter is not in normal mode: its settings cannot be read or written now.</source>
        <translation>Le compteur n&apos;est pas en mode normal : ses paramètres ne peuvent pas être lus ni écrits pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No device profile for type %1.</source>
        <translation>Aucun profil d&apos;appareil pour le type %1.</translation>
    </message>
    <message>
        <source>Reading the meter&apos;s settings…</source>
        <translation>Lecture des paramètres du compteur…</translation>
    </message>
    <message>
        <source>The meter&apos;s values are shown again.</source>
        <translation>Les valeurs du compteur sont à nouveau affichées.</translation>
    </message>
    <message>
        <source>Nothing to send: no setting here differs from the meter.</source>
        <translation>Rien à envoyer : aucun paramètre ici ne diffère du compteur.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Preset the energy readings?</source>
        <translation>Prérégler les index d&apos;énergie ?</translation>
    </message>
    <message>
        <source>These are the meter&apos;s billing readings:

%1

Preset them on the meter?</source>
        <translation>Ce sont les index de facturation du compteur :

%1

Les prérégler dans le compteur ?</translation>
    </message>
    <message>
        <source>Nothing was sent: the energy preset was not confirmed.</source>
        <translation>Rien n&apos;a été envoyé : le préréglage des index d&apos;énergie n&apos;a pas été confirmé.</translation>
    </message>
    <message>
        <source>Setup: the energy preset was not confirmed; nothing was sent.</source>
        <translation>Configuration : le préréglage des index d&apos;énergie n&apos;a pas été confirmé ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Change the communications settings?</source>
        <translation>Modifier les paramètres de communication ?</translation>
    </message>
    <message>
        <source>%1

The meter answers at its new settings once it has answered this write (written last). The connection will follow it there.

Send?</source>
        <translation>%1

Le compteur répond avec ses nouveaux paramètres dès qu&apos;il a répondu à cette écriture (faite en dernier). La connexion le suivra.

Envoyer ?</translation>
    </message>
    <message>
        <source>Nothing was sent: the communications change was not confirmed.</source>
        <translation>Rien n&apos;a été envoyé : la modification de la communication n&apos;a pas été confirmée.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n setting(s) and reading them back…</source>
        <translation>
            <numerusform>Écriture de %n paramètre et relecture…</numerusform>
            <numerusform>Écriture de %n paramètres et relecture…</numerusform>
        </translation>
    </message>
    <message>
        <source>The meter&apos;s settings as read. Changed values are marked in bold until sent.</source>
        <translation>Les paramètres du compteur tels que lus. Les valeurs modifiées sont en gras jusqu&apos;à leur envoi.</translation>
    </message>
    <message>
        <source>Backup of the settings before the change: %1</source>
        <translation>Sauvegarde des paramètres avant la modification : %1</translation>
    </message>
    <message>
        <source>Setup: %1</source>
        <translation>Configuration : %1</translation>
    </message>
    <message>
        <source>Setup: %1 %2 → %3 (%4)</source>
        <translation>Configuration : %1 %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Communications settings</source>
        <translation>Paramètres de communication</translation>
    </message>
    <message>
        <source>Discard the unsent changes?</source>
        <translation>Abandonner les modifications non envoyées ?</translation>
    </message>
    <message>
        <source>These settings were changed on the Setup tab and not sent to the meter:

%1

Discard the changes?</source>
        <translation>Ces paramètres ont été modifiés dans l&apos;onglet Configuration et n&apos;ont pas été envoyés au compteur :

%1

Abandonner les modifications ?</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::SetupSettingEditor</name>
    <message>
        <source>%1 (not a valid choice)</source>
        <translation>%1 (choix non valide)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Changed: the meter holds %1.</source>
        <translation>Modifié : le compteur contient %1.</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::TemplatesPage</name>
    <message>
        <source>&amp;Save the meter&apos;s template…</source>
        <translation>&amp;Enregistrer le modèle du compteur…</translation>
    </message>
    <message>
        <source>Template &amp;file:</source>
        <translation>&amp;Fichier modèle :</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Restore these groups</source>
        <translation>Restaurer ces groupes</translation>
    </message>
    <message>
        <source>&amp;Restore to the meter</source>
        <translation>&amp;Restaurer dans le compteur</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport :</translation>
    </message>
    <message>
        <source>Connect to a meter to save, compare or restore its template.</source>
        <translation>Connectez-vous à un compteur pour enregistrer, comparer ou restaurer son modèle.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Template saved to %1</source>
        <translation>Modèle enregistré dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Template %1 restored: %2 written, %n mismatch(es)</source>
        <translation>
            <numerusform>Modèle %1 restauré : %2 écrits, %n écart</numerusform>
            <numerusform>Modèle %1 restauré : %2 écrits, %n écarts</numerusform>
        </translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>No device profile for type %1.</source>
        <translation>Aucun profil d&apos;appareil pour le type %1.</translation>
    </message>
    <message>
        <source>Not restored unless ticked: %1.</source>
        <translation>Non restaurés sauf s&apos;ils sont cochés : %1.</translation>
    </message>
    <message>
        <source>Save the meter&apos;s template</source>
        <translation>Enregistrer le modèle du compteur</translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation>Modèles (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the meter&apos;s settings…</source>
        <translation>Lecture des paramètres du compteur…</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Choisir un modèle</translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>(not on meter)</source>
        <translation>(absent du compteur)</translation>
    </message>
    <message>
        <source>The meter&apos;s settings match %1.</source>
        <translation>Les paramètres du compteur correspondent à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) differ between %1 and the meter (marked ≠).</source>
        <translation>
            <numerusform>%n paramètre diffère entre %1 et le compteur (marqué ≠).</numerusform>
            <numerusform>%n paramètres diffèrent entre %1 et le compteur (marqués ≠).</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one group to restore.</source>
        <translation>Cochez au moins un groupe à restaurer.</translation>
    </message>
    <message>
        <source>Restore the template?</source>
        <translation>Restaurer le modèle ?</translation>
    </message>
    <message>
        <source>Backups of this meter</source>
        <translation>Sauvegardes de ce compteur</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>%1 (its contents cannot be read)</source>
        <translation>%1 (son contenu est illisible)</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Compare &amp;with the meter</source>
        <translation>Comparer a&amp;vec le compteur</translation>
    </message>
    <message>
        <source>Compare &amp;backup</source>
        <translation>Comparer la &amp;sauvegarde</translation>
    </message>
    <message>
        <source>Restore b&amp;ackup…</source>
        <translation>Restaurer la sa&amp;uvegarde…</translation>
    </message>
    <message>
        <source>Reading the meter&apos;s settings again…</source>
        <translation>Relecture des paramètres du compteur…</translation>
    </message>
    <message>
        <source>Saving a backup, then writing the settings…</source>
        <translation>Enregistrement d&apos;une sauvegarde, puis écriture des paramètres…</translation>
    </message>
    <message>
        <source>Backup before the restore: %1</source>
        <translation>Sauvegarde avant la restauration : %1</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::UpgradeFlow</name>
    <message>
        <source>Recovery</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>Ce fichier est inutilisable : %1</translation>
    </message>
    <message>
        <source>Settings restored from %1.</source>
        <translation>Paramètres restaurés depuis %1.</translation>
    </message>
    <message>
        <source>Settings not restored: %1</source>
        <translation>Paramètres non restaurés : %1</translation>
    </message>
    <message>
        <source>This meter (%1) is in upgrade mode with %2 of %3 of firmware %4. It does not measure until the firmware is installed.

Recover now?</source>
        <translation>Ce compteur (%1) est en mode mise à niveau avec %2 sur %3 du firmware %4. Il ne mesure pas tant que le firmware n&apos;est pas installé.

Lancer la récupération maintenant ?</translation>
    </message>
    <message>
        <source>An interrupted upgrade of this meter (%1) to firmware %2 waits in its spare bank: %3 of %4 received. The meter goes on measuring with firmware %5.

Finish the upgrade now?</source>
        <translation>Une mise à niveau interrompue de ce compteur (%1) vers le firmware %2 attend dans son banc de réserve : %3 sur %4 reçus. Le compteur continue à mesurer avec le firmware %5.

Terminer la mise à niveau maintenant ?</translation>
    </message>
    <message>
        <source>This meter (%1) has no firmware to run: %2.

Install firmware now?</source>
        <translation>Ce compteur (%1) n&apos;a aucun firmware à exécuter : %2.

Installer un firmware maintenant ?</translation>
    </message>
    <message>
        <source>Meter %1 needs recovery: %2</source>
        <translation>Le compteur %1 nécessite une récupération : %2</translation>
    </message>
    <message>
        <source>Firmware recovery</source>
        <translation>Récupération du firmware</translation>
    </message>
    <message>
        <source>Recovery postponed.</source>
        <translation>Récupération reportée.</translation>
    </message>
    <message>
        <source>The package of the meter&apos;s pending image was not found in the data or package folder.</source>
        <translation>Le paquet de l&apos;image en attente du compteur n&apos;a pas été trouvé dans le dossier de données ni dans celui des paquets.</translation>
    </message>
    <message>
        <source>Found the package of the pending image: %1 (%2)</source>
        <translation>Paquet de l&apos;image en attente trouvé : %1 (%2)</translation>
    </message>
    <message>
        <source>Choose the firmware package (.UPG) for the recovery</source>
        <translation>Choisir le paquet firmware (.UPG) pour la récupération</translation>
    </message>
    <message>
        <source>Firmware packages (*.upg *.UPG);;All files (*)</source>
        <translation>Paquets firmware (*.upg *.UPG);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Recovery postponed: no package chosen.</source>
        <translation>Récupération reportée : aucun paquet choisi.</translation>
    </message>
    <message>
        <source>Unsigned package</source>
        <translation>Paquet non signé</translation>
    </message>
    <message>
        <source>The package %1 is not signed. Use it anyway? Only do so if you trust where it came from.</source>
        <translation>Le paquet %1 n&apos;est pas signé. L&apos;utiliser quand même ? Ne le faites que si vous faites confiance à sa provenance.</translation>
    </message>
    <message>
        <source>Recovering %1 with firmware %2</source>
        <translation>Récupération de %1 avec le firmware %2</translation>
    </message>
    <message>
        <source>Upgrading %1 to firmware %2</source>
        <translation>Mise à niveau de %1 vers le firmware %2</translation>
    </message>
    <message>
        <source>Abort requested; stopping after the current request.</source>
        <translation>Abandon demandé ; arrêt après la requête en cours.</translation>
    </message>
    <message>
        <source>Upgrade of %1 to %2 started (%3).</source>
        <translation>Mise à niveau de %1 vers %2 commencée (%3).</translation>
    </message>
    <message>
        <source>Factory settings</source>
        <translation>Paramètres d&apos;usine</translation>
    </message>
    <message>
        <source>The meter came back with its factory settings and no backup of it was found. Restore its template from a saved file (Templates page) or set it by hand.</source>
        <translation>Le compteur est revenu avec ses paramètres d&apos;usine et aucune sauvegarde n&apos;a été trouvée. Restaurez son modèle depuis un fichier enregistré (page Modèles) ou réglez-le à la main.</translation>
    </message>
    <message>
        <source>Restore the settings?</source>
        <translation>Restaurer les paramètres ?</translation>
    </message>
    <message>
        <source>The package %1 cannot be used: %2.

Nothing was sent to the meter.</source>
        <translation>Le paquet %1 est inutilisable : %2.

Rien n&apos;a été envoyé au compteur.</translation>
    </message>
    <message>
        <source>Recovery postponed: %1 refused (%2).</source>
        <translation>Récupération reportée : %1 refusé (%2).</translation>
    </message>
    <message>
        <source>Recovery postponed: the unsigned package %1 was not allowed. Nothing was sent to the meter.</source>
        <translation>Récupération reportée : le paquet non signé %1 n&apos;a pas été autorisé. Rien n&apos;a été envoyé au compteur.</translation>
    </message>
    <message>
        <source>Recovering %1 with the older firmware %2</source>
        <translation>Récupération de %1 avec l&apos;ancien firmware %2</translation>
    </message>
    <message>
        <source>Downgrading %1 from firmware %2 to the older %3</source>
        <translation>Rétrogradation de %1 du firmware %2 vers l&apos;ancien %3</translation>
    </message>
    <message>
        <source>Reinstalling firmware %2 on %1</source>
        <translation>Réinstallation du firmware %2 sur %1</translation>
    </message>
    <message>
        <source>Downgrade of %1 to the older firmware %2 started (%3).</source>
        <translation>Rétrogradation de %1 vers l&apos;ancien firmware %2 commencée (%3).</translation>
    </message>
    <message numerus="yes">
        <source>The meter came back without %n of its settings.</source>
        <translation>
            <numerusform>Le compteur est revenu sans %n de ses paramètres.</numerusform>
            <numerusform>Le compteur est revenu sans %n de ses paramètres.</numerusform>
        </translation>
    </message>
    <message>
        <source>An interrupted downgrade of this meter (%1) to the older firmware %2 waits in its spare bank: %3 of %4 received. The meter goes on measuring with firmware %5.

Finish the downgrade now?</source>
        <translation>Une rétrogradation interrompue de ce compteur (%1) vers l&apos;ancien firmware %2 attend dans sa banque de réserve : %3 sur %4 reçus. Le compteur continue de mesurer avec le firmware %5.

Terminer la rétrogradation maintenant ?</translation>
    </message>
    <message>
        <source>The backup %1 is not of this meter: it is not offered.</source>
        <translation>La sauvegarde %1 n&apos;est pas celle de ce compteur : elle n&apos;est pas proposée.</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::UpgradeProgressDialog</name>
    <message>
        <source>Firmware upgrade</source>
        <translation>Mise à niveau du firmware</translation>
    </message>
    <message>
        <source>&amp;Abort…</source>
        <translation>A&amp;bandonner…</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Journal :</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Journal : %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 % — %2 of %3 — %4 — %5 left — comm efficiency %6 % — %n retry(s)</source>
        <translation>
            <numerusform>%1 % — %2 sur %3 — %4 — reste %5 — efficacité de comm. %6 % — %n nouvelle tentative</numerusform>
            <numerusform>%1 % — %2 sur %3 — %4 — reste %5 — efficacité de comm. %6 % — %n nouvelles tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>The meter is not answering. Check the cable or line; the upgrade goes on by itself when it answers again (waiting up to %1).</source>
        <translation>Le compteur ne répond pas. Vérifiez le câble ou la ligne ; la mise à niveau reprend d&apos;elle-même dès qu&apos;il répond à nouveau (attente jusqu&apos;à %1).</translation>
    </message>
    <message>
        <source>Settings backup: %1 (%2)</source>
        <translation>Sauvegarde des paramètres : %1 (%2)</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Restoring the settings from %1…</source>
        <translation>Restauration des paramètres depuis %1…</translation>
    </message>
    <message>
        <source>Settings restored from %1:</source>
        <translation>Paramètres restaurés depuis %1 :</translation>
    </message>
    <message>
        <source>Settings restore from %1 incomplete:</source>
        <translation>Restauration des paramètres depuis %1 incomplète :</translation>
    </message>
    <message>
        <source>Settings not restored: %1</source>
        <translation>Paramètres non restaurés : %1</translation>
    </message>
    <message>
        <source>Abort the upgrade?</source>
        <translation>Abandonner la mise à niveau ?</translation>
    </message>
    <message>
        <source>Stop the upgrade after the current request?

The meter keeps what it has received. Connect to it again and the upgrade resumes from there; until then a single-bank meter stays in upgrade mode and does not measure.</source>
        <translation>Arrêter la mise à niveau après la requête en cours ?

Le compteur conserve ce qu&apos;il a reçu. Reconnectez-vous et la mise à niveau reprendra à partir de là ; d&apos;ici là, un compteur à banc unique reste en mode mise à niveau et ne mesure pas.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::UpgradeWizard</name>
    <message>
        <source>Upgrade the firmware of %1</source>
        <translation>Mettre à niveau le firmware de %1</translation>
    </message>
    <message>
        <source>&amp;Start upgrade</source>
        <translation>&amp;Démarrer la mise à niveau</translation>
    </message>
    <message>
        <source>The meter could not be checked: %1</source>
        <translation>Le compteur n&apos;a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>Firmware package</source>
        <translation>Paquet firmware</translation>
    </message>
    <message>
        <source>Choose the .UPG file to install on this meter.</source>
        <translation>Choisissez le fichier .UPG à installer sur ce compteur.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>What the meter and the package say before anything is written.</source>
        <translation>Ce que disent le compteur et le paquet avant toute écriture.</translation>
    </message>
    <message>
        <source>Allow an &amp;unsigned package</source>
        <translation>Autoriser un paquet &amp;non signé</translation>
    </message>
    <message>
        <source>Allow the same or an &amp;older version</source>
        <translation>Autoriser une version identique ou plus &amp;ancienne</translation>
    </message>
    <message>
        <source>Ready to upgrade</source>
        <translation>Prêt pour la mise à niveau</translation>
    </message>
    <message>
        <source>Choose a firmware package</source>
        <translation>Choisir un paquet firmware</translation>
    </message>
    <message>
        <source>Firmware packages (*.upg *.UPG);;All files (*)</source>
        <translation>Paquets firmware (*.upg *.UPG);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be used.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Ce fichier est inutilisable.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>No: it is for device type %1, this meter is type %2.</source>
        <translation>Non : il est destiné au type d&apos;appareil %1, ce compteur est de type %2.</translation>
    </message>
    <message>
        <source>No: it is for hardware revisions %1 to %2, this meter is revision %3.</source>
        <translation>Non : il est destiné aux révisions matérielles %1 à %2, ce compteur est en révision %3.</translation>
    </message>
    <message>
        <source>Yes (type %1, hardware %2 to %3).</source>
        <translation>Oui (type %1, matériel %2 à %3).</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>meter runs</source>
        <translation>compteur actuellement en</translation>
    </message>
    <message>
        <source>Built:</source>
        <translation>Construit le :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>Fits this meter:</source>
        <translation>Convient à ce compteur :</translation>
    </message>
    <message>
        <source>Release notes:</source>
        <translation>Notes de version :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Resume the upgrade of meter %1 to firmware %2. The meter already holds part of this image; the transfer goes on from there.</source>
        <translation>Reprendre la mise à niveau du compteur %1 vers le firmware %2. Le compteur contient déjà une partie de cette image ; le transfert reprend à partir de là.</translation>
    </message>
    <message>
        <source>Upgrade meter %1 (%2) from firmware %3 to %4.</source>
        <translation>Mettre à niveau le compteur %1 (%2) du firmware %3 vers %4.</translation>
    </message>
    <message>
        <source>Its settings are read and saved first, to %1. If the meter comes back with factory settings, you will be offered to restore them.</source>
        <translation>Ses paramètres sont d&apos;abord lus et sauvegardés dans %1. Si le compteur revient avec ses paramètres d&apos;usine, il vous sera proposé de les restaurer.</translation>
    </message>
    <message>
        <source>The meter is in upgrade mode, so its settings cannot be read now; the latest backup in %1 is offered afterwards.</source>
        <translation>Le compteur est en mode mise à niveau, ses paramètres ne peuvent donc pas être lus maintenant ; la dernière sauvegarde dans %1 sera proposée ensuite.</translation>
    </message>
    <message>
        <source>This is a single-bank meter: it stops measuring until the new firmware is installed.</source>
        <translation>Ce compteur est à banc unique : il cesse de mesurer jusqu&apos;à ce que le nouveau firmware soit installé.</translation>
    </message>
    <message>
        <source>A lost connection does not harm the meter: the upgrade waits for it and resumes where it stopped.</source>
        <translation>Une perte de connexion n&apos;endommage pas le compteur : la mise à niveau l&apos;attend et reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Checking the meter…</source>
        <translation>Vérification du compteur…</translation>
    </message>
    <message>
        <source>Blocks: %1</source>
        <translation>Bloquant : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Toutes les vérifications sont réussies.</translation>
    </message>
    <message>
        <source>The upgrade can go ahead.</source>
        <translation>La mise à niveau peut avoir lieu.</translation>
    </message>
    <message>
        <source>The upgrade cannot go ahead as it is:</source>
        <translation>La mise à niveau ne peut pas avoir lieu en l&apos;état :</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Downgrade meter %1 (%2) from firmware %3 to the older %4.</source>
        <translation>Rétrograder le compteur %1 (%2) du firmware %3 vers l&apos;ancien %4.</translation>
    </message>
    <message>
        <source>Reinstall firmware %3 on meter %1 (%2).</source>
        <translation>Réinstaller le firmware %3 sur le compteur %1 (%2).</translation>
    </message>
    <message>
        <source>Reinstall the firmware of %1</source>
        <translation>Réinstaller le firmware de %1</translation>
    </message>
    <message>
        <source>&amp;Start reinstall</source>
        <translation>&amp;Démarrer la réinstallation</translation>
    </message>
    <message>
        <source>Downgrade the firmware of %1</source>
        <translation>Rétrograder le firmware de %1</translation>
    </message>
    <message>
        <source>&amp;Start downgrade</source>
        <translation>&amp;Démarrer la rétrogradation</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::XmodemRecoveryDialog</name>
    <message>
        <source>XMODEM recovery</source>
        <translation>Récupération XMODEM</translation>
    </message>
    <message>
        <source>For a meter that answers no Modbus: its recovery bootloader takes a package over the serial port for a minute after power-up.</source>
        <translation>Pour un compteur qui ne répond plus en Modbus : son bootloader de récupération accepte un paquet sur le port série pendant une minute après la mise sous tension.</translation>
    </message>
    <message>
        <source>Serial &amp;port:</source>
        <translation>&amp;Port série :</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>P&amp;ackage:</source>
        <translation>P&amp;aquet :</translation>
    </message>
    <message>
        <source>Send this &amp;unsigned package anyway</source>
        <translation>Envoyer quand même ce paquet &amp;non signé</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Ca&amp;ncel transfer</source>
        <translation>Annuler le &amp;transfert</translation>
    </message>
    <message>
        <source>Not a usable package: %1</source>
        <translation>Paquet inutilisable : %1</translation>
    </message>
    <message>
        <source>Power-cycle the meter now: waiting for its bootloader (&apos;C&apos;)… %1 s left</source>
        <translation>Coupez puis rétablissez l&apos;alimentation du compteur maintenant : attente de son bootloader (« C »)… encore %1 s</translation>
    </message>
    <message>
        <source>The bootloader answered; sending the package in %1-byte blocks…</source>
        <translation>Le bootloader a répondu ; envoi du paquet en blocs de %1 octets…</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 sur %2 octets</translation>
    </message>
    <message>
        <source>Choose a firmware package</source>
        <translation>Choisir un paquet firmware</translation>
    </message>
    <message>
        <source>Firmware packages (*.upg *.UPG);;All files (*)</source>
        <translation>Paquets firmware (*.upg *.UPG);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Vérification du paquet…</translation>
    </message>
    <message>
        <source>Firmware %1 for type %2, hardware %3-%4, %5. %6</source>
        <translation>Firmware %1 pour le type %2, matériel %3-%4, %5. %6</translation>
    </message>
    <message>
        <source>This package cannot be sent: its signature does not count.</source>
        <translation>Ce paquet ne peut pas être envoyé : sa signature n&apos;est pas reconnue.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>No bootloader answered on %1. Power-cycle the meter and press Start within its first minute, and check the cable.</source>
        <translation>Aucun bootloader n&apos;a répondu sur %1. Coupez puis rétablissez l&apos;alimentation du compteur et appuyez sur Démarrer dans la première minute, et vérifiez le câble.</translation>
    </message>
    <message>
        <source>The meter&apos;s bootloader refused the package (wrong device type, hardware revision, or a damaged file). Nothing was installed.</source>
        <translation>Le bootloader du compteur a refusé le paquet (type d&apos;appareil ou révision matérielle incorrects, ou fichier endommagé). Rien n&apos;a été installé.</translation>
    </message>
    <message>
        <source>Cancelled. The meter&apos;s bootloader will ask for a package again.</source>
        <translation>Annulé. Le bootloader du compteur redemandera un paquet.</translation>
    </message>
    <message>
        <source>The serial port failed: %1</source>
        <translation>Le port série a échoué : %1</translation>
    </message>
    <message>
        <source>The transfer failed at %1 bytes: the meter stopped acknowledging. Check the cable, power-cycle the meter and start again.</source>
        <translation>Le transfert a échoué à %1 octets : le compteur a cessé d&apos;acquitter. Vérifiez le câble, coupez puis rétablissez l&apos;alimentation du compteur et recommencez.</translation>
    </message>
    <message>
        <source>Connect to %1 now (%2) and restore its latest template backup, from %3?</source>
        <translation>Se connecter à %1 maintenant (%2) et restaurer sa dernière sauvegarde de modèle, du %3 ?</translation>
    </message>
    <message>
        <source>Connect to %1 now (%2)? No template backup of it was found: set its template by hand or from a saved file.</source>
        <translation>Se connecter à %1 maintenant (%2) ? Aucune sauvegarde de modèle n&apos;a été trouvée : réglez son modèle à la main ou depuis un fichier enregistré.</translation>
    </message>
    <message>
        <source>Meter recovered</source>
        <translation>Compteur récupéré</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>The package was sent, but the meter that answers is %1 (type %2), not type %3 as the package. Nothing was recorded.</source>
        <translation>Le paquet a été envoyé, mais le compteur qui répond est %1 (type %2), et non du type %3 du paquet. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The package was sent, but the meter answers with firmware %1, not %2. Power-cycle it and connect again.</source>
        <translation>Le paquet a été envoyé, mais le compteur répond avec le firmware %1, et non %2. Coupez puis rétablissez son alimentation et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The bootloader took the package; waiting for the meter to start (Modbus RTU, %1 baud, %2, unit %3)…</source>
        <translation>Le bootloader a accepté le paquet ; attente du démarrage du compteur (Modbus RTU, %1 bauds, %2, unité %3)…</translation>
    </message>
    <message>
        <source>The package was sent, but the meter does not answer Modbus at %1 baud, %2, unit %3 (%4). Power-cycle it and connect again.</source>
        <translation>Le paquet a été envoyé, mais le compteur ne répond pas en Modbus à %1 bauds, %2, unité %3 (%4). Coupez puis rétablissez son alimentation et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Installed: %1, serial %2, firmware %3. The meter starts with factory settings (unit %4, %5 baud, %6).</source>
        <translation>Installé : %1, numéro de série %2, firmware %3. Le compteur démarre avec ses paramètres d&apos;usine (unité %4, %5 bauds, %6).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commissioning tool for Modbus power meters.</source>
        <translation>Outil de mise en service pour compteurs d&apos;énergie Modbus.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Connect to the built-in demo meter.</source>
        <translation>Se connecter au compteur de démonstration intégré.</translation>
    </message>
    <message>
        <source>Use this data folder.</source>
        <translation>Utiliser ce dossier de données.</translation>
    </message>
    <message>
        <source>Render each main screen to PNG files in DIR and exit.</source>
        <translation>Générer chaque écran principal en fichiers PNG dans DIR et quitter.</translation>
    </message>
</context>
</TS>
