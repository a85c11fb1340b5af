<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommissionerCli</name>
    <message>
        <source>clock needs sync or show</source>
        <translation>clock erwartet sync oder show</translation>
    </message>
    <message>
        <source>clock %1 takes no arguments</source>
        <translation>clock %1 erwartet keine Argumente</translation>
    </message>
    <message>
        <source>commissioner-cli: cannot identify the meter: %1</source>
        <translation>commissioner-cli: Zähler kann nicht identifiziert werden: %1</translation>
    </message>
    <message>
        <source>commissioner-cli: the meter is in %1 mode: its clock is available only in NORMAL mode</source>
        <translation>commissioner-cli: Der Zähler ist im Modus %1: Seine Uhr ist nur im Modus NORMAL verfügbar</translation>
    </message>
    <message>
        <source>commissioner-cli: reading the clock failed: %1</source>
        <translation>commissioner-cli: Lesen der Uhr fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Meter clock:    %1 (%2 s from this computer)</source>
        <translation>Zähleruhr:      %1 (%2 s Abweichung zu diesem Computer)</translation>
    </message>
    <message>
        <source>commissioner-cli: setting the clock failed: %1</source>
        <translation>commissioner-cli: Stellen der Uhr fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Set to:         %1 (this computer&apos;s clock, UTC)</source>
        <translation>Gestellt auf:   %1 (Uhr dieses Computers, UTC)</translation>
    </message>
    <message>
        <source>commissioner-cli: reading the clock back failed: %1</source>
        <translation>commissioner-cli: Zurücklesen der Uhr fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Read back:      %1 (%2 s from this computer)</source>
        <translation>Zurückgelesen:  %1 (%2 s Abweichung zu diesem Computer)</translation>
    </message>
    <message>
        <source>warning: the meter&apos;s clock reads %1 s away from the time just set</source>
        <translation>Warnung: Die Uhr des Zählers weicht %1 s von der gerade gestellten Zeit ab</translation>
    </message>
    <message>
        <source>Modbus TCP to HOST (port 502 unless given).</source>
        <translation>Modbus TCP zu HOST (Port 502, sofern nicht angegeben).</translation>
    </message>
    <message>
        <source>Modbus RTU through a TCP gateway.</source>
        <translation>Modbus RTU über ein TCP-Gateway.</translation>
    </message>
    <message>
        <source>Modbus RTU on a serial port (COM10, /dev/ttyUSB0).</source>
        <translation>Modbus RTU an einer seriellen Schnittstelle (COM10, /dev/ttyUSB0).</translation>
    </message>
    <message>
        <source>Serial baud rate (default 19200).</source>
        <translation>Baudrate der seriellen Verbindung (Standard 19200).</translation>
    </message>
    <message>
        <source>Serial parity N, E or O (default E).</source>
        <translation>Parität der seriellen Verbindung N, E oder O (Standard E).</translation>
    </message>
    <message>
        <source>Serial stop bits 1 or 2 (default 1).</source>
        <translation>Stoppbits der seriellen Verbindung, 1 oder 2 (Standard 1).</translation>
    </message>
    <message>
        <source>Ask the serial driver for RS-485 mode.</source>
        <translation>Den seriellen Treiber um den RS-485-Modus bitten.</translation>
    </message>
    <message>
        <source>Dial through a Hayes modem on DEV.</source>
        <translation>Über ein Hayes-Modem an DEV wählen.</translation>
    </message>
    <message>
        <source>The number the modem dials.</source>
        <translation>Die Nummer, die das Modem wählt.</translation>
    </message>
    <message>
        <source>The modem&apos;s init string (default ATZ).</source>
        <translation>Der Init-String des Modems (Standard ATZ).</translation>
    </message>
    <message>
        <source>Pulse dialing instead of tone.</source>
        <translation>Impulswahl statt Tonwahl.</translation>
    </message>
    <message>
        <source>The meter&apos;s unit ID (default 1).</source>
        <translation>Die Geräteadresse (Unit-ID) des Zählers (Standard 1).</translation>
    </message>
    <message>
        <source>Response timeout per request.</source>
        <translation>Antwort-Timeout pro Anfrage.</translation>
    </message>
    <message>
        <source>Retries per request (default 3).</source>
        <translation>Wiederholungen pro Anfrage (Standard 3).</translation>
    </message>
    <message>
        <source>Pause before the first retry (default 100).</source>
        <translation>Pause vor der ersten Wiederholung (Standard 100).</translation>
    </message>
    <message>
        <source>Where logs, backups, packages and journals go (default: the app data folder).</source>
        <translation>Ort für Protokolle, Sicherungen, Pakete und Journale (Standard: der Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>commissioner-cli: %1 (see --help)</source>
        <translation>commissioner-cli: %1 (siehe --help)</translation>
    </message>
    <message>
        <source>no link given: use --tcp, --rtu-tcp, --serial or --modem</source>
        <translation>keine Verbindung angegeben: --tcp, --rtu-tcp, --serial oder --modem verwenden</translation>
    </message>
    <message>
        <source>give only one of --tcp, --rtu-tcp, --serial, --modem</source>
        <translation>nur eine der Optionen --tcp, --rtu-tcp, --serial, --modem angeben</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 muss eine Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>--tcp wants HOST or HOST:PORT, not &quot;%1&quot;</source>
        <translation>--tcp erwartet HOST oder HOST:PORT, nicht „%1“</translation>
    </message>
    <message>
        <source>--rtu-tcp wants HOST:PORT, not &quot;%1&quot;</source>
        <translation>--rtu-tcp erwartet HOST:PORT, nicht „%1“</translation>
    </message>
    <message>
        <source>--modem needs --phone NUMBER</source>
        <translation>--modem benötigt --phone NUMMER</translation>
    </message>
    <message>
        <source>--parity must be N, E or O, not &quot;%1&quot;</source>
        <translation>--parity muss N, E oder O sein, nicht „%1“</translation>
    </message>
    <message>
        <source>warning: %1 would not switch to RS-485 mode (%2); going on in its current mode</source>
        <translation>Warnung: %1 ließ sich nicht in den RS-485-Modus schalten (%2); es geht im aktuellen Modus weiter</translation>
    </message>
    <message>
        <source>commissioner-cli: cannot open %1: %2</source>
        <translation>commissioner-cli: %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>illegal function</source>
        <translation>unzulässige Funktion</translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation>unzulässige Datenadresse</translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation>unzulässiger Datenwert</translation>
    </message>
    <message>
        <source>server device failure</source>
        <translation>Gerätefehler</translation>
    </message>
    <message>
        <source>server device busy</source>
        <translation>Gerät beschäftigt</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source> (register %1, %2 registers)</source>
        <translation> (Register %1, %2 Register)</translation>
    </message>
    <message>
        <source>no answer from the meter%1; check the cable, the unit ID and the baud rate</source>
        <translation>keine Antwort vom Zähler%1; Kabel, Geräteadresse (Unit-ID) und Baudrate prüfen</translation>
    </message>
    <message>
        <source>the link was lost%1</source>
        <translation>die Verbindung ging verloren%1</translation>
    </message>
    <message>
        <source>cannot connect%1</source>
        <translation>Verbindung nicht möglich%1</translation>
    </message>
    <message>
        <source>the meter answered exception %1 (%2)%3</source>
        <translation>der Zähler antwortete mit Exception %1 (%2)%3</translation>
    </message>
    <message>
        <source>a garbled answer%1%2</source>
        <translation>eine verstümmelte Antwort%1%2</translation>
    </message>
    <message>
        <source>the request cannot be sent%1%2</source>
        <translation>die Anfrage kann nicht gesendet werden%1%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Als JSON ausgeben.</translation>
    </message>
    <message>
        <source>identify takes no arguments</source>
        <translation>identify erwartet keine Argumente</translation>
    </message>
    <message>
        <source>commissioner-cli: identify failed on %1: %2</source>
        <translation>commissioner-cli: Identifizierung an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Device type:        %1 (%2)</source>
        <translation>Gerätetyp:            %1 (%2)</translation>
    </message>
    <message>
        <source>Hardware revision:  %1</source>
        <translation>Hardware-Revision:    %1</translation>
    </message>
    <message>
        <source>Firmware:           %1</source>
        <translation>Firmware:             %1</translation>
    </message>
    <message>
        <source>Serial number:      %1</source>
        <translation>Seriennummer:         %1</translation>
    </message>
    <message>
        <source>Mode:               %1</source>
        <translation>Modus:                %1</translation>
    </message>
    <message>
        <source>Active events:      %1</source>
        <translation>Aktive Ereignisse:    %1</translation>
    </message>
    <message>
        <source>Bootloader version: %1</source>
        <translation>Bootloader-Version:   %1</translation>
    </message>
    <message>
        <source>Flash banks:        %1</source>
        <translation>Flash-Bänke:          %1</translation>
    </message>
    <message>
        <source>Register map:       version %1</source>
        <translation>Registertabelle:      Version %1</translation>
    </message>
    <message>
        <source>Upgrade state:      %1</source>
        <translation>Aktualisierungsstatus:%1</translation>
    </message>
    <message>
        <source>This meter has an unfinished firmware transfer: run `recover` to finish it.</source>
        <translation>Dieser Zähler hat eine unvollendete Firmware-Übertragung: `recover` ausführen, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>warning: register map version %1 is not the supported version %2</source>
        <translation>Warnung: Registertabellen-Version %1 ist nicht die unterstützte Version %2</translation>
    </message>
    <message>
        <source>commissioner-cli: %1 is not a valid firmware package: %2</source>
        <translation>commissioner-cli: %1 ist kein gültiges Firmware-Paket: %2</translation>
    </message>
    <message>
        <source>warning: key file %1 was not loaded</source>
        <translation>Warnung: Schlüsseldatei %1 wurde nicht geladen</translation>
    </message>
    <message>
        <source>commissioner-cli: %1: the signature does not verify; the file was changed after it was signed</source>
        <translation>commissioner-cli: %1: Die Signatur ist ungültig; die Datei wurde nach dem Signieren verändert</translation>
    </message>
    <message>
        <source>the meter&apos;s register map version %1 is not supported</source>
        <translation>die Registertabellen-Version %1 des Zählers wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the package is not signed; use --allow-unsigned if you trust where it came from</source>
        <translation>das Paket ist nicht signiert; --allow-unsigned verwenden, wenn Sie seiner Herkunft vertrauen</translation>
    </message>
    <message>
        <source>the package is not signed (allowed)</source>
        <translation>das Paket ist nicht signiert (erlaubt)</translation>
    </message>
    <message>
        <source>the package is signed with a key this tool does not trust</source>
        <translation>das Paket ist mit einem Schlüssel signiert, dem dieses Werkzeug nicht vertraut</translation>
    </message>
    <message>
        <source>the package&apos;s signature does not verify: it was changed after signing</source>
        <translation>die Signatur des Pakets ist ungültig: es wurde nach dem Signieren verändert</translation>
    </message>
    <message>
        <source>the package is for device type %1, this meter is %2</source>
        <translation>das Paket ist für Gerätetyp %1, dieser Zähler ist %2</translation>
    </message>
    <message>
        <source>the meter&apos;s hardware revision %1 is outside the package&apos;s range %2 to %3</source>
        <translation>die Hardware-Revision %1 des Zählers liegt außerhalb des Paketbereichs %2 bis %3</translation>
    </message>
    <message>
        <source>the meter has active events (%1): clear them first</source>
        <translation>der Zähler hat aktive Ereignisse (%1): zuerst quittieren</translation>
    </message>
    <message>
        <source>a site wiring fault is active; it does not block an upgrade</source>
        <translation>ein Verdrahtungsfehler vor Ort ist aktiv; er blockiert keine Aktualisierung</translation>
    </message>
    <message>
        <source>the image is %1 bytes; this meter takes at most %2</source>
        <translation>das Image hat %1 Byte; dieser Zähler nimmt höchstens %2</translation>
    </message>
    <message>
        <source>the meter already runs this version; use --allow-downgrade to install it again</source>
        <translation>der Zähler hat bereits diese Version; --allow-downgrade verwenden, um sie erneut zu installieren</translation>
    </message>
    <message>
        <source>the package is older than the meter&apos;s firmware; use --allow-downgrade</source>
        <translation>das Paket ist älter als die Firmware des Zählers; --allow-downgrade verwenden</translation>
    </message>
    <message>
        <source>same or older version (allowed)</source>
        <translation>gleiche oder ältere Version (erlaubt)</translation>
    </message>
    <message>
        <source>the meter reports a block size of %1 bytes, which the spec does not allow</source>
        <translation>der Zähler meldet eine Blockgröße von %1 Byte, die die Spezifikation nicht erlaubt</translation>
    </message>
    <message>
        <source>the meter is verifying or installing an image; the upgrade waits for it</source>
        <translation>der Zähler prüft oder installiert gerade ein Image; die Aktualisierung wartet darauf</translation>
    </message>
    <message>
        <source>the meter already holds %1 of %2 bytes of this image: the transfer resumes there</source>
        <translation>der Zähler hat bereits %1 von %2 Byte dieses Images: die Übertragung wird dort fortgesetzt</translation>
    </message>
    <message>
        <source>the meter is in upgrade mode: its settings cannot be read for a backup</source>
        <translation>der Zähler ist im Aktualisierungsmodus: seine Einstellungen können nicht für eine Sicherung gelesen werden</translation>
    </message>
    <message>
        <source>Print JSON, one object per reading.</source>
        <translation>Als JSON ausgeben, ein Objekt pro Messung.</translation>
    </message>
    <message>
        <source>Readings to take (default 1; 0 = until stopped).</source>
        <translation>Anzahl der Messungen (Standard 1; 0 = bis zum Abbruch).</translation>
    </message>
    <message>
        <source>Time between readings.</source>
        <translation>Zeit zwischen den Messungen.</translation>
    </message>
    <message>
        <source>--count and --interval-ms must be whole numbers, 0 or more</source>
        <translation>--count und --interval-ms müssen ganze Zahlen sein, 0 oder mehr</translation>
    </message>
    <message>
        <source>commissioner-cli: reading failed: %1</source>
        <translation>commissioner-cli: Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>(readings are only available while the meter runs its firmware in NORMAL mode; see `status`)</source>
        <translation>(Messwerte sind nur verfügbar, während der Zähler seine Firmware im Modus NORMAL ausführt; siehe `status`)</translation>
    </message>
    <message>
        <source>V: %1 %2 %3 V   I: %4 %5 %6 A   P: %7 kW  Q: %8 kvar  S: %9 kVA</source>
        <translation>U: %1 %2 %3 V   I: %4 %5 %6 A   P: %7 kW  Q: %8 kvar  S: %9 kVA</translation>
    </message>
    <message>
        <source>   PF: %1  f: %2 Hz  up %3 s</source>
        <translation>   PF: %1  f: %2 Hz  seit %3 s</translation>
    </message>
    <message>
        <source>Path of the .UPG package to send (empty to stop): </source>
        <translation>Pfad des zu sendenden .UPG-Pakets (leer zum Beenden): </translation>
    </message>
    <message>
        <source>The .UPG to use (else found by the meter&apos;s image SHA-256).</source>
        <translation>Das zu verwendende .UPG (sonst über den SHA-256 des Zähler-Images gesucht).</translation>
    </message>
    <message>
        <source>A folder to look for the matching package in (repeatable).</source>
        <translation>Ein Ordner, in dem das passende Paket gesucht wird (wiederholbar).</translation>
    </message>
    <message>
        <source>A folder of further trusted public keys.</source>
        <translation>Ein Ordner mit weiteren vertrauenswürdigen öffentlichen Schlüsseln.</translation>
    </message>
    <message>
        <source>Accept a package that is not signed.</source>
        <translation>Ein nicht signiertes Paket akzeptieren.</translation>
    </message>
    <message>
        <source>Restore the meter&apos;s last pre-upgrade backup if it comes back at factory settings.</source>
        <translation>Die letzte Sicherung vor der Aktualisierung zurückspielen, wenn der Zähler mit Werkseinstellungen zurückkommt.</translation>
    </message>
    <message>
        <source>How long a silent meter pauses the transfer (default 300).</source>
        <translation>Wie lange ein stummer Zähler die Übertragung pausiert (Standard 300).</translation>
    </message>
    <message>
        <source>Do not ask before starting.</source>
        <translation>Vor dem Start nicht nachfragen.</translation>
    </message>
    <message>
        <source>commissioner-cli: %1</source>
        <translation>commissioner-cli: %1</translation>
    </message>
    <message>
        <source>%1 runs firmware %2 in NORMAL mode with no transfer pending: nothing to recover.</source>
        <translation>%1 führt Firmware %2 im Modus NORMAL ohne ausstehende Übertragung aus: nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>%1 is in %2 mode, UPG_STATUS %3, %4 of %5 bytes of image %6 stored.</source>
        <translation>%1 ist im Modus %2, UPG_STATUS %3, %4 von %5 Byte des Images %6 gespeichert.</translation>
    </message>
    <message>
        <source>Found the package of that image: %1 (%2)</source>
        <translation>Paket dieses Images gefunden: %1 (%2)</translation>
    </message>
    <message>
        <source>No package with the meter&apos;s image (SHA-256 %1) was found in the journal, %2 or the folders given.</source>
        <translation>Kein Paket mit dem Image des Zählers (SHA-256 %1) im Journal, in %2 oder in den angegebenen Ordnern gefunden.</translation>
    </message>
    <message>
        <source>commissioner-cli: name the package to send with --package FILE</source>
        <translation>commissioner-cli: das zu sendende Paket mit --package DATEI angeben</translation>
    </message>
    <message>
        <source>This package is not the meter&apos;s pending image: the transfer starts again from 0.</source>
        <translation>Dieses Paket ist nicht das ausstehende Image des Zählers: die Übertragung beginnt wieder bei 0.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>commissioner-cli: not starting without --yes when there is no terminal to ask</source>
        <translation>commissioner-cli: kein Start ohne --yes, wenn es kein Terminal zum Nachfragen gibt</translation>
    </message>
    <message>
        <source>Recover %1 with firmware %2 now?</source>
        <translation>%1 jetzt mit Firmware %2 wiederherstellen?</translation>
    </message>
    <message>
        <source>normal: running its firmware, no transfer pending</source>
        <translation>normal: führt seine Firmware aus, keine Übertragung ausstehend</translation>
    </message>
    <message>
        <source>normal, with an interrupted transfer waiting in the spare bank</source>
        <translation>normal, mit einer unterbrochenen Übertragung in der Reservebank</translation>
    </message>
    <message>
        <source>normal, with a whole image stored that was never installed (commit it again)</source>
        <translation>normal, mit einem vollständig gespeicherten, nie installierten Image (erneut bestätigen)</translation>
    </message>
    <message>
        <source>in upgrade mode with part of an image: needs recovery (resume the transfer)</source>
        <translation>im Aktualisierungsmodus mit einem Teil eines Images: Wiederherstellung nötig (Übertragung fortsetzen)</translation>
    </message>
    <message>
        <source>in upgrade mode with the whole image stored: needs recovery (commit again)</source>
        <translation>im Aktualisierungsmodus mit vollständig gespeichertem Image: Wiederherstellung nötig (erneut bestätigen)</translation>
    </message>
    <message>
        <source>in upgrade mode with no image stored: needs a new transfer</source>
        <translation>im Aktualisierungsmodus ohne gespeichertes Image: neue Übertragung nötig</translation>
    </message>
    <message>
        <source>no firmware: needs a new transfer</source>
        <translation>keine Firmware: neue Übertragung nötig</translation>
    </message>
    <message>
        <source>verifying or installing an image right now</source>
        <translation>prüft oder installiert gerade ein Image</translation>
    </message>
    <message>
        <source>No backup of %1 was found: set its template by hand or from a saved file.</source>
        <translation>Keine Sicherung von %1 gefunden: die Vorlage von Hand oder aus einer gespeicherten Datei setzen.</translation>
    </message>
    <message>
        <source>commissioner-cli: nothing restored: %1</source>
        <translation>commissioner-cli: nichts zurückgespielt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Template restored from %1: %n setting(s) written and read back.</source>
        <translation>
            <numerusform>Vorlage aus %1 zurückgespielt: %n Einstellung geschrieben und zurückgelesen.</numerusform>
            <numerusform>Vorlage aus %1 zurückgespielt: %n Einstellungen geschrieben und zurückgelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Baud rates to try, in order (default 19200,9600,38400,57600,115200).</source>
        <translation>Zu probierende Baudraten, in dieser Reihenfolge (Standard 19200,9600,38400,57600,115200).</translation>
    </message>
    <message>
        <source>Parities to try, in order (default E,N,O).</source>
        <translation>Zu probierende Paritäten, in dieser Reihenfolge (Standard E,N,O).</translation>
    </message>
    <message>
        <source>Unit IDs to try (default 1-247).</source>
        <translation>Zu probierende Geräteadressen (Standard 1-247).</translation>
    </message>
    <message>
        <source>Stop at the first meter found.</source>
        <translation>Beim ersten gefundenen Zähler anhalten.</translation>
    </message>
    <message>
        <source>Print the meters found as JSON.</source>
        <translation>Die gefundenen Zähler als JSON ausgeben.</translation>
    </message>
    <message>
        <source>scan needs --serial DEV</source>
        <translation>scan benötigt --serial DEV</translation>
    </message>
    <message>
        <source>--bauds wants a list like 9600,19200</source>
        <translation>--bauds erwartet eine Liste wie 9600,19200</translation>
    </message>
    <message>
        <source>--parities wants a list of N, E and O</source>
        <translation>--parities erwartet eine Liste aus N, E und O</translation>
    </message>
    <message>
        <source>--units wants A-B within 1-247</source>
        <translation>--units erwartet A-B innerhalb von 1-247</translation>
    </message>
    <message>
        <source>Scanning %1: %2 line settings x units %3-%4; at worst %5 min %6 s (Ctrl-C stops)</source>
        <translation>Suche an %1: %2 Leitungseinstellungen x Adressen %3-%4; höchstens %5 min %6 s (Strg-C hält an)</translation>
    </message>
    <message>
        <source>found: unit %1 at %2%3</source>
        <translation>gefunden: Adresse %1 mit %2%3</translation>
    </message>
    <message>
        <source> (answered exception %1)</source>
        <translation> (antwortete mit Exception %1)</translation>
    </message>
    <message>
        <source>commissioner-cli: cannot use %1: %2</source>
        <translation>commissioner-cli: %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n meter(s) found in %1 s%2</source>
        <translation>
            <numerusform>%n Zähler in %1 s gefunden%2</numerusform>
            <numerusform>%n Zähler in %1 s gefunden%2</numerusform>
        </translation>
    </message>
    <message>
        <source> (stopped early)</source>
        <translation> (vorzeitig beendet)</translation>
    </message>
    <message>
        <source>Meter:        %1 %2, firmware %3, %4 mode</source>
        <translation>Zähler:       %1 %2, Firmware %3, Modus %4</translation>
    </message>
    <message>
        <source>State:        %1</source>
        <translation>Zustand:      %1</translation>
    </message>
    <message>
        <source>UPG_STATUS:   %1</source>
        <translation>UPG_STATUS:   %1</translation>
    </message>
    <message>
        <source>Image:        %1 of %2 bytes stored, version %3, SHA-256 %4</source>
        <translation>Image:        %1 von %2 Byte gespeichert, Version %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>Events:       %1</source>
        <translation>Ereignisse:   %1</translation>
    </message>
    <message>
        <source>Journal:      upgrade to %1 started %2, stage %3, package %4</source>
        <translation>Journal:      Aktualisierung auf %1 gestartet %2, Schritt %3, Paket %4</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1not valid JSON at line %2, column %3: %4</source>
        <translation>%1kein gültiges JSON in Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>%1not a Commissioner template (&quot;format&quot; should be &quot;commissioner-template&quot;)</source>
        <translation>%1keine Commissioner-Vorlage („format“ sollte „commissioner-template“ sein)</translation>
    </message>
    <message>
        <source>%1template format version %2 is not one this tool reads (it reads version 1); use a newer Commissioner</source>
        <translation>%1Vorlagenformat-Version %2 kann dieses Werkzeug nicht lesen (es liest Version 1); einen neueren Commissioner verwenden</translation>
    </message>
    <message>
        <source>%1the field &quot;%2&quot; is missing or invalid (%3)</source>
        <translation>%1das Feld „%2“ fehlt oder ist ungültig (%3)</translation>
    </message>
    <message>
        <source>%1no device profile knows device type %2</source>
        <translation>%1kein Geräteprofil kennt den Gerätetyp %2</translation>
    </message>
    <message>
        <source>%1unknown setting %2: it is not in this device type&apos;s profile</source>
        <translation>%1unbekannte Einstellung %2: sie ist nicht im Profil dieses Gerätetyps</translation>
    </message>
    <message>
        <source>%1the setting %2 is missing: a template holds every setting</source>
        <translation>%1die Einstellung %2 fehlt: eine Vorlage enthält jede Einstellung</translation>
    </message>
    <message>
        <source>%1setting %2: %3 is not %4</source>
        <translation>%1Einstellung %2: %3 ist nicht %4</translation>
    </message>
    <message>
        <source>%1setting %2: %3 is outside the allowed values (%4)</source>
        <translation>%1Einstellung %2: %3 liegt außerhalb der erlaubten Werte (%4)</translation>
    </message>
    <message>
        <source>%1setting %2: the unit %3 is not the profile&apos;s &quot;%4&quot;</source>
        <translation>%1Einstellung %2: die Einheit %3 ist nicht die des Profils, „%4“</translation>
    </message>
    <message>
        <source>the device profile %1 is invalid%2: %3</source>
        <translation>das Geräteprofil %1 ist ungültig%2: %3</translation>
    </message>
    <message>
        <source> (setting %1)</source>
        <translation> (Einstellung %1)</translation>
    </message>
    <message>
        <source>the template was saved from device type %1 but the meter is device type %2 (use --force-type to restore only the settings both have)</source>
        <translation>die Vorlage wurde von Gerätetyp %1 gespeichert, der Zähler ist aber Gerätetyp %2 (--force-type verwenden, um nur die gemeinsamen Einstellungen zurückzuspielen)</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;</source>
        <translation>unbekannte Gruppe „%1“</translation>
    </message>
    <message>
        <source>the meter is in %1 mode: its settings can be read and written only in NORMAL mode</source>
        <translation>der Zähler ist im Modus %1: seine Einstellungen können nur im Modus NORMAL gelesen und geschrieben werden</translation>
    </message>
    <message>
        <source>template error</source>
        <translation>Vorlagenfehler</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>device profiles</source>
        <translation>Geräteprofile</translation>
    </message>
    <message>
        <source>%1: cannot identify the meter on %2: %3</source>
        <translation>%1: Zähler an %2 kann nicht identifiziert werden: %3</translation>
    </message>
    <message>
        <source>%1: no device profile for device type %2 (%3); add one to %4</source>
        <translation>%1: kein Geräteprofil für Gerätetyp %2 (%3); eines in %4 hinzufügen</translation>
    </message>
    <message>
        <source>%1 %2 (device type %3, firmware %4)</source>
        <translation>%1 %2 (Gerätetyp %3, Firmware %4)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Why the template is saved (default manual).</source>
        <translation>Grund für das Speichern der Vorlage (Standard manual).</translation>
    </message>
    <message>
        <source>template save takes one FILE</source>
        <translation>template save erwartet eine DATEI</translation>
    </message>
    <message>
        <source>reading the settings</source>
        <translation>Lesen der Einstellungen</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>warning: every setting is at its factory default: did the meter lose its settings (a restart during an upgrade)? A backup may hold them: see `template list`.</source>
        <translation>Warnung: Jede Einstellung steht auf Werkseinstellung: Hat der Zähler seine Einstellungen verloren (Neustart während einer Aktualisierung)? Eine Sicherung kann sie enthalten: siehe `template list`.</translation>
    </message>
    <message>
        <source>Show only the settings that differ.</source>
        <translation>Nur die abweichenden Einstellungen zeigen.</translation>
    </message>
    <message>
        <source>template diff takes FILE, or FILE FILE2</source>
        <translation>template diff erwartet DATEI oder DATEI DATEI2</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>meter %1</source>
        <translation>Zähler %1</translation>
    </message>
    <message>
        <source>Show what would be written; write nothing.</source>
        <translation>Zeigen, was geschrieben würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Restore a template of another device type: only the settings both have.</source>
        <translation>Eine Vorlage eines anderen Gerätetyps zurückspielen: nur die gemeinsamen Einstellungen.</translation>
    </message>
    <message>
        <source>Do not ask before writing.</source>
        <translation>Vor dem Schreiben nicht nachfragen.</translation>
    </message>
    <message>
        <source>template restore takes one FILE</source>
        <translation>template restore erwartet eine DATEI</translation>
    </message>
    <message>
        <source>Template: %1 (saved %2 from %3 %4, reason %5)</source>
        <translation>Vorlage:  %1 (gespeichert %2 von %3 %4, Grund %5)</translation>
    </message>
    <message>
        <source>Meter:    %1</source>
        <translation>Zähler:   %1</translation>
    </message>
    <message>
        <source>Note: the template is for device type %1; only the settings both device types have are restored.</source>
        <translation>Hinweis: Die Vorlage ist für Gerätetyp %1; nur die Einstellungen, die beide Gerätetypen haben, werden zurückgespielt.</translation>
    </message>
    <message>
        <source>Not on this meter, skipped:</source>
        <translation>Nicht auf diesem Zähler, übersprungen:</translation>
    </message>
    <message>
        <source>Groups restored: %1</source>
        <translation>Zurückgespielte Gruppen: %1</translation>
    </message>
    <message>
        <source>Left out: %1: %2 (add it with --groups)</source>
        <translation>Ausgelassen: %1: %2 (mit --groups hinzufügen)</translation>
    </message>
    <message>
        <source>Not chosen:</source>
        <translation>Nicht gewählt:</translation>
    </message>
    <message numerus="yes">
        <source>The meter already has every one of these %n setting(s): nothing to write.</source>
        <translation>
            <numerusform>Der Zähler hat diese Einstellung bereits: nichts zu schreiben.</numerusform>
            <numerusform>Der Zähler hat jede dieser %n Einstellungen bereits: nichts zu schreiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1: not writing without confirmation: no terminal to ask on; give --yes</source>
        <translation>%1: kein Schreiben ohne Bestätigung: kein Terminal zum Nachfragen; --yes angeben</translation>
    </message>
    <message numerus="yes">
        <source>Write %n setting(s) to meter %1?</source>
        <translation>
            <numerusform>%n Einstellung auf Zähler %1 schreiben?</numerusform>
            <numerusform>%n Einstellungen auf Zähler %1 schreiben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing written.</source>
        <translation>Nichts geschrieben.</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Geschrieben:</translation>
    </message>
    <message>
        <source>Sent, no answer (may or may not be applied):</source>
        <translation>Gesendet, keine Antwort (evtl. übernommen, evtl. nicht):</translation>
    </message>
    <message>
        <source>Not written:</source>
        <translation>Nicht geschrieben:</translation>
    </message>
    <message>
        <source>Run the same command again to complete the restore.</source>
        <translation>Denselben Befehl erneut ausführen, um das Zurückspielen abzuschließen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n setting(s) in %1 request(s).</source>
        <translation>
            <numerusform>%n Einstellung in %1 Anfrage(n) geschrieben.</numerusform>
            <numerusform>%n Einstellungen in %1 Anfrage(n) geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-back failed: %1</source>
        <translation>Zurücklesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The communications settings may have changed how the meter answers; connect with its new settings and run `template diff %1`.</source>
        <translation>Die Kommunikationseinstellungen haben evtl. geändert, wie der Zähler antwortet; mit seinen neuen Einstellungen verbinden und `template diff %1` ausführen.</translation>
    </message>
    <message numerus="yes">
        <source>Read-back: %n setting(s) differ from the template:</source>
        <translation>
            <numerusform>Zurücklesen: %n Einstellung weicht von der Vorlage ab:</numerusform>
            <numerusform>Zurücklesen: %n Einstellungen weichen von der Vorlage ab:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: wrote %2, reads %3</source>
        <translation>  %1: geschrieben %2, gelesen %3</translation>
    </message>
    <message>
        <source>Read-back: every setting written reads as in the template.</source>
        <translation>Zurücklesen: jede geschriebene Einstellung liest sich wie in der Vorlage.</translation>
    </message>
    <message>
        <source>template list takes no arguments</source>
        <translation>template list erwartet keine Argumente</translation>
    </message>
    <message>
        <source>No template backups in %1</source>
        <translation>Keine Vorlagensicherungen in %1</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Gespeichert (UTC)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>  (unreadable)</source>
        <translation>  (nicht lesbar)</translation>
    </message>
    <message>
        <source>template needs save, diff, restore or list</source>
        <translation>template erwartet save, diff, restore oder list</translation>
    </message>
    <message>
        <source>unknown template command &quot;%1&quot; (save, diff, restore, list)</source>
        <translation>unbekannter template-Befehl „%1“ (save, diff, restore, list)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>upg %1: %2 (see `upg %1 --help`)</source>
        <translation>upg %1: %2 (siehe `upg %1 --help`)</translation>
    </message>
    <message>
        <source>unsigned (usable only when unsigned packages are allowed explicitly)</source>
        <translation>nicht signiert (nur verwendbar, wenn nicht signierte Pakete ausdrücklich erlaubt sind)</translation>
    </message>
    <message>
        <source>verified, signed by trusted key &quot;%1&quot; (key id %2)</source>
        <translation>geprüft, signiert mit vertrauenswürdigem Schlüssel „%1“ (Schlüssel-ID %2)</translation>
    </message>
    <message>
        <source>signed by an unknown key (key id %1): not trusted</source>
        <translation>mit unbekanntem Schlüssel signiert (Schlüssel-ID %1): nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>BAD SIGNATURE: does not verify with trusted key id %1</source>
        <translation>UNGÜLTIGE SIGNATUR: nicht gültig mit vertrauenswürdiger Schlüssel-ID %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>yes, every rule of the .UPG format holds</source>
        <translation>ja, jede Regel des .UPG-Formats ist erfüllt</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>File SHA-256</source>
        <translation>SHA-256 der Datei</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>Formatversion</translation>
    </message>
    <message>
        <source>Header size</source>
        <translation>Headergröße</translation>
    </message>
    <message>
        <source>Header CRC-32</source>
        <translation>Header-CRC-32</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Hardware revisions</source>
        <translation>Hardware-Revisionen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Firmware version</source>
        <translation>Firmware-Version</translation>
    </message>
    <message>
        <source>Build time</source>
        <translation>Erstellungszeit</translation>
    </message>
    <message>
        <source>%1 (%2 s since 1970 UTC)</source>
        <translation>%1 (%2 s seit 1970 UTC)</translation>
    </message>
    <message>
        <source>Payload size</source>
        <translation>Nutzdatengröße</translation>
    </message>
    <message>
        <source>Payload SHA-256</source>
        <translation>SHA-256 der Nutzdaten</translation>
    </message>
    <message>
        <source>Payload CRC-32</source>
        <translation>CRC-32 der Nutzdaten</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Versionshinweise</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>warning: key left out: %1</source>
        <translation>Warnung: Schlüssel ausgelassen: %1</translation>
    </message>
    <message>
        <source>Check a .UPG package against every rule of the format and show its fields.
Exit code 0: valid, and verified or unsigned; 5: invalid, or signed by an
unknown key, or a bad signature (the reason is one line on stderr).</source>
        <translation>Ein .UPG-Paket gegen jede Regel des Formats prüfen und seine Felder anzeigen.
Exit-Code 0: gültig und geprüft oder nicht signiert; 5: ungültig, mit einem unbekannten
Schlüssel signiert oder ungültige Signatur (der Grund steht in einer Zeile auf stderr).</translation>
    </message>
    <message>
        <source>The .UPG package.</source>
        <translation>Das .UPG-Paket.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Also trust the public keys (*.pub) in DIR.</source>
        <translation>Auch den öffentlichen Schlüsseln (*.pub) in DIR vertrauen.</translation>
    </message>
    <message>
        <source>name exactly one package file</source>
        <translation>genau eine Paketdatei angeben</translation>
    </message>
    <message>
        <source>%1: not a valid .UPG package: %2 [rule %3]</source>
        <translation>%1: kein gültiges .UPG-Paket: %2 [Regel %3]</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: abgelehnt: %2</translation>
    </message>
    <message>
        <source>--hw takes MIN MAX or MIN:MAX</source>
        <translation>--hw erwartet MIN MAX oder MIN:MAX</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--hw takes two revisions from 0 to 65535, as MIN MAX or MIN:MAX</source>
        <translation>--hw erwartet zwei Revisionen von 0 bis 65535, als MIN MAX oder MIN:MAX</translation>
    </message>
    <message>
        <source>--hw: MIN %1 is above MAX %2</source>
        <translation>--hw: MIN %1 ist größer als MAX %2</translation>
    </message>
    <message>
        <source>Build a .UPG package from a firmware image.</source>
        <translation>Ein .UPG-Paket aus einem Firmware-Image erstellen.</translation>
    </message>
    <message>
        <source>The firmware image file.</source>
        <translation>Die Firmware-Image-Datei.</translation>
    </message>
    <message>
        <source>Device type, e.g. 7350 (1-65535).</source>
        <translation>Gerätetyp, z. B. 7350 (1-65535).</translation>
    </message>
    <message>
        <source>Hardware revisions it runs on: MIN MAX, or MIN:MAX.</source>
        <translation>Hardware-Revisionen, auf denen es läuft: MIN MAX oder MIN:MAX.</translation>
    </message>
    <message>
        <source>The version the meter reports once it runs this image.</source>
        <translation>Die Version, die der Zähler meldet, sobald er dieses Image ausführt.</translation>
    </message>
    <message>
        <source>Release notes, a UTF-8 text file.</source>
        <translation>Versionshinweise, eine UTF-8-Textdatei.</translation>
    </message>
    <message>
        <source>Seconds since 1970 UTC (default: $SOURCE_DATE_EPOCH, else now).</source>
        <translation>Sekunden seit 1970 UTC (Standard: $SOURCE_DATE_EPOCH, sonst jetzt).</translation>
    </message>
    <message>
        <source>Sign with this secret key file (.key).</source>
        <translation>Mit dieser geheimen Schlüsseldatei (.key) signieren.</translation>
    </message>
    <message>
        <source>The package to write.</source>
        <translation>Das zu schreibende Paket.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--type takes a device type from 1 to 65535</source>
        <translation>--type erwartet einen Gerätetyp von 1 bis 65535</translation>
    </message>
    <message>
        <source>--version takes X.Y.Z, each 0 to 65535</source>
        <translation>--version erwartet X.Y.Z, jeweils 0 bis 65535</translation>
    </message>
    <message>
        <source>--build-time takes seconds since 1970 UTC</source>
        <translation>--build-time erwartet Sekunden seit 1970 UTC</translation>
    </message>
    <message>
        <source>%1: cannot read the payload: %2</source>
        <translation>%1: Nutzdaten können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot build the package: %1 [rule %2]</source>
        <translation>Paket kann nicht erstellt werden: %1 [Regel %2]</translation>
    </message>
    <message>
        <source>%1: cannot read the release notes: %2</source>
        <translation>%1: Versionshinweise können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: release notes must be UTF-8 text without NUL bytes</source>
        <translation>%1: Versionshinweise müssen UTF-8-Text ohne NUL-Bytes sein</translation>
    </message>
    <message>
        <source>cannot sign: %1</source>
        <translation>Signieren nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1: cannot write the package: %2</source>
        <translation>%1: Paket kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>wrote %1: %2 bytes, device type %3, hardware %4 to %5, version %6, payload %7 bytes</source>
        <translation>%1 geschrieben: %2 Byte, Gerätetyp %3, Hardware %4 bis %5, Version %6, Nutzdaten %7 Byte</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>signed with key id %1</source>
        <translation>signiert mit Schlüssel-ID %1</translation>
    </message>
    <message>
        <source>Make an Ed25519 key pair for signing packages: BASENAME.key (the secret,
readable by you only; never commit it) and BASENAME.pub (to give to the tool).
Existing files are never overwritten.</source>
        <translation>Ein Ed25519-Schlüsselpaar zum Signieren von Paketen erzeugen: BASENAME.key (geheim,
nur für Sie lesbar; nie einchecken) und BASENAME.pub (für das Werkzeug).
Vorhandene Dateien werden nie überschrieben.</translation>
    </message>
    <message>
        <source>Where to write, without extension.</source>
        <translation>Wohin schreiben, ohne Endung.</translation>
    </message>
    <message>
        <source>-o BASENAME is required</source>
        <translation>-o BASENAME ist erforderlich</translation>
    </message>
    <message>
        <source>cannot make the key pair: %1</source>
        <translation>Schlüsselpaar kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>wrote %1.key (secret: keep it private) and %1.pub</source>
        <translation>%1.key (geheim: privat halten) und %1.pub geschrieben</translation>
    </message>
    <message>
        <source>key id %1</source>
        <translation>Schlüssel-ID %1</translation>
    </message>
    <message>
        <source>upg: name a command: inspect, pack or keygen</source>
        <translation>upg: einen Befehl angeben: inspect, pack oder keygen</translation>
    </message>
    <message>
        <source>upg: unknown command &quot;%1&quot; (inspect, pack or keygen)</source>
        <translation>upg: unbekannter Befehl „%1“ (inspect, pack oder keygen)</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 MiB/s</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <source>%1% %2 ETA %3 [%4] comm %5%</source>
        <translation>%1% %2 Rest %3 [%4] Komm. %5%</translation>
    </message>
    <message>
        <source>Accept the same or an older version.</source>
        <translation>Die gleiche oder eine ältere Version akzeptieren.</translation>
    </message>
    <message>
        <source>How long a silent meter pauses the upgrade before it fails (default 300).</source>
        <translation>Wie lange ein stummer Zähler die Aktualisierung pausiert, bevor sie fehlschlägt (Standard 300).</translation>
    </message>
    <message>
        <source>Seconds to wait beyond the meter&apos;s INSTALL_SECONDS (default 30).</source>
        <translation>Sekunden Wartezeit über INSTALL_SECONDS des Zählers hinaus (Standard 30).</translation>
    </message>
    <message>
        <source>If the meter comes back at factory settings, restore its backup without asking.</source>
        <translation>Wenn der Zähler mit Werkseinstellungen zurückkommt, seine Sicherung ohne Nachfrage zurückspielen.</translation>
    </message>
    <message>
        <source>upgrade takes one package file</source>
        <translation>upgrade erwartet eine Paketdatei</translation>
    </message>
    <message>
        <source>--%1 must be seconds from 0 to 86400</source>
        <translation>--%1 muss in Sekunden von 0 bis 86400 angegeben werden</translation>
    </message>
    <message>
        <source>commissioner-cli: cannot read the meter: %1</source>
        <translation>commissioner-cli: Zähler kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Meter:   %1 (type %2, hardware %3), serial %4, firmware %5, %6 mode</source>
        <translation>Zähler:  %1 (Typ %2, Hardware %3), Seriennummer %4, Firmware %5, Modus %6</translation>
    </message>
    <message>
        <source>Package: %1 version %2 for type %3, hardware %4-%5, %6 bytes, %7</source>
        <translation>Paket:   %1 Version %2 für Typ %3, Hardware %4-%5, %6 Byte, %7</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signiert von %1</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Resume the upgrade of %1 to %2?</source>
        <translation>Aktualisierung von %1 auf %2 fortsetzen?</translation>
    </message>
    <message>
        <source>Upgrade %1 to %2? Its settings are backed up first.</source>
        <translation>%1 auf %2 aktualisieren? Die Einstellungen werden zuerst gesichert.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Upgrade done: %1 now runs %2.</source>
        <translation>Aktualisierung fertig: %1 läuft jetzt mit %2.</translation>
    </message>
    <message>
        <source>Upgrade %1. See %2</source>
        <translation>Aktualisierung %1. Siehe %2</translation>
    </message>
    <message>
        <source>The meter keeps what it received: run the same command again to resume.</source>
        <translation>Der Zähler behält, was er empfangen hat: denselben Befehl erneut ausführen, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Template backup: %1</source>
        <translation>Vorlagensicherung: %1</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>--%1 must be seconds from 1 to 3600</source>
        <translation>--%1 muss in Sekunden von 1 bis 3600 angegeben werden</translation>
    </message>
    <message>
        <source>commissioner-cli: %1 is not signed; give --allow-unsigned to send it anyway</source>
        <translation>commissioner-cli: %1 ist nicht signiert; --allow-unsigned angeben, um es trotzdem zu senden</translation>
    </message>
    <message>
        <source>Package: %1, firmware %2 for type %3, hardware %4-%5, %6 bytes</source>
        <translation>Paket: %1, Firmware %2 für Typ %3, Hardware %4-%5, %6 Byte</translation>
    </message>
    <message>
        <source>commissioner-cli: no XMODEM bootloader answered on %1; power-cycle the meter and start again within its first minute, and check the cable</source>
        <translation>commissioner-cli: an %1 hat sich kein XMODEM-Bootloader gemeldet; den Zähler aus- und wieder einschalten, innerhalb seiner ersten Minute erneut starten und das Kabel prüfen</translation>
    </message>
    <message>
        <source>commissioner-cli: the meter&apos;s bootloader refused the package (wrong device type, hardware revision, or a damaged file)</source>
        <translation>commissioner-cli: der Bootloader des Zählers hat das Paket abgelehnt (falscher Gerätetyp, falsche Hardware-Revision oder beschädigte Datei)</translation>
    </message>
    <message>
        <source>commissioner-cli: cancelled; the meter&apos;s bootloader will ask for a package again</source>
        <translation>commissioner-cli: abgebrochen; der Bootloader des Zählers fragt erneut nach einem Paket</translation>
    </message>
    <message>
        <source>commissioner-cli: the transfer failed at %1 bytes: the meter stopped acknowledging; check the cable, power-cycle the meter and start again</source>
        <translation>commissioner-cli: die Übertragung schlug bei %1 Byte fehl: der Zähler hat nicht mehr quittiert; Kabel prüfen, Zähler aus- und wieder einschalten und neu beginnen</translation>
    </message>
    <message>
        <source>commissioner-cli: the serial port failed: %1</source>
        <translation>commissioner-cli: die serielle Schnittstelle ist ausgefallen: %1</translation>
    </message>
    <message>
        <source>commissioner-cli: the transfer failed (%1)</source>
        <translation>commissioner-cli: die Übertragung ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Recover over the meter&apos;s XMODEM bootloader.</source>
        <translation>Über den XMODEM-Bootloader des Zählers wiederherstellen.</translation>
    </message>
    <message>
        <source>The .UPG package to send.</source>
        <translation>Das zu sendende .UPG-Paket.</translation>
    </message>
    <message>
        <source>How long to wait for the bootloader to ask (default 60).</source>
        <translation>Wie lange auf die Anfrage des Bootloaders gewartet wird (Standard 60).</translation>
    </message>
    <message>
        <source>How long to wait for the meter to answer Modbus afterwards (default 30).</source>
        <translation>Wie lange danach auf eine Modbus-Antwort des Zählers gewartet wird (Standard 30).</translation>
    </message>
    <message>
        <source>recover --xmodem takes no arguments</source>
        <translation>recover --xmodem erwartet keine Argumente</translation>
    </message>
    <message>
        <source>recover --xmodem needs --serial DEV</source>
        <translation>recover --xmodem benötigt --serial DEV</translation>
    </message>
    <message>
        <source>recover --xmodem works on a serial port only, not --%1</source>
        <translation>recover --xmodem funktioniert nur an einer seriellen Schnittstelle, nicht mit --%1</translation>
    </message>
    <message>
        <source>recover --xmodem needs --package FILE</source>
        <translation>recover --xmodem benötigt --package DATEI</translation>
    </message>
    <message>
        <source>  still waiting, %1 s left </source>
        <translation>  warte noch, %1 s verbleibend </translation>
    </message>
    <message>
        <source>The bootloader answered; sending %1 bytes (%2, %3-byte blocks)</source>
        <translation>Der Bootloader hat geantwortet; sende %1 Byte (%2, Blöcke zu %3 Byte)</translation>
    </message>
    <message>
        <source>  %1% (%2 of %3 bytes)</source>
        <translation>  %1% (%2 von %3 Byte)</translation>
    </message>
    <message>
        <source>  the meter asked for smaller blocks; going on with 128-byte blocks</source>
        <translation>  der Zähler hat kleinere Blöcke verlangt; weiter mit Blöcken zu 128 Byte</translation>
    </message>
    <message>
        <source>Waiting for the meter&apos;s bootloader (&apos;C&apos;) on %1... power-cycle the meter now</source>
        <translation>Warte auf den Bootloader des Zählers (&apos;C&apos;) an %1... jetzt den Zähler aus- und wieder einschalten</translation>
    </message>
    <message>
        <source>Recovered: %1 (type %2, hardware %3), serial %4, firmware %5, %6 mode</source>
        <translation>Wiederhergestellt: %1 (Typ %2, Hardware %3), Seriennummer %4, Firmware %5, Modus %6</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Saved %1 settings of %2 to %3</source>
        <translation>%1 Einstellungen von %2 in %3 gespeichert</translation>
    </message>
    <message>
        <source>Equal: all %1 settings are the same.</source>
        <translation>Gleich: alle %1 Einstellungen sind identisch.</translation>
    </message>
    <message>
        <source>%1 of %2 settings differ (marked *).</source>
        <translation>%1 von %2 Einstellungen weichen ab (mit * markiert).</translation>
    </message>
    <message>
        <source>%1 of %2 settings will change:</source>
        <translation>%1 von %2 Einstellungen ändern sich:</translation>
    </message>
    <message>
        <source>The meter restarted during the upgrade and now answers at its factory communication settings (unit %1%2). Connect with those from now on, or restore the Communications group of its backup when you are ready (that ends this session).</source>
        <translation>Der Zähler hat während der Aktualisierung neu gestartet und antwortet jetzt mit seinen werkseitigen Kommunikationseinstellungen (Adresse %1%2). Ab jetzt mit diesen verbinden oder die Gruppe Communications aus seiner Sicherung zurückspielen, wenn Sie bereit sind (das beendet diese Sitzung).</translation>
    </message>
    <message>
        <source>, %1 baud, parity %2</source>
        <translation>, %1 Baud, Parität %2</translation>
    </message>
    <message>
        <source>Restore the meter&apos;s last template backup afterwards without asking.</source>
        <translation>Danach die letzte Vorlagensicherung des Zählers ohne Nachfrage zurückspielen.</translation>
    </message>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>Die Optionen dieses Befehls anzeigen.</translation>
    </message>
    <message>
        <source>Usage: commissioner-cli [LINK] COMMAND [OPTIONS] (see commissioner-cli --help)</source>
        <translation>Aufruf: commissioner-cli [VERBINDUNG] BEFEHL [OPTIONEN] (siehe commissioner-cli --help)</translation>
    </message>
    <message>
        <source>commissioner-cli: %1 is signed with key %2, which this tool does not trust (put its .pub in %3 or give --keys DIR)</source>
        <translation>commissioner-cli: %1 ist mit dem Schlüssel %2 signiert, dem dieses Werkzeug nicht vertraut (legen Sie seine .pub in %3 ab oder geben Sie --keys DIR an)</translation>
    </message>
    <message>
        <source>Only this meter&apos;s backups (its serial number).</source>
        <translation>Nur die Sicherungen dieses Zählers (seine Seriennummer).</translation>
    </message>
    <message>
        <source>The data folder whose keys/ is trusted too (default: the app data folder).</source>
        <translation>Der Datenordner, dessen keys/ ebenfalls vertraut wird (Standard: der Datenordner der Anwendung).</translation>
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
        <translation>Aufruf: commissioner-cli upg BEFEHL [OPTIONEN]

  inspect FILE [--json] [--keys DIR] [--data-dir DIR]
                 ein .UPG-Paket prüfen und jedes Feld zeigen
  pack --payload F --type T --hw MIN MAX --version X.Y.Z [--notes F]
       [--build-time EPOCH] [--sign KEY] -o OUT
                 ein Paket erstellen
  keygen -o BASENAME
                 ein Signatur-Schlüsselpaar erzeugen (BASENAME.key, BASENAME.pub)

`upg BEFEHL --help` für die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>warning: the change could not be added to the meter&apos;s history: %1</source>
        <translation>Warnung: Die Änderung konnte nicht in den Änderungsverlauf des Zählers eingetragen werden: %1</translation>
    </message>
    <message>
        <source>%1: device profiles: %2</source>
        <translation>%1: Geräteprofile: %2</translation>
    </message>
    <message>
        <source>%1: the meter is in %2 mode: its settings can be read and written only in NORMAL mode</source>
        <translation>%1: Der Zähler ist im Modus %2: seine Einstellungen können nur im Modus NORMAL gelesen und geschrieben werden</translation>
    </message>
    <message>
        <source>Meter: %1 %2 (device type %3, firmware %4)</source>
        <translation>Zähler: %1 %2 (Gerätetyp %3, Firmware %4)</translation>
    </message>
    <message>
        <source>%1: %2: no such setting or group on this meter</source>
        <translation>%1: %2: keine solche Einstellung oder Gruppe auf diesem Zähler</translation>
    </message>
    <message>
        <source>config show [NAME|GROUP...] [--json]: the meter&apos;s settings, with their units and allowed values.</source>
        <translation>config show [NAME|GROUP...] [--json]: die Einstellungen des Zählers mit ihren Einheiten und erlaubten Werten.</translation>
    </message>
    <message>
        <source>Settings or groups to show (default: all).</source>
        <translation>Anzuzeigende Einstellungen oder Gruppen (Standard: alle).</translation>
    </message>
    <message>
        <source>%1: reading the settings: %2</source>
        <translation>%1: Lesen der Einstellungen: %2</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubte Werte</translation>
    </message>
    <message>
        <source>Communications: the meter answers at its new settings (%1).</source>
        <translation>Kommunikation: Der Zähler antwortet mit seinen neuen Einstellungen (%1).</translation>
    </message>
    <message>
        <source>From now on reach it with %1.</source>
        <translation>Ab jetzt ist er mit %1 erreichbar.</translation>
    </message>
    <message>
        <source>Communications: the meter still answers at its old settings (%1): the change did not take effect.</source>
        <translation>Kommunikation: Der Zähler antwortet noch mit seinen alten Einstellungen (%1): die Änderung ist nicht wirksam geworden.</translation>
    </message>
    <message>
        <source>Communications: written to the meter: %1. No meter answers there, nor at the old settings%2.</source>
        <translation>Kommunikation: in den Zähler geschrieben: %1. Dort antwortet kein Zähler, auch nicht mit den alten Einstellungen%2.</translation>
    </message>
    <message>
        <source>Reach it with %1 (on its RS-485 port: %2), and check the wiring and the other meters&apos; unit IDs on the bus.</source>
        <translation>Erreichbar mit %1 (an seiner RS-485-Schnittstelle: %2); Verdrahtung und die Geräteadressen der anderen Zähler am Bus prüfen.</translation>
    </message>
    <message>
        <source>Communications: the meter refused the new settings (%1); they are unchanged.</source>
        <translation>Kommunikation: Der Zähler hat die neuen Einstellungen abgelehnt (%1); sie sind unverändert.</translation>
    </message>
    <message>
        <source>Communications: written to the meter: %1. This link cannot follow a baud rate or parity change: set the gateway or modem line to %2 baud, parity %3, and use --unit %4.</source>
        <translation>Kommunikation: in den Zähler geschrieben: %1. Diese Verbindung kann einer Änderung von Baudrate oder Parität nicht folgen: die Leitung des Gateways oder Modems auf %2 Baud, Parität %3 stellen und --unit %4 verwenden.</translation>
    </message>
    <message>
        <source>Communications: written to the meter: %1.</source>
        <translation>Kommunikation: in den Zähler geschrieben: %1.</translation>
    </message>
    <message>
        <source>config set NAME=VALUE... : check every value, ask, save a backup, write each setting, read it back. Nothing is written when any value is wrong. Enum settings take their label or number (VOLTS_MODE=DELTA, COMM_BAUD=9600). COMM_* settings are written last; the tool then follows the meter to its new unit ID, baud rate and parity.</source>
        <translation>config set NAME=VALUE... : jeden Wert prüfen, nachfragen, eine Sicherung speichern, jede Einstellung schreiben und zurücklesen. Ist ein Wert falsch, wird nichts geschrieben. Auswahl-Einstellungen nehmen ihre Bezeichnung oder ihre Nummer (VOLTS_MODE=DELTA, COMM_BAUD=9600). COMM_*-Einstellungen werden zuletzt geschrieben; danach folgt das Werkzeug dem Zähler zu seiner neuen Geräteadresse, Baudrate und Parität.</translation>
    </message>
    <message>
        <source>Allow presetting energy readings (KWH_*, KVARH_*, KVAH): they change billing readings. Needed with --yes or without a terminal.</source>
        <translation>Voreinstellen der Energiezählerstände erlauben (KWH_*, KVARH_*, KVAH): Das ändert abrechnungsrelevante Zählerstände. Nötig mit --yes oder ohne Terminal.</translation>
    </message>
    <message>
        <source>Check and show what would change; write nothing.</source>
        <translation>Prüfen und anzeigen, was sich ändern würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>A setting and its new value.</source>
        <translation>Eine Einstellung und ihr neuer Wert.</translation>
    </message>
    <message>
        <source>config set needs NAME=VALUE</source>
        <translation>config set erwartet NAME=VALUE</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>nichts wurde geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) refused; nothing was written to the meter.</source>
        <translation>
            <numerusform>%1: %n Wert abgelehnt; nichts wurde auf den Zähler geschrieben.</numerusform>
            <numerusform>%1: %n Werte abgelehnt; nichts wurde auf den Zähler geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <source>The meter already holds every one of these values: nothing to write.</source>
        <translation>Der Zähler hat bereits alle diese Werte: nichts zu schreiben.</translation>
    </message>
    <message>
        <source>Note: the communications settings change how the meter answers: they are written last, and the session may end there.</source>
        <translation>Hinweis: Die Kommunikationseinstellungen ändern, wie der Zähler antwortet: sie werden zuletzt geschrieben, und die Sitzung kann dort enden.</translation>
    </message>
    <message>
        <source>The tool then looks for the meter at %1.</source>
        <translation>Das Werkzeug sucht den Zähler dann mit %1.</translation>
    </message>
    <message>
        <source>Note: %1 are energy readings used for billing; presetting them replaces what the meter has counted.</source>
        <translation>Hinweis: %1 sind abrechnungsrelevante Energiezählerstände; sie voreinzustellen ersetzt, was der Zähler gezählt hat.</translation>
    </message>
    <message>
        <source>%1: not presetting energy readings (%2) without --preset-energy; nothing was written</source>
        <translation>%1: Energiezählerstände (%2) werden ohne --preset-energy nicht voreingestellt; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Preset the energy readings %1 of meter %2?</source>
        <translation>Die Energiezählerstände %1 von Zähler %2 voreinstellen?</translation>
    </message>
    <message>
        <source>%1: saving a backup of the settings before writing: %2; nothing was written</source>
        <translation>%1: Speichern einer Sicherung der Einstellungen vor dem Schreiben: %2; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Backup of the settings before the change: %1</source>
        <translation>Sicherung der Einstellungen vor der Änderung: %1</translation>
    </message>
    <message>
        <source>%1: reading the settings: %2; nothing was written</source>
        <translation>%1: Lesen der Einstellungen: %2; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>warning: the change could not be added to the meter&apos;s history %1: %2</source>
        <translation>Warnung: Die Änderung konnte nicht in den Änderungsverlauf %1 des Zählers eingetragen werden: %2</translation>
    </message>
    <message>
        <source>The meter now holds:</source>
        <translation>Der Zähler hat jetzt:</translation>
    </message>
    <message>
        <source>Every value written reads back as set.</source>
        <translation>Jeder geschriebene Wert liest sich wie eingestellt zurück.</translation>
    </message>
    <message>
        <source>Stopped at the first failed write; the settings after it were not sent.</source>
        <translation>Beim ersten fehlgeschlagenen Schreiben angehalten; die folgenden Einstellungen wurden nicht gesendet.</translation>
    </message>
    <message>
        <source>config history [--meter SERIAL] [--json]: every recorded change of settings (config set, template restore, clock sync), oldest first. The meter is the one given by --meter, else the one on the link, else every meter in the data folder.</source>
        <translation>config history [--meter SERIAL] [--json]: jede aufgezeichnete Änderung von Einstellungen (config set, template restore, clock sync), älteste zuerst. Der Zähler ist der mit --meter angegebene, sonst der an der Verbindung, sonst jeder Zähler im Datenordner.</translation>
    </message>
    <message>
        <source>Only this meter&apos;s history (its serial number).</source>
        <translation>Nur den Verlauf dieses Zählers (seine Seriennummer).</translation>
    </message>
    <message>
        <source>Print JSON lines, as stored.</source>
        <translation>JSON-Zeilen ausgeben, wie gespeichert.</translation>
    </message>
    <message>
        <source>config history takes no arguments</source>
        <translation>config history erwartet keine Argumente</translation>
    </message>
    <message>
        <source>%1: cannot identify the meter: %2</source>
        <translation>%1: Zähler kann nicht identifiziert werden: %2</translation>
    </message>
    <message>
        <source>No change recorded for meter %1 in %2</source>
        <translation>Keine Änderung für Zähler %1 in %2 aufgezeichnet</translation>
    </message>
    <message>
        <source>No change recorded in %1</source>
        <translation>Keine Änderung in %1 aufgezeichnet</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>Result, who, via</source>
        <translation>Ergebnis, wer, womit</translation>
    </message>
    <message numerus="yes">
        <source>(%n line(s) of the history could not be read and were skipped)</source>
        <translation>
            <numerusform>(%n Zeile des Verlaufs konnte nicht gelesen werden und wurde übersprungen)</numerusform>
            <numerusform>(%n Zeilen des Verlaufs konnten nicht gelesen werden und wurden übersprungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: commissioner-cli [LINK] config show [NAME|GROUP...] [--json]
       commissioner-cli [LINK] config set NAME=VALUE... [--yes] [--preset-energy] [--dry-run]
       commissioner-cli [LINK] config history [--meter SERIAL] [--json]
Each takes --help for its own options.
</source>
        <translation>Aufruf: commissioner-cli [VERBINDUNG] config show [NAME|GROUP...] [--json]
        commissioner-cli [VERBINDUNG] config set NAME=VALUE... [--yes] [--preset-energy] [--dry-run]
        commissioner-cli [VERBINDUNG] config history [--meter SERIAL] [--json]
Jeder nimmt --help für seine eigenen Optionen.
</translation>
    </message>
    <message>
        <source>config needs show, set or history</source>
        <translation>config erwartet show, set oder history</translation>
    </message>
    <message>
        <source>unknown config command &quot;%1&quot; (show, set, history)</source>
        <translation>unbekannter config-Befehl „%1“ (show, set, history)</translation>
    </message>
    <message>
        <source>the meter reports DEVICE_MODE %1, a mode this tool does not know: nothing is written</source>
        <translation>der Zähler meldet DEVICE_MODE %1, einen Modus, den dieses Werkzeug nicht kennt: nichts wird geschrieben</translation>
    </message>
    <message>
        <source>the meter reports UPG_STATUS %1, a status this tool does not know: nothing is written</source>
        <translation>der Zähler meldet UPG_STATUS %1, einen Status, den dieses Werkzeug nicht kennt: nichts wird geschrieben</translation>
    </message>
    <message>
        <source>Accept the same or an older version (implied for the meter&apos;s own pending image).</source>
        <translation>Gleiche oder ältere Version akzeptieren (gilt automatisch für das eigene ausstehende Image des Zählers).</translation>
    </message>
    <message>
        <source>reports a mode or upgrade status this tool does not know: nothing is written to it</source>
        <translation>meldet einen Modus oder Aktualisierungsstatus, den dieses Werkzeug nicht kennt: nichts wird auf ihn geschrieben</translation>
    </message>
    <message>
        <source>report --out FILE.pdf|FILE.html [--technician NAME]: the commissioning report of the meter on the link: identity, firmware before and after its last upgrade, every setting, live readings, the checks done (the upgrade&apos;s checks, the settings against the latest backup) and the changes recorded.</source>
        <translation>report --out FILE.pdf|FILE.html [--technician NAME]: der Inbetriebnahmebericht des Zählers an der Verbindung: Identität, Firmware vor und nach seiner letzten Aktualisierung, alle Einstellungen, Live-Messwerte, die durchgeführten Prüfungen (die der Aktualisierung, die Einstellungen gegen die neueste Sicherung) und die aufgezeichneten Änderungen.</translation>
    </message>
    <message>
        <source>The report file: .pdf or .html.</source>
        <translation>Die Berichtsdatei: .pdf oder .html.</translation>
    </message>
    <message>
        <source>Who commissioned the meter (default: the user name of this computer).</source>
        <translation>Wer den Zähler in Betrieb genommen hat (Standard: der Benutzername auf diesem Computer).</translation>
    </message>
    <message>
        <source>report takes no arguments (the file goes with --out)</source>
        <translation>report erwartet keine Argumente (die Datei wird mit --out angegeben)</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf or --out FILE.html</source>
        <translation>report benötigt --out DATEI.pdf oder --out DATEI.html</translation>
    </message>
    <message>
        <source>--out %1: the report is written as .pdf or .html</source>
        <translation>--out %1: der Bericht wird als .pdf oder .html geschrieben</translation>
    </message>
    <message>
        <source>commissioner-cli: device profiles: %1</source>
        <translation>commissioner-cli: Geräteprofile: %1</translation>
    </message>
    <message>
        <source>commissioner-cli: cannot identify the meter on %1: %2</source>
        <translation>commissioner-cli: Zähler an %1 kann nicht identifiziert werden: %2</translation>
    </message>
    <message>
        <source>Report on %1 %2 written to %3</source>
        <translation>Bericht zu %1 %2 geschrieben in %3</translation>
    </message>
    <message>
        <source>warning: the settings could not be read: %1</source>
        <translation>Warnung: Die Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>warning: the live readings could not be read: %1</source>
        <translation>Warnung: Die Live-Messwerte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>commissioner-cli: the backup %1 is not of meter %2 (type %3): it is not offered</source>
        <translation>commissioner-cli: die Sicherung %1 stammt nicht von Zähler %2 (Typ %3): sie wird nicht angeboten</translation>
    </message>
    <message>
        <source>commissioner-cli: not restored: setting %1 holds %2 in the backup, which breaks its rule (%3)</source>
        <translation>commissioner-cli: nicht zurückgespielt: Einstellung %1 hat in der Sicherung den Wert %2, der ihre Regel verletzt (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME=VALUE</source>
        <translation>„%1“ hat nicht die Form NAME=VALUE</translation>
    </message>
    <message>
        <source>%1: no such setting on this meter (see `config show`)</source>
        <translation>%1: keine solche Einstellung auf diesem Zähler (siehe `config show`)</translation>
    </message>
    <message>
        <source>%1 is not a setting: %2</source>
        <translation>%1 ist keine Einstellung: %2</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 ist mehr als einmal angegeben</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number (allowed: %3)</source>
        <translation>%1: „%2“ ist keine ganze Zahl (erlaubt: %3)</translation>
    </message>
    <message>
        <source>%1: %2 is below the minimum (allowed: %3)</source>
        <translation>%1: %2 liegt unter dem Minimum (erlaubt: %3)</translation>
    </message>
    <message>
        <source>%1: %2 is above the maximum (allowed: %3)</source>
        <translation>%1: %2 liegt über dem Maximum (erlaubt: %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the choices (%3)</source>
        <translation>%1: „%2“ ist keine der Auswahlmöglichkeiten (%3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too long (%3)</source>
        <translation>%1: „%2“ ist zu lang (%3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; holds characters other than printable ASCII (%3)</source>
        <translation>%1: „%2“ enthält andere Zeichen als druckbares ASCII (%3)</translation>
    </message>
    <message>
        <source>%1: invalid value</source>
        <translation>%1: ungültiger Wert</translation>
    </message>
    <message>
        <source>unchanged: already %1</source>
        <translation>unverändert: bereits %1</translation>
    </message>
    <message>
        <source>verified: reads %1</source>
        <translation>geprüft: liest %1</translation>
    </message>
    <message>
        <source>DIFFERS: wrote %1, reads %2</source>
        <translation>ABWEICHUNG: geschrieben %1, gelesen %2</translation>
    </message>
    <message>
        <source>REFUSED by the meter, unchanged: %1</source>
        <translation>vom Zähler ABGELEHNT, unverändert: %1</translation>
    </message>
    <message>
        <source>sent, no answer: may or may not be applied (%1)</source>
        <translation>gesendet, keine Antwort: evtl. übernommen, evtl. nicht (%1)</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>nicht geschrieben</translation>
    </message>
    <message>
        <source>written, not read back</source>
        <translation>geschrieben, nicht zurückgelesen</translation>
    </message>
    <message>
        <source>written, not read back: %1</source>
        <translation>geschrieben, nicht zurückgelesen: %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>no parity</source>
        <translation>keine Parität</translation>
    </message>
    <message>
        <source>odd parity</source>
        <translation>ungerade Parität</translation>
    </message>
    <message>
        <source>even parity</source>
        <translation>gerade Parität</translation>
    </message>
    <message>
        <source>unit %1, %2 baud, %3</source>
        <translation>Adresse %1, %2 Baud, %3</translation>
    </message>
    <message>
        <source>the backup %1 read back does not give the meter&apos;s settings back%2: %3</source>
        <translation>die zurückgelesene Sicherung %1 ergibt nicht wieder die Einstellungen des Zählers%2: %3</translation>
    </message>
    <message>
        <source>warning: %1: setting %2 holds %3, which breaks its rule (%4): %5</source>
        <translation>Warnung: %1: Einstellung %2 hat den Wert %3, der ihre Regel verletzt (%4): %5</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (ungültig)</translation>
    </message>
    <message>
        <source>saved as read and flagged in the file; a restore leaves it out</source>
        <translation>wie gelesen gespeichert und in der Datei markiert; beim Zurückspielen wird sie ausgelassen</translation>
    </message>
    <message>
        <source>shown as it is in the file</source>
        <translation>so angezeigt, wie es in der Datei steht</translation>
    </message>
    <message>
        <source>Not restored: setting %1 holds %2 in the file, which breaks its rule (%3)</source>
        <translation>Nicht zurückgespielt: Einstellung %1 hat in der Datei den Wert %2, der ihre Regel verletzt (%3)</translation>
    </message>
    <message>
        <source>Not restored (invalid in the file):</source>
        <translation>Nicht zurückgespielt (in der Datei ungültig):</translation>
    </message>
    <message>
        <source>Another meter answered (serial number %1, type %2) instead of %3 (type %4). Nothing was written to it. Check the cable, the bus and the unit ID.</source>
        <translation>Ein anderer Zähler hat geantwortet (Seriennummer %1, Typ %2) statt %3 (Typ %4). Auf ihn wurde nichts geschrieben. Kabel, Bus und Geräteadresse prüfen.</translation>
    </message>
    <message>
        <source>The meter refused the block at byte %1 %2 times in a row (%3).</source>
        <translation>Der Zähler hat den Block bei Byte %1 %2-mal hintereinander abgelehnt (%3).</translation>
    </message>
    <message>
        <source>The meter stayed %1 for %2 s, longer than it says it needs.</source>
        <translation>Der Zähler blieb %2 s lang im Zustand %1, länger als er nach eigener Angabe braucht.</translation>
    </message>
    <message>
        <source>The meter reports %1 = %2, a value the protocol does not allow. Nothing more was written to it.</source>
        <translation>Der Zähler meldet %1 = %2, einen Wert, den das Protokoll nicht erlaubt. Es wurde nichts weiter auf ihn geschrieben.</translation>
    </message>
    <message>
        <source>Do not ask before sending.</source>
        <translation>Vor dem Senden nicht nachfragen.</translation>
    </message>
    <message>
        <source>Send this package to the XMODEM bootloader on %1? The meter starts with factory-default settings afterwards.</source>
        <translation>Dieses Paket an den XMODEM-Bootloader an %1 senden? Der Zähler startet danach mit Werkseinstellungen.</translation>
    </message>
    <message>
        <source>Holds that image but is not for this meter: %1 (device type %2, hardware %3 to %4; the meter is a %5, hardware %6)</source>
        <translation>Enthält dieses Abbild, ist aber nicht für diesen Zähler: %1 (Gerätetyp %2, Hardware %3 bis %4; der Zähler ist ein %5, Hardware %6)</translation>
    </message>
    <message>
        <source>a firmware upgrade is running on this meter; nothing was sent</source>
        <translation>auf diesem Zähler läuft eine Firmware-Aktualisierung; nichts wurde gesendet</translation>
    </message>
    <message>
        <source>commissioner-cli: the clock was not set: %1</source>
        <translation>commissioner-cli: die Uhr wurde nicht gestellt: %1</translation>
    </message>
    <message>
        <source>Backup:         %1</source>
        <translation>Sicherung:      %1</translation>
    </message>
    <message>
        <source>The meter already holds every setting of %1.</source>
        <translation>Der Zähler hat bereits alle Einstellungen aus %1.</translation>
    </message>
    <message>
        <source>commissioner-cli: not restored: the meter refused %1</source>
        <translation>commissioner-cli: nicht zurückgespielt: der Zähler hat %1 abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>Template restore PARTIAL from %1: %n setting(s) written and read back; the others named above.</source>
        <translation>
            <numerusform>Vorlage TEILWEISE aus %1 zurückgespielt: %n Einstellung geschrieben und zurückgelesen; die anderen oben genannt.</numerusform>
            <numerusform>Vorlage TEILWEISE aus %1 zurückgespielt: %n Einstellungen geschrieben und zurückgelesen; die anderen oben genannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template restore incomplete: %1 written, %2 unconfirmed, %3 not written, %4 differ on read-back. Run `template restore %5` again to complete it.</source>
        <translation>Zurückspielen der Vorlage unvollständig: %1 geschrieben, %2 unbestätigt, %3 nicht geschrieben, %4 beim Zurücklesen abweichend. `template restore %5` erneut ausführen, um es abzuschließen.</translation>
    </message>
    <message>
        <source>Restore it by giving --restore-template, or with: template restore %1 (the energy readings only when named: --groups energy)</source>
        <translation>Zurückspielen mit --restore-template oder mit: template restore %1 (die Energiezählerstände nur, wenn genannt: --groups energy)</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n setting(s) of the backup %1 to meter %2 now?</source>
        <translation>
            <numerusform>%n Einstellung der Sicherung %1 jetzt auf Zähler %2 zurückspielen?</numerusform>
            <numerusform>%n Einstellungen der Sicherung %1 jetzt auf Zähler %2 zurückspielen?</numerusform>
        </translation>
    </message>
    <message>
        <source>meter %1 answers, not %2 (%3): nothing was written</source>
        <translation>Zähler %1 antwortet, nicht %2 (%3): nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1 is a backup of meter %2, and this meter is %3: a meter&apos;s backup is never applied to another (a template saved with `template save` can be)</source>
        <translation>%1 ist eine Sicherung von Zähler %2, und dieser Zähler ist %3: die Sicherung eines Zählers wird nie auf einen anderen angewendet (eine mit `template save` gespeicherte Vorlage schon)</translation>
    </message>
    <message>
        <source>Note: the template was saved from meter %1, not from this meter %2.</source>
        <translation>Hinweis: Die Vorlage wurde von Zähler %1 gespeichert, nicht von diesem Zähler %2.</translation>
    </message>
    <message>
        <source>Kept as they are, as they belong to one meter: %1 (name them with --groups to copy them from %2)</source>
        <translation>Unverändert gelassen, da sie zu einem einzelnen Zähler gehören: %1 (mit --groups nennen, um sie von %2 zu übernehmen)</translation>
    </message>
    <message>
        <source>Energy readings of meter %1 that will be overwritten:</source>
        <translation>Energiezählerstände von Zähler %1, die überschrieben werden:</translation>
    </message>
    <message numerus="yes">
        <source>Write %n setting(s) of meter %1 to meter %2?</source>
        <translation>
            <numerusform>%n Einstellung von Zähler %1 auf Zähler %2 schreiben?</numerusform>
            <numerusform>%n Einstellungen von Zähler %1 auf Zähler %2 schreiben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the meter, unchanged: %1 (%2)</source>
        <translation>Vom Zähler abgelehnt, unverändert: %1 (%2)</translation>
    </message>
    <message>
        <source>The meter&apos;s settings before the restore: %1</source>
        <translation>Einstellungen des Zählers vor dem Zurückspielen: %1</translation>
    </message>
    <message>
        <source>Restore INCOMPLETE: %1</source>
        <translation>Zurückspielen UNVOLLSTÄNDIG: %1</translation>
    </message>
    <message numerus="yes">
        <source>Restore PARTIAL: %n setting(s) written and read back; these were not:</source>
        <translation>
            <numerusform>Zurückspielen TEILWEISE: %n Einstellung geschrieben und zurückgelesen; diese nicht:</numerusform>
            <numerusform>Zurückspielen TEILWEISE: %n Einstellungen geschrieben und zurückgelesen; diese nicht:</numerusform>
        </translation>
    </message>
    <message>
        <source>commissioner-cli: restore refused, nothing written: %1</source>
        <translation>commissioner-cli: Zurückspielen abgelehnt, nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>Comma-separated groups to restore (transformers, volts, clock, nameplate, energy, itc, communications, or all). Default: all but energy and communications; from another meter&apos;s template, also not nameplate.</source>
        <translation>Kommagetrennte Gruppen zum Zurückspielen (transformers, volts, clock, nameplate, energy, itc, communications oder all). Standard: alle außer energy und communications; aus der Vorlage eines anderen Zählers auch nicht nameplate.</translation>
    </message>
    <message>
        <source>commissioner-cli: not writing without confirmation: no terminal to ask on; give --yes</source>
        <translation>commissioner-cli: kein Schreiben ohne Bestätigung: kein Terminal zum Nachfragen; --yes angeben</translation>
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
        <translation>Aufruf: commissioner-cli [VERBINDUNG] [OPTIONEN] BEFEHL [ARGUMENTE]

Inbetriebnahme-Werkzeug für Modbus-Energiezähler der Serie EM7300.

Verbindung (eine davon):
  --tcp HOST[:PORT]        Modbus TCP (Port 502, sofern nicht angegeben)
  --rtu-tcp HOST:PORT      Modbus RTU über ein TCP-Gateway
  --serial DEV             Modbus RTU an einer seriellen Schnittstelle (COM10, /dev/ttyUSB0)
      [--baud N] [--parity N|E|O] [--stop-bits 1|2] [--rs485]
                           (Standard 19200 Baud, gerade Parität, 1 Stoppbit)
  --modem DEV --phone NUMBER [--init STRING] [--pulse]
                           über ein Hayes-Modem wählen, dann Modbus RTU
Optionen:
  --unit N                 Geräteadresse (Unit-ID, Standard 1)
  --timeout-ms MS          Antwort-Timeout pro Anfrage (Standard 1000; 5000 über Modem)
  --retries N              Wiederholungen pro Anfrage (Standard 3)
  --backoff-ms MS          Pause vor der ersten Wiederholung, danach verdoppelt (Standard 100)
  --data-dir DIR           Ort für Protokolle, Sicherungen, Pakete und Journale
  --verbose                auf stderr protokollieren, was auf der Leitung geschieht

Befehle:
  identify [--json]        Identität, Modus und aktive Ereignisse des Zählers
  read-live [--json] [--count N] [--interval-ms MS]
                           Live-Messwerte
  scan --serial DEV [--bauds LIST] [--parities LIST] [--units A-B] [--first]
                           Zähler finden, wenn Baudrate, Parität und Geräteadresse unbekannt sind
  status [--json]          in welchem Zustand der Zähler ist (Aktualisierung ausstehend, hängt...)
  upgrade FILE [--yes] [--allow-unsigned] [--allow-downgrade] [--keys DIR]
          [--outage-wait S] [--install-margin S] [--restore-template]
                           die Firmware aus einem .UPG-Paket aktualisieren (fortsetzbar)
  template save FILE [--reason R]  die Einstellungen des Zählers in einer Vorlagendatei speichern
  template diff FILE [FILE2] [--changed]
                           eine Vorlage mit dem Zähler oder einer anderen Datei vergleichen (Exit 0 gleich, 1 verschieden)
  template restore FILE [--groups LIST] [--dry-run] [--force-type] [--yes]
                           eine Vorlage schreiben (alles außer communications, sofern nicht genannt), dann zurücklesen
  template list [--meter SERIAL]  Vorlagensicherungen, neueste zuerst
  clock sync | clock show  die Uhr des Zählers nach diesem Computer stellen (UTC) oder anzeigen
  config show [NAME|GROUP...] [--json]  Einstellungen des Zählers, Einheiten und erlaubte Werte
  config set NAME=VALUE... [--yes] [--preset-energy] [--dry-run]
                           jeden Wert prüfen, sichern, schreiben, zurücklesen (COMM_* zuletzt, dann
                           folgt das Werkzeug dem Zähler zu neuer Adresse/Baudrate/Parität)
  config history [--meter SERIAL] [--json]  die aufgezeichneten Änderungen von Einstellungen
  report --out FILE.pdf|FILE.html [--technician NAME]  der Inbetriebnahmebericht
  recover [--package FILE] [--packages DIR] [--restore-template] [--yes] [--allow-unsigned]
                           eine unterbrochene Aktualisierung abschließen: das Paket wird über den
                           SHA-256 des Zähler-Images gefunden, die Übertragung setzt bei NEXT_OFFSET fort
  recover --xmodem --serial DEV --package FILE [--wait-s N]
                           ein Zähler ohne Modbus: das Paket an seinen XMODEM-Wiederherstellungs-
                           Bootloader senden (Zähler auf Aufforderung aus- und wieder einschalten)
  upg inspect FILE [--json] | upg pack ... | upg keygen -o BASE
                           .UPG-Pakete (`upg --help` ausführen)
Jeder Befehl nimmt --help für seine eigenen Optionen.

Exit-Codes:
  0 fertig; 1 fehlgeschlagen; 2 ungültiges Argument; 3 keine Antwort vom Zähler oder Verbindung nicht geöffnet;
  4 der Zähler antwortete mit einer Modbus-Exception; 5 ungültiges Paket, ungültiger Schlüssel oder Eingabedatei;
  6 von einer Prüfung abgelehnt, bevor etwas geschrieben wurde; 7 abgebrochen oder abgelehnt (eine abgebrochene
  Aktualisierung bleibt fortsetzbar);
  8 unterbrochen, der Zähler kann fortgesetzt werden; 9 die Image-Prüfung des Zählers ist fehlgeschlagen;
  10 teilweise: vom Zähler abgelehnte oder in der Datei ungültige Einstellungen wurden ausgelassen (genannt),
  die anderen geschrieben und zurückgelesen.
</translation>
    </message>
    <message numerus="yes">
        <source>The meter came back without %n of its settings (they read otherwise than in its backup): %1</source>
        <translation>
            <numerusform>Der Zähler kam ohne %n seiner Einstellungen zurück (sie weichen von seiner Sicherung ab): %1</numerusform>
            <numerusform>Der Zähler kam ohne %n seiner Einstellungen zurück (sie weichen von seiner Sicherung ab): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The meter starts with factory-default settings (unit %1, %2 baud, %3).</source>
        <translation>Der Zähler startet mit Werkseinstellungen (Adresse %1, %2 Baud, %3).</translation>
    </message>
    <message>
        <source>commissioner-cli: the package was sent, but the meter does not answer Modbus at %1 %2 unit %3 after %4 s (%5); power-cycle it and run identify</source>
        <translation>commissioner-cli: das Paket wurde gesendet, aber der Zähler antwortet nach %4 s nicht per Modbus mit %1 %2 Adresse %3 (%5); ihn aus- und wieder einschalten und identify ausführen</translation>
    </message>
    <message>
        <source>The meter&apos;s bootloader took the package; waiting for the meter to start (Modbus RTU, %1 baud, %2, unit %3)...</source>
        <translation>Der Bootloader des Zählers hat das Paket angenommen; warte auf den Start des Zählers (Modbus RTU, %1 Baud, %2, Adresse %3)...</translation>
    </message>
    <message>
        <source>The upgrade stopped at its limit of %1 (%2 of %3) before a request to register %4. The meter holds the first %5 bytes of the image.</source>
        <translation>Das Upgrade hat an seiner Grenze für %1 (%2 von %3) vor einer Anfrage an Register %4 angehalten. Der Zähler hält die ersten %5 Bytes des Images.</translation>
    </message>
    <message>
        <source>After the upgrade of %3 (type %4) had begun, the meter at this address answered as serial number %1, type %2. Blocks were sent to this address: it is another meter, or %3 reporting another identity. Check the cable, the bus and the unit ID before going on.</source>
        <translation>Nachdem das Upgrade von %3 (Typ %4) begonnen hatte, antwortete der Zähler an dieser Adresse mit Seriennummer %1, Typ %2. An diese Adresse wurden Blöcke gesendet: Es ist ein anderer Zähler oder %3 meldet eine andere Identität. Kabel, Bus und Adresse prüfen, bevor es weitergeht.</translation>
    </message>
    <message>
        <source>the meter reports no serial number, so its backups and history could not be told from another meter&apos;s: nothing was written</source>
        <translation>der Zähler meldet keine Seriennummer, daher wären seine Sicherungen und sein Verlauf nicht von denen eines anderen Zählers zu unterscheiden: nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>The meter reports no serial number, so its backups and journal could not be told from another meter&apos;s. Nothing was written to it.</source>
        <translation>Der Zähler meldet keine Seriennummer, daher wären seine Sicherungen und sein Journal nicht von denen eines anderen Zählers zu unterscheiden. Es wurde nichts darauf geschrieben.</translation>
    </message>
    <message>
        <source>commissioner-cli: %1 cannot be sent: its signature does not count</source>
        <translation>commissioner-cli: %1 kann nicht gesendet werden: seine Signatur zählt nicht</translation>
    </message>
    <message>
        <source>commissioner-cli: the package was sent, but the meter that answers is %1 (type %2), not type %3 as the package; nothing was recorded</source>
        <translation>commissioner-cli: das Paket wurde gesendet, aber der antwortende Zähler ist %1 (Typ %2), nicht Typ %3 wie das Paket; nichts wurde aufgezeichnet</translation>
    </message>
    <message>
        <source>commissioner-cli: the package was sent, but the meter answers with firmware %1, not %2; power-cycle it and run identify</source>
        <translation>commissioner-cli: das Paket wurde gesendet, aber der Zähler antwortet mit Firmware %1, nicht %2; schalten Sie ihn aus und wieder ein und führen Sie identify aus</translation>
    </message>
</context>
<context>
    <name>CommissioningReport</name>
    <message>
        <source>Commissioning report</source>
        <translation>Inbetriebnahmebericht</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Hardware revision</source>
        <translation>Hardware-Revision</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Bootloader version</source>
        <translation>Bootloader-Version</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Active events</source>
        <translation>Aktive Ereignisse</translation>
    </message>
    <message>
        <source>Connected through</source>
        <translation>Verbunden über</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Before the last upgrade</source>
        <translation>Vor der letzten Aktualisierung</translation>
    </message>
    <message>
        <source>After the last upgrade</source>
        <translation>Nach der letzten Aktualisierung</translation>
    </message>
    <message>
        <source>Upgrade started (UTC)</source>
        <translation>Aktualisierung gestartet (UTC)</translation>
    </message>
    <message>
        <source>Package version</source>
        <translation>Paketversion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>(not confirmed)</source>
        <translation>(nicht bestätigt)</translation>
    </message>
    <message>
        <source>No upgrade of this meter is recorded in this data folder.</source>
        <translation>In diesem Datenordner ist keine Aktualisierung dieses Zählers aufgezeichnet.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Die Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No device profile knows device type %1.</source>
        <translation>Kein Geräteprofil kennt den Gerätetyp %1.</translation>
    </message>
    <message>
        <source>Live readings</source>
        <translation>Live-Messwerte</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Voltage %1</source>
        <translation>Spannung %1</translation>
    </message>
    <message>
        <source>Current %1</source>
        <translation>Strom %1</translation>
    </message>
    <message>
        <source>Active power total</source>
        <translation>Wirkleistung gesamt</translation>
    </message>
    <message>
        <source>Reactive power total</source>
        <translation>Blindleistung gesamt</translation>
    </message>
    <message>
        <source>Apparent power total</source>
        <translation>Scheinleistung gesamt</translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation>Leistungsfaktor</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequenz</translation>
    </message>
    <message>
        <source>Time since power-up</source>
        <translation>Zeit seit dem Einschalten</translation>
    </message>
    <message>
        <source>The readings could not be read: %1</source>
        <translation>Die Messwerte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Checks of the last upgrade</source>
        <translation>Prüfungen der letzten Aktualisierung</translation>
    </message>
    <message>
        <source>Settings compared with the latest backup %1 (saved %2 UTC, reason %3)</source>
        <translation>Einstellungen verglichen mit der neuesten Sicherung %1 (gespeichert %2 UTC, Anlass %3)</translation>
    </message>
    <message>
        <source>Every setting equals the backup.</source>
        <translation>Jede Einstellung stimmt mit der Sicherung überein.</translation>
    </message>
    <message>
        <source>Settings that differ from the backup: %1</source>
        <translation>Von der Sicherung abweichende Einstellungen: %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Meter now</source>
        <translation>Zähler jetzt</translation>
    </message>
    <message>
        <source>No template backup of this meter in this data folder.</source>
        <translation>Keine Vorlagensicherung dieses Zählers in diesem Datenordner.</translation>
    </message>
    <message>
        <source>The latest backup could not be read: %1</source>
        <translation>Die neueste Sicherung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Changes recorded</source>
        <translation>Aufgezeichnete Änderungen</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Womit</translation>
    </message>
    <message>
        <source>No change of this meter is recorded.</source>
        <translation>Für diesen Zähler ist keine Änderung aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1: a report file name ends in .pdf or .html</source>
        <translation>%1: der Name einer Berichtsdatei endet auf .pdf oder .html</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>a PDF report needs the graphical part of Qt (a QGuiApplication); write .html instead</source>
        <translation>ein PDF-Bericht benötigt den grafischen Teil von Qt (eine QGuiApplication); stattdessen .html schreiben</translation>
    </message>
    <message>
        <source>the meter now reads %1</source>
        <translation>der Zähler zeigt jetzt %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>GuiText</name>
    <message>
        <source>The meter did not answer in time.</source>
        <translation>Der Zähler hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection was lost (cable, gateway or port gone).</source>
        <translation>Die Verbindung ging verloren (Kabel, Gateway oder Schnittstelle weg).</translation>
    </message>
    <message>
        <source>The connection could not be opened.</source>
        <translation>Die Verbindung konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The connection could not be opened: %1</source>
        <translation>Die Verbindung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The meter refused the request (illegal function).</source>
        <translation>Der Zähler hat die Anfrage abgelehnt (unzulässige Funktion).</translation>
    </message>
    <message>
        <source>The meter has no register at address %1 in this mode.</source>
        <translation>Der Zähler hat in diesem Modus kein Register an Adresse %1.</translation>
    </message>
    <message>
        <source>The meter refused the value (illegal data value).</source>
        <translation>Der Zähler hat den Wert abgelehnt (unzulässiger Datenwert).</translation>
    </message>
    <message>
        <source>The meter reported a device failure.</source>
        <translation>Der Zähler hat einen Gerätefehler gemeldet.</translation>
    </message>
    <message>
        <source>The meter is busy; try again in a moment.</source>
        <translation>Der Zähler ist beschäftigt; gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The meter answered with exception %1.</source>
        <translation>Der Zähler antwortete mit Exception %1.</translation>
    </message>
    <message>
        <source>The meter&apos;s answer was garbled (check wiring and settings).</source>
        <translation>Die Antwort des Zählers war verstümmelt (Verdrahtung und Einstellungen prüfen).</translation>
    </message>
    <message>
        <source>The request could not be sent: %1</source>
        <translation>Die Anfrage konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The port would not switch to RS-485 mode; the adapter may do it by itself.</source>
        <translation>Die Schnittstelle ließ sich nicht in den RS-485-Modus schalten; der Adapter macht das evtl. selbst.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This is not a firmware package (.UPG).</source>
        <translation>Das ist kein Firmware-Paket (.UPG).</translation>
    </message>
    <message>
        <source>The package format version %1 is not one this tool reads.</source>
        <translation>Die Paketformat-Version %1 kann dieses Werkzeug nicht lesen.</translation>
    </message>
    <message>
        <source>The package is damaged: a checksum does not match (%1).</source>
        <translation>Das Paket ist beschädigt: eine Prüfsumme stimmt nicht (%1).</translation>
    </message>
    <message>
        <source>The package is incomplete (%1). Copy it again.</source>
        <translation>Das Paket ist unvollständig (%1). Erneut kopieren.</translation>
    </message>
    <message>
        <source>The package breaks a format rule: %1</source>
        <translation>Das Paket verletzt eine Formatregel: %1</translation>
    </message>
    <message>
        <source>The meter&apos;s register map version %1 is not supported.</source>
        <translation>Die Registertabellen-Version %1 des Zählers wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The package is not signed. Tick &quot;Allow an unsigned package&quot; only if you trust where it came from.</source>
        <translation>Das Paket ist nicht signiert. „Nicht signiertes Paket erlauben“ nur ankreuzen, wenn Sie seiner Herkunft vertrauen.</translation>
    </message>
    <message>
        <source>The package is not signed (allowed).</source>
        <translation>Das Paket ist nicht signiert (erlaubt).</translation>
    </message>
    <message>
        <source>The package is signed with a key this tool does not trust.</source>
        <translation>Das Paket ist mit einem Schlüssel signiert, dem dieses Werkzeug nicht vertraut.</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not verify: it was changed after signing.</source>
        <translation>Die Signatur des Pakets ist ungültig: es wurde nach dem Signieren verändert.</translation>
    </message>
    <message>
        <source>The package is for device type %1; this meter is type %2.</source>
        <translation>Das Paket ist für Gerätetyp %1; dieser Zähler ist Typ %2.</translation>
    </message>
    <message>
        <source>The meter&apos;s hardware revision %1 is outside the package&apos;s range %2 to %3.</source>
        <translation>Die Hardware-Revision %1 des Zählers liegt außerhalb des Paketbereichs %2 bis %3.</translation>
    </message>
    <message>
        <source>The meter has active events (%1): clear them first.</source>
        <translation>Der Zähler hat aktive Ereignisse (%1): zuerst quittieren.</translation>
    </message>
    <message>
        <source>A site wiring fault is active; it does not block an upgrade.</source>
        <translation>Ein Verdrahtungsfehler vor Ort ist aktiv; er blockiert keine Aktualisierung.</translation>
    </message>
    <message>
        <source>The image is %1; this meter takes at most %2.</source>
        <translation>Das Image hat %1; dieser Zähler nimmt höchstens %2.</translation>
    </message>
    <message>
        <source>The meter already runs this version. Tick &quot;Allow the same or an older version&quot; to install it again.</source>
        <translation>Der Zähler hat bereits diese Version. „Gleiche oder ältere Version erlauben“ ankreuzen, um sie erneut zu installieren.</translation>
    </message>
    <message>
        <source>The package is older than the meter&apos;s firmware. Tick &quot;Allow the same or an older version&quot; to go back.</source>
        <translation>Das Paket ist älter als die Firmware des Zählers. „Gleiche oder ältere Version erlauben“ ankreuzen, um zurückzugehen.</translation>
    </message>
    <message>
        <source>Same or older version (allowed).</source>
        <translation>Gleiche oder ältere Version (erlaubt).</translation>
    </message>
    <message>
        <source>The meter reports a block size of %1 bytes, which the protocol does not allow.</source>
        <translation>Der Zähler meldet eine Blockgröße von %1 Byte, die das Protokoll nicht erlaubt.</translation>
    </message>
    <message>
        <source>The meter is verifying or installing an image; the upgrade waits for it.</source>
        <translation>Der Zähler prüft oder installiert gerade ein Image; die Aktualisierung wartet darauf.</translation>
    </message>
    <message>
        <source>The meter already holds %1 of %2 of this image: the transfer resumes there.</source>
        <translation>Der Zähler hat bereits %1 von %2 dieses Images: die Übertragung wird dort fortgesetzt.</translation>
    </message>
    <message>
        <source>The meter is in upgrade mode: its settings cannot be read for a backup.</source>
        <translation>Der Zähler ist im Aktualisierungsmodus: seine Einstellungen können nicht für eine Sicherung gelesen werden.</translation>
    </message>
    <message>
        <source>Normal: running its firmware, nothing pending</source>
        <translation>Normal: führt seine Firmware aus, nichts ausstehend</translation>
    </message>
    <message>
        <source>Normal, with an interrupted transfer waiting in the spare bank</source>
        <translation>Normal, mit einer unterbrochenen Übertragung in der Reservebank</translation>
    </message>
    <message>
        <source>Normal, with a whole image stored but never installed</source>
        <translation>Normal, mit einem vollständig gespeicherten, nie installierten Image</translation>
    </message>
    <message>
        <source>Upgrade mode with part of an image: needs recovery</source>
        <translation>Aktualisierungsmodus mit einem Teil eines Images: Wiederherstellung nötig</translation>
    </message>
    <message>
        <source>Upgrade mode with the whole image stored: needs recovery (install again)</source>
        <translation>Aktualisierungsmodus mit vollständig gespeichertem Image: Wiederherstellung nötig (erneut installieren)</translation>
    </message>
    <message>
        <source>Upgrade mode with no image: needs a new transfer</source>
        <translation>Aktualisierungsmodus ohne Image: neue Übertragung nötig</translation>
    </message>
    <message>
        <source>No firmware: needs a new transfer</source>
        <translation>Keine Firmware: neue Übertragung nötig</translation>
    </message>
    <message>
        <source>Verifying or installing an image right now</source>
        <translation>Prüft oder installiert gerade ein Image</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Backing up the settings</source>
        <translation>Einstellungen sichern</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Meter verifying the image</source>
        <translation>Zähler prüft das Image</translation>
    </message>
    <message>
        <source>Meter installing (it stays silent)</source>
        <translation>Zähler installiert (er bleibt stumm)</translation>
    </message>
    <message>
        <source>Confirming the new version</source>
        <translation>Neue Version bestätigen</translation>
    </message>
    <message>
        <source>Waiting for the meter to answer again</source>
        <translation>Warten, bis der Zähler wieder antwortet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Upgrade done: %1 now runs firmware %2.</source>
        <translation>Aktualisierung fertig: %1 läuft jetzt mit Firmware %2.</translation>
    </message>
    <message>
        <source>The checks refused the upgrade. Nothing was written.</source>
        <translation>Die Prüfungen haben die Aktualisierung abgelehnt. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The settings could not be backed up, so nothing was written to the meter.</source>
        <translation>Die Einstellungen konnten nicht gesichert werden, daher wurde nichts auf den Zähler geschrieben.</translation>
    </message>
    <message>
        <source>The data folder could not be written (journal or package copy). Nothing was written.</source>
        <translation>Der Datenordner konnte nicht beschrieben werden (Journal oder Paketkopie). Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The meter refused the image: %1.</source>
        <translation>Der Zähler hat das Image abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The meter&apos;s check of the image failed; it discarded it. Try the upgrade again.</source>
        <translation>Die Image-Prüfung des Zählers ist fehlgeschlagen; er hat es verworfen. Die Aktualisierung erneut starten.</translation>
    </message>
    <message>
        <source>The meter stopped answering. It keeps what it received: connect again and the upgrade resumes from there.</source>
        <translation>Der Zähler antwortet nicht mehr. Er behält, was er empfangen hat: erneut verbinden, dann wird die Aktualisierung dort fortgesetzt.</translation>
    </message>
    <message>
        <source>Upgrade stopped. The meter keeps what it received: connect again to resume.</source>
        <translation>Aktualisierung angehalten. Der Zähler behält, was er empfangen hat: zum Fortsetzen erneut verbinden.</translation>
    </message>
    <message>
        <source>The meter came back with firmware %1, not the package&apos;s version.</source>
        <translation>Der Zähler kam mit Firmware %1 zurück, nicht mit der Version des Pakets.</translation>
    </message>
    <message>
        <source>The meter answered unexpectedly: %1</source>
        <translation>Der Zähler antwortete unerwartet: %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht signiert</translation>
    </message>
    <message>
        <source>Signed by %1 (verified)</source>
        <translation>Signiert von %1 (geprüft)</translation>
    </message>
    <message>
        <source>Signed with a key this tool does not trust</source>
        <translation>Mit einem Schlüssel signiert, dem dieses Werkzeug nicht vertraut</translation>
    </message>
    <message>
        <source>Signature does NOT verify: the file was changed</source>
        <translation>Signatur ist NICHT gültig: die Datei wurde verändert</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Upgrade (bootloader)</source>
        <translation>Aktualisierung (Bootloader)</translation>
    </message>
    <message>
        <source>No firmware (bootloader)</source>
        <translation>Keine Firmware (Bootloader)</translation>
    </message>
    <message>
        <source>critical event (blocks upgrades)</source>
        <translation>kritisches Ereignis (blockiert Aktualisierungen)</translation>
    </message>
    <message>
        <source>warning event (blocks upgrades)</source>
        <translation>Warnereignis (blockiert Aktualisierungen)</translation>
    </message>
    <message>
        <source>site wiring fault (does not block upgrades)</source>
        <translation>Verdrahtungsfehler vor Ort (blockiert keine Aktualisierungen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>empfängt</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>prüft</translation>
    </message>
    <message>
        <source>installing</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>rejected: incompatible image</source>
        <translation>abgelehnt: inkompatibles Image</translation>
    </message>
    <message>
        <source>rejected: events active</source>
        <translation>abgelehnt: Ereignisse aktiv</translation>
    </message>
    <message>
        <source>image check failed</source>
        <translation>Image-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>rejected: image too large</source>
        <translation>abgelehnt: Image zu groß</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3).</source>
        <translation>%1 ist kein gültiges JSON (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>%1 is not a Commissioner template.</source>
        <translation>%1 ist keine Commissioner-Vorlage.</translation>
    </message>
    <message>
        <source>The template format version %1 is newer than this tool reads.</source>
        <translation>Die Vorlagenformat-Version %1 ist neuer, als dieses Werkzeug lesen kann.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing or invalid.</source>
        <translation>Das Feld „%1“ fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <source>No device profile knows device type %1.</source>
        <translation>Kein Geräteprofil kennt den Gerätetyp %1.</translation>
    </message>
    <message>
        <source>Unknown setting %1.</source>
        <translation>Unbekannte Einstellung %1.</translation>
    </message>
    <message>
        <source>The setting %1 is missing from the file.</source>
        <translation>Die Einstellung %1 fehlt in der Datei.</translation>
    </message>
    <message>
        <source>Setting %1: %2 is not %3.</source>
        <translation>Einstellung %1: %2 ist nicht %3.</translation>
    </message>
    <message>
        <source>Setting %1: %2 is outside the allowed values (%3).</source>
        <translation>Einstellung %1: %2 liegt außerhalb der erlaubten Werte (%3).</translation>
    </message>
    <message>
        <source>Setting %1: the unit %2 is not &quot;%3&quot;.</source>
        <translation>Einstellung %1: die Einheit %2 ist nicht „%3“.</translation>
    </message>
    <message>
        <source>The device profile %1 is invalid: %2</source>
        <translation>Das Geräteprofil %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>The template was saved from device type %1; this meter is type %2.</source>
        <translation>Die Vorlage wurde von Gerätetyp %1 gespeichert; dieser Zähler ist Typ %2.</translation>
    </message>
    <message>
        <source>Unknown group &quot;%1&quot;.</source>
        <translation>Unbekannte Gruppe „%1“.</translation>
    </message>
    <message>
        <source>The meter is not in normal mode: its settings cannot be read or written now.</source>
        <translation>Der Zähler ist nicht im Normalmodus: seine Einstellungen können jetzt weder gelesen noch geschrieben werden.</translation>
    </message>
    <message>
        <source>Written and confirmed: %1</source>
        <translation>Geschrieben und bestätigt: %1</translation>
    </message>
    <message>
        <source>Unconfirmed (the meter may or may not have applied them): %1</source>
        <translation>Unbestätigt (der Zähler hat sie evtl. übernommen, evtl. nicht): %1</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Stopped by: %1</source>
        <translation>Angehalten durch: %1</translation>
    </message>
    <message>
        <source>Read back: every setting matches the file.</source>
        <translation>Zurücklesen: jede Einstellung stimmt mit der Datei überein.</translation>
    </message>
    <message numerus="yes">
        <source>Read back: %n setting(s) differ from the file:</source>
        <translation>
            <numerusform>Zurücklesen: %n Einstellung weicht von der Datei ab:</numerusform>
            <numerusform>Zurücklesen: %n Einstellungen weichen von der Datei ab:</numerusform>
        </translation>
    </message>
    <message>
        <source>Read back failed: %1</source>
        <translation>Zurücklesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>  %1: wanted %2, meter has %3</source>
        <translation>  %1: gewünscht %2, Zähler hat %3</translation>
    </message>
    <message>
        <source>Restore the same file again to complete it.</source>
        <translation>Dieselbe Datei erneut zurückspielen, um es abzuschließen.</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <translation>Keine Antwort: Niemand hat die Verbindung rechtzeitig angenommen.</translation>
    </message>
    <message>
        <source>No answer from %1: nothing accepted the connection in time.</source>
        <translation>Keine Antwort von %1: Niemand hat die Verbindung rechtzeitig angenommen.</translation>
    </message>
    <message>
        <source>Not now: a firmware upgrade is running on this meter. Nothing was sent; try again when it has ended.</source>
        <translation>Nicht jetzt: Auf diesem Zähler läuft eine Firmware-Aktualisierung. Nichts wurde gesendet; nach ihrem Ende erneut versuchen.</translation>
    </message>
    <message>
        <source>The meter reports DEVICE_MODE %1, a mode this tool does not know. Nothing is written.</source>
        <translation>Der Zähler meldet DEVICE_MODE %1, einen Modus, den dieses Werkzeug nicht kennt. Nichts wird geschrieben.</translation>
    </message>
    <message>
        <source>The meter reports UPG_STATUS %1, a status this tool does not know. Nothing is written.</source>
        <translation>Der Zähler meldet UPG_STATUS %1, einen Status, den dieses Werkzeug nicht kennt. Nichts wird geschrieben.</translation>
    </message>
    <message>
        <source>Reports a mode or upgrade status this tool does not know: nothing is written to it</source>
        <translation>Meldet einen Modus oder Aktualisierungsstatus, den dieses Werkzeug nicht kennt: nichts wird auf ihn geschrieben</translation>
    </message>
    <message>
        <source>Another meter answered (serial number %1, type %2) instead of %3. Nothing was written to it. Check the cable, the bus and the unit ID, then connect to %3 again to resume.</source>
        <translation>Ein anderer Zähler hat geantwortet (Seriennummer %1, Typ %2) statt %3. Auf ihn wurde nichts geschrieben. Kabel, Bus und Geräteadresse prüfen, dann zum Fortsetzen erneut mit %3 verbinden.</translation>
    </message>
    <message>
        <source>The meter refused the block at byte %1 %2 times in a row (%3). It keeps what it received: connect again to resume.</source>
        <translation>Der Zähler hat den Block bei Byte %1 %2-mal hintereinander abgelehnt (%3). Er behält, was er empfangen hat: zum Fortsetzen erneut verbinden.</translation>
    </message>
    <message>
        <source>The meter stayed %1 for %2 s, longer than it says it needs. It keeps the image: connect again to resume.</source>
        <translation>Der Zähler blieb %2 s lang im Zustand %1, länger als er nach eigener Angabe braucht. Er behält das Image: zum Fortsetzen erneut verbinden.</translation>
    </message>
    <message>
        <source>The meter reports %1 = %2, a value the protocol does not allow. Nothing more was written to it.</source>
        <translation>Der Zähler meldet %1 = %2, einen Wert, den das Protokoll nicht erlaubt. Es wurde nichts weiter auf ihn geschrieben.</translation>
    </message>
    <message>
        <source>Unknown (not in the register map)</source>
        <translation>Unbekannt (nicht in der Registertabelle)</translation>
    </message>
    <message>
        <source>The backup %1, read back, does not give the meter&apos;s settings back (%2).</source>
        <translation>Die Sicherung %1 gibt beim Zurücklesen die Einstellungen des Zählers nicht wieder (%2).</translation>
    </message>
    <message>
        <source>Meter %1 answers, not %2 (%3). Nothing was written.</source>
        <translation>Zähler %1 antwortet, nicht %2 (%3). Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1 is a backup of meter %2, and this meter is %3: a meter&apos;s backup is never written to another. Nothing was written.</source>
        <translation>%1 ist eine Sicherung von Zähler %2, und dieser Zähler ist %3: die Sicherung eines Zählers wird nie auf einen anderen geschrieben. Nichts wurde geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Write %n setting(s) of meter %1 to meter %2?</source>
        <translation>
            <numerusform>%n Einstellung von Zähler %1 auf Zähler %2 schreiben?</numerusform>
            <numerusform>%n Einstellungen von Zähler %1 auf Zähler %2 schreiben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %n setting(s) of %1 to meter %2?</source>
        <translation>
            <numerusform>%n Einstellung aus %1 auf Zähler %2 schreiben?</numerusform>
            <numerusform>%n Einstellungen aus %1 auf Zähler %2 schreiben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  and %n more</source>
        <translation>
            <numerusform>  und %n weitere</numerusform>
            <numerusform>  und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as they are on meter %1, as they belong to one meter: %2.</source>
        <translation>Auf Zähler %1 unverändert gelassen, da sie zu einem einzelnen Zähler gehören: %2.</translation>
    </message>
    <message>
        <source>Energy readings of meter %1 that will be overwritten:</source>
        <translation>Energiezählerstände von Zähler %1, die überschrieben werden:</translation>
    </message>
    <message>
        <source>The meter&apos;s settings are saved among its backups before anything is written.</source>
        <translation>Bevor etwas geschrieben wird, werden die Einstellungen des Zählers bei seinen Sicherungen gespeichert.</translation>
    </message>
    <message>
        <source>Restored and read back.</source>
        <translation>Zurückgespielt und zurückgelesen.</translation>
    </message>
    <message>
        <source>The meter already holds these settings: nothing was written.</source>
        <translation>Der Zähler hat diese Einstellungen bereits: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Restored in part: the settings named in the report were left out.</source>
        <translation>Teilweise zurückgespielt: die im Bericht genannten Einstellungen wurden ausgelassen.</translation>
    </message>
    <message>
        <source>The restore is incomplete: see the report, then restore the same file again.</source>
        <translation>Das Zurückspielen ist unvollständig: siehe Bericht, dann dieselbe Datei erneut zurückspielen.</translation>
    </message>
    <message>
        <source>Written, but the read-back does not confirm it: see the report.</source>
        <translation>Geschrieben, aber das Zurücklesen bestätigt es nicht: siehe Bericht.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Refused by the meter, unchanged: %1 (%2)</source>
        <translation>Vom Zähler abgelehnt, unverändert: %1 (%2)</translation>
    </message>
    <message>
        <source>Not restored: %1 holds %2 in the file, which breaks its rule (%3)</source>
        <translation>Nicht zurückgespielt: %1 hat in der Datei den Wert %2, der die zugehörige Regel verletzt (%3)</translation>
    </message>
    <message>
        <source>The upgrade stopped at its limit of %1 (%2 of %3) before a request to register %4. The meter keeps the first %5 bytes of the image: connect again to resume.</source>
        <translation>Das Upgrade hat an seiner Grenze für %1 (%2 von %3) vor einer Anfrage an Register %4 angehalten. Der Zähler behält die ersten %5 Bytes des Images: erneut verbinden, um fortzusetzen.</translation>
    </message>
    <message>
        <source>After the upgrade of %3 had begun, the meter at this address answered as serial number %1, type %2. Blocks were sent to this address: it is another meter, or %3 reporting another identity. Check the cable, the bus and the unit ID before going on.</source>
        <translation>Nachdem das Upgrade von %3 begonnen hatte, antwortete der Zähler an dieser Adresse mit Seriennummer %1, Typ %2. An diese Adresse wurden Blöcke gesendet: Es ist ein anderer Zähler oder %3 meldet eine andere Identität. Kabel, Bus und Adresse prüfen, bevor es weitergeht.</translation>
    </message>
    <message>
        <source>The meter reports no serial number, so its backups and journal could not be told from another meter&apos;s. Nothing was written to it.</source>
        <translation>Der Zähler meldet keine Seriennummer, daher wären seine Sicherungen und sein Journal nicht von denen eines anderen Zählers zu unterscheiden. Es wurde nichts darauf geschrieben.</translation>
    </message>
    <message>
        <source>The meter reports no serial number, so its backups and history could not be told from another meter&apos;s. Nothing was written.</source>
        <translation>Der Zähler meldet keine Seriennummer, daher wären seine Sicherungen und sein Verlauf nicht von denen eines anderen Zählers zu unterscheiden. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written: the settings named in the report were left out.</source>
        <translation>Nichts wurde geschrieben: Die im Bericht genannten Einstellungen wurden ausgelassen.</translation>
    </message>
</context>
<context>
    <name>SetupText</name>
    <message>
        <source>&quot;%1&quot; is not NAME=VALUE.</source>
        <translation>„%1“ hat nicht die Form NAME=WERT.</translation>
    </message>
    <message>
        <source>%1 is not a setting of this meter.</source>
        <translation>%1 ist keine Einstellung dieses Zählers.</translation>
    </message>
    <message>
        <source>%1 is not a setting that can be changed here: %2</source>
        <translation>%1 ist keine Einstellung, die hier geändert werden kann: %2</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 ist zweimal angegeben.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number (%3).</source>
        <translation>%1: „%2“ ist keine ganze Zahl (%3).</translation>
    </message>
    <message>
        <source>%1: %2 is below the minimum (%3).</source>
        <translation>%1: %2 liegt unter dem Minimum (%3).</translation>
    </message>
    <message>
        <source>%1: %2 is above the maximum (%3).</source>
        <translation>%1: %2 liegt über dem Maximum (%3).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the choices (%3).</source>
        <translation>%1: „%2“ ist keine der Auswahlmöglichkeiten (%3).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too long (%3).</source>
        <translation>%1: „%2“ ist zu lang (%3).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; holds a character that is not printable ASCII (%3).</source>
        <translation>%1: „%2“ enthält ein Zeichen, das kein druckbares ASCII ist (%3).</translation>
    </message>
    <message>
        <source>already so, not written</source>
        <translation>bereits so, nicht geschrieben</translation>
    </message>
    <message>
        <source>written and read back</source>
        <translation>geschrieben und zurückgelesen</translation>
    </message>
    <message>
        <source>written, but the meter reads back another value</source>
        <translation>geschrieben, aber der Zähler liest einen anderen Wert zurück</translation>
    </message>
    <message>
        <source>refused by the meter, nothing changed</source>
        <translation>vom Zähler abgelehnt, nichts geändert</translation>
    </message>
    <message>
        <source>sent, no answer: it may or may not have been applied</source>
        <translation>gesendet, keine Antwort: evtl. übernommen, evtl. nicht</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>nicht geschrieben</translation>
    </message>
    <message>
        <source>written, but it could not be read back</source>
        <translation>geschrieben, konnte aber nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>The settings could not be read before writing, so nothing was written: %1</source>
        <translation>Die Einstellungen konnten vor dem Schreiben nicht gelesen werden, daher wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3: %4</source>
        <translation>%1: %2 → %3: %4</translation>
    </message>
    <message>
        <source> (the meter holds %1)</source>
        <translation> (der Zähler hat %1)</translation>
    </message>
    <message>
        <source>Read back failed: %1</source>
        <translation>Zurücklesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nichts wurde geschrieben: %1</translation>
    </message>
    <message>
        <source>The meter refused %1 (%2); nothing after it was written.</source>
        <translation>Der Zähler hat %1 abgelehnt (%2); danach wurde nichts mehr geschrieben.</translation>
    </message>
    <message>
        <source>No answer to the write of %1: it may or may not have been applied; nothing after it was written.</source>
        <translation>Keine Antwort auf das Schreiben von %1: evtl. übernommen, evtl. nicht; danach wurde nichts mehr geschrieben.</translation>
    </message>
    <message>
        <source>%1 was written, but the meter reads back another value.</source>
        <translation>%1 wurde geschrieben, aber der Zähler liest einen anderen Wert zurück.</translation>
    </message>
    <message>
        <source>%1 was written, but could not be read back.</source>
        <translation>%1 wurde geschrieben, konnte aber nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>The settings were written, but the meter was not found at its new communications settings: see the report.</source>
        <translation>Die Einstellungen wurden geschrieben, aber der Zähler wurde mit seinen neuen Kommunikationseinstellungen nicht gefunden: siehe Bericht.</translation>
    </message>
    <message>
        <source>Sent and read back: the meter holds the values shown.</source>
        <translation>Gesendet und zurückgelesen: Der Zähler hat die angezeigten Werte.</translation>
    </message>
    <message>
        <source>Sent: see the report.</source>
        <translation>Gesendet: siehe Bericht.</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>no parity</source>
        <translation>keine Parität</translation>
    </message>
    <message>
        <source>odd parity</source>
        <translation>ungerade Parität</translation>
    </message>
    <message>
        <source>even parity</source>
        <translation>gerade Parität</translation>
    </message>
    <message>
        <source>unit %1, %2 baud, %3</source>
        <translation>Adresse %1, %2 Baud, %3</translation>
    </message>
    <message>
        <source>The meter now answers at %1; the connection follows it there.</source>
        <translation>Der Zähler antwortet jetzt mit %1; die Verbindung folgt ihm dorthin.</translation>
    </message>
    <message>
        <source>The meter still answers at its old settings (%1): the change did not take effect.</source>
        <translation>Der Zähler antwortet noch mit seinen alten Einstellungen (%1): die Änderung ist nicht wirksam geworden.</translation>
    </message>
    <message>
        <source>Written: %1. The meter did not answer at %2, nor at its old settings (%3). To reach it, connect at %2 (Connection &gt; Connect…); if it still does not answer, check its display or its front-panel communications settings.</source>
        <translation>Geschrieben: %1. Der Zähler hat weder mit %2 noch mit seinen alten Einstellungen (%3) geantwortet. Um ihn zu erreichen, mit %2 verbinden (Verbindung &gt; Verbinden…); antwortet er dann noch nicht, seine Anzeige bzw. die Kommunikationseinstellungen an seiner Frontseite prüfen.</translation>
    </message>
    <message>
        <source>The meter refused the communications settings: nothing changed.</source>
        <translation>Der Zähler hat die Kommunikationseinstellungen abgelehnt: nichts geändert.</translation>
    </message>
    <message>
        <source>Written: %1. This connection cannot follow the meter (its line settings are not this tool&apos;s): set the gateway or modem to %2, then connect again.</source>
        <translation>Geschrieben: %1. Diese Verbindung kann dem Zähler nicht folgen (ihre Leitungseinstellungen liegen nicht bei diesem Werkzeug): Gateway oder Modem auf %2 einstellen, dann erneut verbinden.</translation>
    </message>
    <message>
        <source>Written: %1. The meter now answers at %2.</source>
        <translation>Geschrieben: %1. Der Zähler antwortet jetzt mit %2.</translation>
    </message>
    <message>
        <source>The meter refused %1 for %2 and still holds %3.</source>
        <translation>Der Zähler hat %1 für %2 abgelehnt und hat weiterhin %3.</translation>
    </message>
</context>
<context>
    <name>UpgradeText</name>
    <message>
        <source>bytes sent</source>
        <translation>gesendete Bytes</translation>
    </message>
    <message>
        <source>refused data writes</source>
        <translation>abgelehnte Datenschreibvorgänge</translation>
    </message>
    <message>
        <source>losses of the link</source>
        <translation>Verbindungsabbrüche</translation>
    </message>
    <message>
        <source>BEGIN requests</source>
        <translation>BEGIN-Anfragen</translation>
    </message>
    <message>
        <source>COMMIT requests</source>
        <translation>COMMIT-Anfragen</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::ClockDialog</name>
    <message>
        <source>Meter clock</source>
        <translation>Zähleruhr</translation>
    </message>
    <message>
        <source>Meter clock (UTC):</source>
        <translation>Zähleruhr (UTC):</translation>
    </message>
    <message>
        <source>This computer (UTC):</source>
        <translation>Dieser Computer (UTC):</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>Abweichung:</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>Erneut &amp;lesen</translation>
    </message>
    <message>
        <source>&amp;Set from this computer</source>
        <translation>Von diesem Computer &amp;stellen</translation>
    </message>
    <message>
        <source>Reading the meter&apos;s clock…</source>
        <translation>Zähleruhr wird gelesen…</translation>
    </message>
    <message>
        <source>Setting the meter&apos;s clock from this computer&apos;s…</source>
        <translation>Zähleruhr wird nach der Uhr dieses Computers gestellt…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the meter is %1 s ahead</source>
        <translation>der Zähler geht %1 s vor</translation>
    </message>
    <message>
        <source>the meter is %1 s behind</source>
        <translation>der Zähler geht %1 s nach</translation>
    </message>
    <message>
        <source>Set and read back.</source>
        <translation>Gestellt und zurückgelesen.</translation>
    </message>
    <message>
        <source>Setting the clock failed: %1</source>
        <translation>Stellen der Uhr fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading the clock failed: %1</source>
        <translation>Lesen der Uhr fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::ConnectionDialog</name>
    <message>
        <source>Demo meter (simulated EM7350)</source>
        <translation>Demo-Zähler (simulierter EM7350)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Ungerade</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Gerade</translation>
    </message>
    <message>
        <source>Connect to a meter</source>
        <translation>Mit einem Zähler verbinden</translation>
    </message>
    <message>
        <source>(choose a recent connection)</source>
        <translation>(eine letzte Verbindung wählen)</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt:</translation>
    </message>
    <message>
        <source>&amp;Serial</source>
        <translation>&amp;Seriell</translation>
    </message>
    <message>
        <source>&amp;Modem</source>
        <translation>&amp;Modem</translation>
    </message>
    <message>
        <source>A meter with an Ethernet port, speaking Modbus TCP.</source>
        <translation>Ein Zähler mit Ethernet-Anschluss, der Modbus TCP spricht.</translation>
    </message>
    <message>
        <source>&amp;TCP</source>
        <translation>&amp;TCP</translation>
    </message>
    <message>
        <source>A serial meter behind a gateway that passes Modbus RTU frames over a raw TCP socket.</source>
        <translation>Ein serieller Zähler hinter einem Gateway, das Modbus-RTU-Frames über einen rohen TCP-Socket weiterreicht.</translation>
    </message>
    <message>
        <source>&amp;Gateway (RTU over TCP)</source>
        <translation>&amp;Gateway (RTU über TCP)</translation>
    </message>
    <message>
        <source>&amp;Demo meter</source>
        <translation>&amp;Demo-Zähler</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Sch&amp;nittstelle:</translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation>&amp;Baudrate:</translation>
    </message>
    <message>
        <source>P&amp;arity:</source>
        <translation>P&amp;arität:</translation>
    </message>
    <message>
        <source>&amp;Unit ID:</source>
        <translation>Geräteadresse (&amp;Unit-ID):</translation>
    </message>
    <message>
        <source>Try every baud rate, parity and unit ID to find the meters on this port.</source>
        <translation>Jede Baudrate, Parität und Geräteadresse probieren, um die Zähler an dieser Schnittstelle zu finden.</translation>
    </message>
    <message>
        <source>e.g. 5551234</source>
        <translation>z. B. 5551234</translation>
    </message>
    <message>
        <source>P&amp;hone number:</source>
        <translation>Tele&amp;fonnummer:</translation>
    </message>
    <message>
        <source>&amp;Init string:</source>
        <translation>&amp;Init-String:</translation>
    </message>
    <message>
        <source>The modem dials, then Modbus RTU runs over the call (19200 8E1 at the meter end).</source>
        <translation>Das Modem wählt, dann läuft Modbus RTU über die Verbindung (19200 8E1 auf der Zählerseite).</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>Hostname oder IP-Adresse</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Try Commissioner without a meter.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The demo meter is a simulated EM7350 (serial DEMO-0001, firmware 1.0.0) running inside this program. Read its identity and live values, save and restore its template, and upgrade its firmware as you would a real one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Commissioner ohne Zähler ausprobieren.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Der Demo-Zähler ist ein simulierter EM7350 (Seriennummer DEMO-0001, Firmware 1.0.0), der in diesem Programm läuft. Lesen Sie seine Identität und Live-Werte, speichern Sie seine Vorlage und spielen Sie sie zurück, und aktualisieren Sie seine Firmware wie bei einem echten Zähler.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a port to scan first.</source>
        <translation>Zuerst eine Schnittstelle zum Durchsuchen wählen.</translation>
    </message>
    <message>
        <source>Trying %1 baud, parity %2, unit %3…</source>
        <translation>Probiere %1 Baud, Parität %2, Adresse %3…</translation>
    </message>
    <message numerus="yes">
        <source>Unit %1 at %2 baud, parity %3, %n stop bit(s)</source>
        <translation>
            <numerusform>Adresse %1 mit %2 Baud, Parität %3, %n Stoppbit</numerusform>
            <numerusform>Adresse %1 mit %2 Baud, Parität %3, %n Stoppbits</numerusform>
        </translation>
    </message>
    <message>
        <source>The port could not be used: %1</source>
        <translation>Die Schnittstelle konnte nicht verwendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Scan stopped; %n meter(s) found.</source>
        <translation>
            <numerusform>Suche angehalten; %n Zähler gefunden.</numerusform>
            <numerusform>Suche angehalten; %n Zähler gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan done; %n meter(s) found. Pick one to use its settings.</source>
        <translation>
            <numerusform>Suche fertig; %n Zähler gefunden. Einen wählen, um seine Einstellungen zu übernehmen.</numerusform>
            <numerusform>Suche fertig; %n Zähler gefunden. Einen wählen, um seine Einstellungen zu übernehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop b&amp;its:</source>
        <translation>Sto&amp;ppbits:</translation>
    </message>
    <message>
        <source>Scan th&amp;e bus…</source>
        <translation>Bus du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Stop sca&amp;n</source>
        <translation>Suche an&amp;halten</translation>
    </message>
    <message>
        <source>Modem de&amp;vice:</source>
        <translation>Modem-G&amp;erät:</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::GuideDialog</name>
    <message>
        <source>Commissioner guide</source>
        <translation>Commissioner-Handbuch</translation>
    </message>
    <message>
        <source>The guide is missing from this build of Commissioner.</source>
        <translation>Das Handbuch fehlt in diesem Build von Commissioner.</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::HistoryDialog</name>
    <message>
        <source>History of %1 %2</source>
        <translation>Verlauf von %1 %2</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Zeitpunkt (Ortszeit)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>Alle Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Setting:</source>
        <translation>&amp;Einstellung:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lese den Verlauf…</translation>
    </message>
    <message>
        <source>No change of this meter is recorded in %1.</source>
        <translation>In %1 ist keine Änderung dieses Zählers aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recorded change(s) shown.</source>
        <translation>
            <numerusform>Angezeigt: %1 von %n aufgezeichneter Änderung.</numerusform>
            <numerusform>Angezeigt: %1 von %n aufgezeichneten Änderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the history could not be read and were skipped.</source>
        <translation>
            <numerusform>%n Zeile des Verlaufs konnte nicht gelesen werden und wurde übersprungen.</numerusform>
            <numerusform>%n Zeilen des Verlaufs konnten nicht gelesen werden und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>reads back otherwise</source>
        <translation>anderer Wert zurückgelesen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>not read back</source>
        <translation>nicht zurückgelesen</translation>
    </message>
    <message>
        <source>refused by the meter</source>
        <translation>vom Zähler abgelehnt</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>nicht geschrieben</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::LiveReadingsPanel</name>
    <message>
        <source>Live readings</source>
        <translation>Live-Messwerte</translation>
    </message>
    <message>
        <source>V%1:</source>
        <translation>U%1:</translation>
    </message>
    <message>
        <source>I%1:</source>
        <translation>I%1:</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Wirkleistung:</translation>
    </message>
    <message>
        <source>Reactive:</source>
        <translation>Blindleistung:</translation>
    </message>
    <message>
        <source>Apparent:</source>
        <translation>Scheinleistung:</translation>
    </message>
    <message>
        <source>Power factor:</source>
        <translation>Leistungsfaktor:</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>Frequenz:</translation>
    </message>
    <message>
        <source>Since power-up:</source>
        <translation>Seit dem Einschalten:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
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
        <translation>Aktualisiert %1</translation>
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
        <translation>&amp;Zähler</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Demo meter</source>
        <translation>&amp;Demo-Zähler</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Upgrade firmware…</source>
        <translation>&amp;Firmware aktualisieren…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Commissioner</source>
        <translation>Ü&amp;ber Commissioner</translation>
    </message>
    <message>
        <source>About Commissioner</source>
        <translation>Über Commissioner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commissioner %1&lt;/h3&gt;&lt;p&gt;Commissioning tool for Modbus power meters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commissioner %1&lt;/h3&gt;&lt;p&gt;Inbetriebnahme-Werkzeug für Modbus-Energiezähler.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (erstellt mit Qt %2)</translation>
    </message>
    <message>
        <source>libmodbus %1 (built with %2)</source>
        <translation>libmodbus %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>libsodium %1</source>
        <translation>libsodium %1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>The demo meter could not start: %1</source>
        <translation>Der Demo-Zähler konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Starting the demo meter…</source>
        <translation>Demo-Zähler wird gestartet…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Paused while the upgrade runs.</source>
        <translation>Pausiert, während die Aktualisierung läuft.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>Connected to the demo meter (%1)</source>
        <translation>Mit dem Demo-Zähler verbunden (%1)</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>No readings: the meter is not in normal mode.</source>
        <translation>Keine Messwerte: der Zähler ist nicht im Normalmodus.</translation>
    </message>
    <message>
        <source>Meter %1 %2, firmware %3, %4.</source>
        <translation>Zähler %1 %2, Firmware %3, %4.</translation>
    </message>
    <message>
        <source>Active events: %1</source>
        <translation>Aktive Ereignisse: %1</translation>
    </message>
    <message>
        <source>No reading: %1</source>
        <translation>Kein Messwert: %1</translation>
    </message>
    <message>
        <source>The meter could not be read: %1</source>
        <translation>Der Zähler konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Connect to a meter first.</source>
        <translation>Zuerst mit einem Zähler verbinden.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>The call could not be made: %1

Check the phone number, the modem&apos;s init string, the cable to the modem and the telephone line.</source>
        <translation>Der Anruf kam nicht zustande: %1

Prüfen Sie die Telefonnummer, die Init-Zeichenfolge des Modems, das Kabel zum Modem und die Telefonleitung.</translation>
    </message>
    <message>
        <source>&amp;Clock…</source>
        <translation>&amp;Uhr…</translation>
    </message>
    <message>
        <source>&amp;XMODEM recovery…</source>
        <translation>&amp;XMODEM-Wiederherstellung…</translation>
    </message>
    <message>
        <source>Meter clock: %1 (%2 s from this computer).</source>
        <translation>Zähleruhr: %1 (%2 s Abweichung von diesem Computer).</translation>
    </message>
    <message>
        <source>XMODEM recovery: %1 %2 installed firmware %3.</source>
        <translation>XMODEM-Wiederherstellung: %1 %2 hat Firmware %3 installiert.</translation>
    </message>
    <message>
        <source>M&amp;eter</source>
        <translation>Zäh&amp;ler</translation>
    </message>
    <message>
        <source>Set&amp;up</source>
        <translation>Einrich&amp;tung</translation>
    </message>
    <message>
        <source>Tem&amp;plates</source>
        <translation>Vorl&amp;agen</translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>Connected, but the meter could not be read</source>
        <translation>Verbunden, aber der Zähler konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Lost the meter: %1</source>
        <translation>Zähler verloren: %1</translation>
    </message>
    <message>
        <source>Not connected: no answer from %1</source>
        <translation>Nicht verbunden: keine Antwort von %1</translation>
    </message>
    <message>
        <source>The meter answers again.</source>
        <translation>Der Zähler antwortet wieder.</translation>
    </message>
    <message>
        <source>The connection now talks to the meter at %1.</source>
        <translation>Die Verbindung spricht jetzt mit dem Zähler über %1.</translation>
    </message>
    <message>
        <source>Meter clock set from this computer&apos;s clock (backup %1).</source>
        <translation>Zähleruhr nach der Uhr dieses Computers gestellt (Sicherung %1).</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>&amp;Bericht…</translation>
    </message>
    <message>
        <source>The commissioning report was not written: %1</source>
        <translation>Der Inbetriebnahmebericht wurde nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::MeterPanel</name>
    <message>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Device type:</source>
        <translation>Gerätetyp:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <source>Hardware revision:</source>
        <translation>Hardware-Revision:</translation>
    </message>
    <message>
        <source>Bootloader:</source>
        <translation>Bootloader:</translation>
    </message>
    <message>
        <source>Flash:</source>
        <translation>Flash:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Active events:</source>
        <translation>Aktive Ereignisse:</translation>
    </message>
    <message>
        <source>Firmware upgrade state</source>
        <translation>Status der Firmware-Aktualisierung</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Transfer status:</source>
        <translation>Übertragungsstatus:</translation>
    </message>
    <message>
        <source>Stored image:</source>
        <translation>Gespeichertes Image:</translation>
    </message>
    <message>
        <source>Upgrade to it…</source>
        <translation>Darauf aktualisieren…</translation>
    </message>
    <message>
        <source>Package folder:</source>
        <translation>Paketordner:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>keines installiert</translation>
    </message>
    <message>
        <source>dual bank (keeps measuring while upgrading)</source>
        <translation>Doppelbank (misst während der Aktualisierung weiter)</translation>
    </message>
    <message>
        <source>single bank (stops measuring while upgrading)</source>
        <translation>Einzelbank (misst während der Aktualisierung nicht)</translation>
    </message>
    <message>
        <source>%1 of %2 of firmware %3 (%4 %)</source>
        <translation>%1 von %2 der Firmware %3 (%4 %)</translation>
    </message>
    <message>
        <source>none pending</source>
        <translation>keine ausstehend</translation>
    </message>
    <message>
        <source>No package folder set (Tools ▸ Settings).</source>
        <translation>Kein Paketordner festgelegt (Extras ▸ Einstellungen).</translation>
    </message>
    <message>
        <source>No newer firmware for this meter in %1.</source>
        <translation>Keine neuere Firmware für diesen Zähler in %1.</translation>
    </message>
    <message>
        <source>Firmware %1 is available: %2 (%3)</source>
        <translation>Firmware %1 verfügbar: %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Recover…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::ReportDialog</name>
    <message>
        <source>Commissioning report of %1 %2</source>
        <translation>Inbetriebnahmebericht für %1 %2</translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation>&amp;Bericht schreiben</translation>
    </message>
    <message>
        <source>The meter could not be read: %1</source>
        <translation>Der Zähler konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File (.pdf or .html):</source>
        <translation>&amp;Datei (.pdf oder .html):</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>&amp;Techniker:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Save the commissioning report</source>
        <translation>Inbetriebnahmebericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;HTML documents (*.html *.htm)</source>
        <translation>PDF-Dokumente (*.pdf);;HTML-Dokumente (*.html *.htm)</translation>
    </message>
    <message>
        <source>Choose the report file first.</source>
        <translation>Zuerst die Berichtsdatei wählen.</translation>
    </message>
    <message>
        <source>A report file name ends in .pdf or .html.</source>
        <translation>Der Name einer Berichtsdatei endet auf .pdf oder .html.</translation>
    </message>
    <message>
        <source>Replace the report?</source>
        <translation>Bericht ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Reading the meter for the report…</source>
        <translation>Lese den Zähler für den Bericht…</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Report on %1 %2 written to %3.</source>
        <translation>Bericht zu %1 %2 geschrieben in %3.</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Die Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The live readings could not be read: %1</source>
        <translation>Die Live-Messwerte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The site and customer could not be kept for the next report: %1</source>
        <translation>Standort und Kunde konnten nicht für den nächsten Bericht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The device profiles could not be read: %1</source>
        <translation>Die Geräteprofile konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The meter could not be identified: %1</source>
        <translation>Der Zähler konnte nicht identifiziert werden: %1</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
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
        <translation>Wie lange eine Aktualisierung auf einen stummen Zähler wartet, bevor sie anhält (der Zähler bleibt fortsetzbar).</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Response timeout:</source>
        <translation>&amp;Antwort-Timeout:</translation>
    </message>
    <message>
        <source>Re&amp;tries per request:</source>
        <translation>&amp;Wiederholungen pro Anfrage:</translation>
    </message>
    <message>
        <source>&amp;Wait for a silent meter:</source>
        <translation>Warten auf &amp;stummen Zähler:</translation>
    </message>
    <message>
        <source>&amp;Data folder (logs, backups):</source>
        <translation>&amp;Datenordner (Protokolle, Sicherungen):</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>&amp;Package folder:</source>
        <translation>&amp;Paketordner:</translation>
    </message>
    <message>
        <source>Package folder</source>
        <translation>Paketordner</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Commissioner starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Commissioner.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::SetupGroupEditor</name>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Show the meter&apos;s values again in this group</source>
        <translation>Die Werte des Zählers in dieser Gruppe wieder anzeigen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Write this group&apos;s changed settings to the meter and read them back</source>
        <translation>Die geänderten Einstellungen dieser Gruppe auf den Zähler schreiben und zurücklesen</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::SetupPage</name>
    <message>
        <source>&amp;Read from the meter</source>
        <translation>Vom Zähler &amp;einlesen</translation>
    </message>
    <message>
        <source>Re&amp;vert all</source>
        <translation>Alles ve&amp;rwerfen</translation>
    </message>
    <message>
        <source>Send &amp;all changes</source>
        <translation>Alle Änderungen &amp;senden</translation>
    </message>
    <message>
        <source>Last send:</source>
        <translation>Letztes Senden:</translation>
    </message>
    <message>
        <source>Connect to a meter to see and change its settings.</source>
        <translation>Mit einem Zähler verbinden, um seine Einstellungen zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>Nothing was sent:
%1</source>
        <translation>Nichts wurde gesendet:
%1</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nichts wurde geschrieben: %1</translation>
    </message>
    <message>
        <source>%1
The settings could not be read again: %2</source>
        <translation>%1
Die Einstellungen konnten nicht erneut gelesen werden: %2</translation>
    </message>
    <message>
        <source>Setup: the settings could not be read again: %1</source>
        <translation>Einrichtung: Die Einstellungen konnten nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Die Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The meter is not in normal mode: its settings cannot be read or written now.</source>
        <translation>Der Zähler ist nicht im Normalmodus: seine Einstellungen können jetzt weder gelesen noch geschrieben werden.</translation>
    </message>
    <message>
        <source>No device profile for type %1.</source>
        <translation>Kein Geräteprofil für Typ %1.</translation>
    </message>
    <message>
        <source>Reading the meter&apos;s settings…</source>
        <translation>Lese die Einstellungen des Zählers…</translation>
    </message>
    <message>
        <source>The meter&apos;s values are shown again.</source>
        <translation>Die Werte des Zählers werden wieder angezeigt.</translation>
    </message>
    <message>
        <source>Nothing to send: no setting here differs from the meter.</source>
        <translation>Nichts zu senden: keine Einstellung hier weicht vom Zähler ab.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Preset the energy readings?</source>
        <translation>Energiezählerstände voreinstellen?</translation>
    </message>
    <message>
        <source>These are the meter&apos;s billing readings:

%1

Preset them on the meter?</source>
        <translation>Das sind die abrechnungsrelevanten Zählerstände des Zählers:

%1

Sie auf dem Zähler voreinstellen?</translation>
    </message>
    <message>
        <source>Nothing was sent: the energy preset was not confirmed.</source>
        <translation>Nichts wurde gesendet: das Voreinstellen der Energiezählerstände wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>Setup: the energy preset was not confirmed; nothing was sent.</source>
        <translation>Einrichtung: Das Voreinstellen der Energiezählerstände wurde nicht bestätigt; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Change the communications settings?</source>
        <translation>Kommunikationseinstellungen ändern?</translation>
    </message>
    <message>
        <source>%1

The meter answers at its new settings once it has answered this write (written last). The connection will follow it there.

Send?</source>
        <translation>%1

Der Zähler antwortet mit seinen neuen Einstellungen, sobald er auf dieses Schreiben (als letztes) geantwortet hat. Die Verbindung folgt ihm dorthin.

Senden?</translation>
    </message>
    <message>
        <source>Nothing was sent: the communications change was not confirmed.</source>
        <translation>Nichts wurde gesendet: die Änderung der Kommunikation wurde nicht bestätigt.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n setting(s) and reading them back…</source>
        <translation>
            <numerusform>Schreibe %n Einstellung und lese sie zurück…</numerusform>
            <numerusform>Schreibe %n Einstellungen und lese sie zurück…</numerusform>
        </translation>
    </message>
    <message>
        <source>The meter&apos;s settings as read. Changed values are marked in bold until sent.</source>
        <translation>Die Einstellungen des Zählers wie gelesen. Geänderte Werte sind fett markiert, bis sie gesendet sind.</translation>
    </message>
    <message>
        <source>Backup of the settings before the change: %1</source>
        <translation>Sicherung der Einstellungen vor der Änderung: %1</translation>
    </message>
    <message>
        <source>Setup: %1</source>
        <translation>Einrichtung: %1</translation>
    </message>
    <message>
        <source>Setup: %1 %2 → %3 (%4)</source>
        <translation>Einrichtung: %1 %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Communications settings</source>
        <translation>Kommunikationseinstellungen</translation>
    </message>
    <message>
        <source>Discard the unsent changes?</source>
        <translation>Nicht gesendete Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>These settings were changed on the Setup tab and not sent to the meter:

%1

Discard the changes?</source>
        <translation>Diese Einstellungen wurden im Reiter Einrichtung geändert und nicht an den Zähler gesendet:

%1

Änderungen verwerfen?</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::SetupSettingEditor</name>
    <message>
        <source>%1 (not a valid choice)</source>
        <translation>%1 (keine gültige Auswahl)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Changed: the meter holds %1.</source>
        <translation>Geändert: der Zähler hat %1.</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::TemplatesPage</name>
    <message>
        <source>&amp;Save the meter&apos;s template…</source>
        <translation>Vorlage des Zählers &amp;speichern…</translation>
    </message>
    <message>
        <source>Template &amp;file:</source>
        <translation>Vorlagen&amp;datei:</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Restore these groups</source>
        <translation>Diese Gruppen zurückspielen</translation>
    </message>
    <message>
        <source>&amp;Restore to the meter</source>
        <translation>Auf den Zähler zu&amp;rückspielen</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>Connect to a meter to save, compare or restore its template.</source>
        <translation>Mit einem Zähler verbinden, um seine Vorlage zu speichern, zu vergleichen oder zurückzuspielen.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Template saved to %1</source>
        <translation>Vorlage gespeichert in %1</translation>
    </message>
    <message numerus="yes">
        <source>Template %1 restored: %2 written, %n mismatch(es)</source>
        <translation>
            <numerusform>Vorlage %1 zurückgespielt: %2 geschrieben, %n Abweichung</numerusform>
            <numerusform>Vorlage %1 zurückgespielt: %2 geschrieben, %n Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>No device profile for type %1.</source>
        <translation>Kein Geräteprofil für Typ %1.</translation>
    </message>
    <message>
        <source>Not restored unless ticked: %1.</source>
        <translation>Nur zurückgespielt, wenn angekreuzt: %1.</translation>
    </message>
    <message>
        <source>Save the meter&apos;s template</source>
        <translation>Vorlage des Zählers speichern</translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation>Vorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the meter&apos;s settings…</source>
        <translation>Lese die Einstellungen des Zählers…</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Eine Vorlage wählen</translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>(not on meter)</source>
        <translation>(nicht im Zähler)</translation>
    </message>
    <message>
        <source>The meter&apos;s settings match %1.</source>
        <translation>Die Einstellungen des Zählers stimmen mit %1 überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) differ between %1 and the meter (marked ≠).</source>
        <translation>
            <numerusform>%n Einstellung weicht zwischen %1 und dem Zähler ab (mit ≠ markiert).</numerusform>
            <numerusform>%n Einstellungen weichen zwischen %1 und dem Zähler ab (mit ≠ markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one group to restore.</source>
        <translation>Mindestens eine Gruppe zum Zurückspielen ankreuzen.</translation>
    </message>
    <message>
        <source>Restore the template?</source>
        <translation>Vorlage zurückspielen?</translation>
    </message>
    <message>
        <source>Backups of this meter</source>
        <translation>Sicherungen dieses Zählers</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>%1 (its contents cannot be read)</source>
        <translation>%1 (Inhalt nicht lesbar)</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Compare &amp;with the meter</source>
        <translation>Mit dem Zähler ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Compare &amp;backup</source>
        <translation>Sicherung verglei&amp;chen</translation>
    </message>
    <message>
        <source>Restore b&amp;ackup…</source>
        <translation>Sich&amp;erung zurückspielen…</translation>
    </message>
    <message>
        <source>Reading the meter&apos;s settings again…</source>
        <translation>Lese die Einstellungen des Zählers erneut…</translation>
    </message>
    <message>
        <source>Saving a backup, then writing the settings…</source>
        <translation>Sicherung wird gespeichert, dann werden die Einstellungen geschrieben…</translation>
    </message>
    <message>
        <source>Backup before the restore: %1</source>
        <translation>Sicherung vor dem Zurückspielen: %1</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::UpgradeFlow</name>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>Diese Datei ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Settings restored from %1.</source>
        <translation>Einstellungen aus %1 zurückgespielt.</translation>
    </message>
    <message>
        <source>Settings not restored: %1</source>
        <translation>Einstellungen nicht zurückgespielt: %1</translation>
    </message>
    <message>
        <source>This meter (%1) is in upgrade mode with %2 of %3 of firmware %4. It does not measure until the firmware is installed.

Recover now?</source>
        <translation>Dieser Zähler (%1) ist im Aktualisierungsmodus mit %2 von %3 der Firmware %4. Er misst nicht, bis die Firmware installiert ist.

Jetzt wiederherstellen?</translation>
    </message>
    <message>
        <source>An interrupted upgrade of this meter (%1) to firmware %2 waits in its spare bank: %3 of %4 received. The meter goes on measuring with firmware %5.

Finish the upgrade now?</source>
        <translation>Eine unterbrochene Aktualisierung dieses Zählers (%1) auf Firmware %2 wartet in seiner Reservebank: %3 von %4 empfangen. Der Zähler misst mit Firmware %5 weiter.

Die Aktualisierung jetzt abschließen?</translation>
    </message>
    <message>
        <source>This meter (%1) has no firmware to run: %2.

Install firmware now?</source>
        <translation>Dieser Zähler (%1) hat keine ausführbare Firmware: %2.

Jetzt Firmware installieren?</translation>
    </message>
    <message>
        <source>Meter %1 needs recovery: %2</source>
        <translation>Zähler %1 muss wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Firmware recovery</source>
        <translation>Firmware-Wiederherstellung</translation>
    </message>
    <message>
        <source>Recovery postponed.</source>
        <translation>Wiederherstellung verschoben.</translation>
    </message>
    <message>
        <source>The package of the meter&apos;s pending image was not found in the data or package folder.</source>
        <translation>Das Paket des ausstehenden Zähler-Images wurde weder im Daten- noch im Paketordner gefunden.</translation>
    </message>
    <message>
        <source>Found the package of the pending image: %1 (%2)</source>
        <translation>Paket des ausstehenden Images gefunden: %1 (%2)</translation>
    </message>
    <message>
        <source>Choose the firmware package (.UPG) for the recovery</source>
        <translation>Das Firmware-Paket (.UPG) für die Wiederherstellung wählen</translation>
    </message>
    <message>
        <source>Firmware packages (*.upg *.UPG);;All files (*)</source>
        <translation>Firmware-Pakete (*.upg *.UPG);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Recovery postponed: no package chosen.</source>
        <translation>Wiederherstellung verschoben: kein Paket gewählt.</translation>
    </message>
    <message>
        <source>Unsigned package</source>
        <translation>Nicht signiertes Paket</translation>
    </message>
    <message>
        <source>The package %1 is not signed. Use it anyway? Only do so if you trust where it came from.</source>
        <translation>Das Paket %1 ist nicht signiert. Trotzdem verwenden? Nur, wenn Sie seiner Herkunft vertrauen.</translation>
    </message>
    <message>
        <source>Recovering %1 with firmware %2</source>
        <translation>Stelle %1 mit Firmware %2 wieder her</translation>
    </message>
    <message>
        <source>Upgrading %1 to firmware %2</source>
        <translation>Aktualisiere %1 auf Firmware %2</translation>
    </message>
    <message>
        <source>Abort requested; stopping after the current request.</source>
        <translation>Abbruch angefordert; halte nach der laufenden Anfrage an.</translation>
    </message>
    <message>
        <source>Upgrade of %1 to %2 started (%3).</source>
        <translation>Aktualisierung von %1 auf %2 gestartet (%3).</translation>
    </message>
    <message>
        <source>Factory settings</source>
        <translation>Werkseinstellungen</translation>
    </message>
    <message>
        <source>The meter came back with its factory settings and no backup of it was found. Restore its template from a saved file (Templates page) or set it by hand.</source>
        <translation>Der Zähler kam mit Werkseinstellungen zurück, und es wurde keine Sicherung gefunden. Seine Vorlage aus einer gespeicherten Datei zurückspielen (Seite Vorlagen) oder von Hand einstellen.</translation>
    </message>
    <message>
        <source>Restore the settings?</source>
        <translation>Einstellungen zurückspielen?</translation>
    </message>
    <message>
        <source>The package %1 cannot be used: %2.

Nothing was sent to the meter.</source>
        <translation>Das Paket %1 ist nicht verwendbar: %2.

Nichts wurde an den Zähler gesendet.</translation>
    </message>
    <message>
        <source>Recovery postponed: %1 refused (%2).</source>
        <translation>Wiederherstellung verschoben: %1 abgelehnt (%2).</translation>
    </message>
    <message>
        <source>Recovery postponed: the unsigned package %1 was not allowed. Nothing was sent to the meter.</source>
        <translation>Wiederherstellung verschoben: das nicht signierte Paket %1 wurde nicht erlaubt. Nichts wurde an den Zähler gesendet.</translation>
    </message>
    <message>
        <source>Recovering %1 with the older firmware %2</source>
        <translation>Stelle %1 mit der älteren Firmware %2 wieder her</translation>
    </message>
    <message>
        <source>Downgrading %1 from firmware %2 to the older %3</source>
        <translation>Stufe %1 von Firmware %2 auf die ältere %3 zurück</translation>
    </message>
    <message>
        <source>Reinstalling firmware %2 on %1</source>
        <translation>Installiere Firmware %2 erneut auf %1</translation>
    </message>
    <message>
        <source>Downgrade of %1 to the older firmware %2 started (%3).</source>
        <translation>Zurückstufung von %1 auf die ältere Firmware %2 gestartet (%3).</translation>
    </message>
    <message numerus="yes">
        <source>The meter came back without %n of its settings.</source>
        <translation>
            <numerusform>Der Zähler kam ohne %n seiner Einstellungen zurück.</numerusform>
            <numerusform>Der Zähler kam ohne %n seiner Einstellungen zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>An interrupted downgrade of this meter (%1) to the older firmware %2 waits in its spare bank: %3 of %4 received. The meter goes on measuring with firmware %5.

Finish the downgrade now?</source>
        <translation>Ein unterbrochenes Downgrade dieses Zählers (%1) auf die ältere Firmware %2 wartet in seiner Reservebank: %3 von %4 empfangen. Der Zähler misst mit Firmware %5 weiter.

Das Downgrade jetzt abschließen?</translation>
    </message>
    <message>
        <source>The backup %1 is not of this meter: it is not offered.</source>
        <translation>Die Sicherung %1 gehört nicht zu diesem Zähler: sie wird nicht angeboten.</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::UpgradeProgressDialog</name>
    <message>
        <source>Firmware upgrade</source>
        <translation>Firmware-Aktualisierung</translation>
    </message>
    <message>
        <source>&amp;Abort…</source>
        <translation>&amp;Abbrechen…</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 % — %2 of %3 — %4 — %5 left — comm efficiency %6 % — %n retry(s)</source>
        <translation>
            <numerusform>%1 % — %2 von %3 — %4 — noch %5 — Komm.-Effizienz %6 % — %n Wiederholung</numerusform>
            <numerusform>%1 % — %2 von %3 — %4 — noch %5 — Komm.-Effizienz %6 % — %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The meter is not answering. Check the cable or line; the upgrade goes on by itself when it answers again (waiting up to %1).</source>
        <translation>Der Zähler antwortet nicht. Kabel oder Leitung prüfen; die Aktualisierung läuft von selbst weiter, sobald er wieder antwortet (wartet bis zu %1).</translation>
    </message>
    <message>
        <source>Settings backup: %1 (%2)</source>
        <translation>Sicherung der Einstellungen: %1 (%2)</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Restoring the settings from %1…</source>
        <translation>Spiele die Einstellungen aus %1 zurück…</translation>
    </message>
    <message>
        <source>Settings restored from %1:</source>
        <translation>Einstellungen aus %1 zurückgespielt:</translation>
    </message>
    <message>
        <source>Settings restore from %1 incomplete:</source>
        <translation>Zurückspielen der Einstellungen aus %1 unvollständig:</translation>
    </message>
    <message>
        <source>Settings not restored: %1</source>
        <translation>Einstellungen nicht zurückgespielt: %1</translation>
    </message>
    <message>
        <source>Abort the upgrade?</source>
        <translation>Aktualisierung abbrechen?</translation>
    </message>
    <message>
        <source>Stop the upgrade after the current request?

The meter keeps what it has received. Connect to it again and the upgrade resumes from there; until then a single-bank meter stays in upgrade mode and does not measure.</source>
        <translation>Die Aktualisierung nach der laufenden Anfrage anhalten?

Der Zähler behält, was er empfangen hat. Erneut verbinden, dann wird die Aktualisierung dort fortgesetzt; bis dahin bleibt ein Einzelbank-Zähler im Aktualisierungsmodus und misst nicht.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Halte an…</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::UpgradeWizard</name>
    <message>
        <source>Upgrade the firmware of %1</source>
        <translation>Firmware von %1 aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Start upgrade</source>
        <translation>Aktualisierung &amp;starten</translation>
    </message>
    <message>
        <source>The meter could not be checked: %1</source>
        <translation>Der Zähler konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Firmware package</source>
        <translation>Firmware-Paket</translation>
    </message>
    <message>
        <source>Choose the .UPG file to install on this meter.</source>
        <translation>Die .UPG-Datei wählen, die auf diesem Zähler installiert werden soll.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>What the meter and the package say before anything is written.</source>
        <translation>Was Zähler und Paket sagen, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Allow an &amp;unsigned package</source>
        <translation>&amp;Nicht signiertes Paket erlauben</translation>
    </message>
    <message>
        <source>Allow the same or an &amp;older version</source>
        <translation>Gleiche oder ält&amp;ere Version erlauben</translation>
    </message>
    <message>
        <source>Ready to upgrade</source>
        <translation>Bereit zur Aktualisierung</translation>
    </message>
    <message>
        <source>Choose a firmware package</source>
        <translation>Ein Firmware-Paket wählen</translation>
    </message>
    <message>
        <source>Firmware packages (*.upg *.UPG);;All files (*)</source>
        <translation>Firmware-Pakete (*.upg *.UPG);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be used.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Diese Datei ist nicht verwendbar.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>No: it is for device type %1, this meter is type %2.</source>
        <translation>Nein: es ist für Gerätetyp %1, dieser Zähler ist Typ %2.</translation>
    </message>
    <message>
        <source>No: it is for hardware revisions %1 to %2, this meter is revision %3.</source>
        <translation>Nein: es ist für Hardware-Revisionen %1 bis %2, dieser Zähler hat Revision %3.</translation>
    </message>
    <message>
        <source>Yes (type %1, hardware %2 to %3).</source>
        <translation>Ja (Typ %1, Hardware %2 bis %3).</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>meter runs</source>
        <translation>Zähler hat</translation>
    </message>
    <message>
        <source>Built:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>Fits this meter:</source>
        <translation>Passt zu diesem Zähler:</translation>
    </message>
    <message>
        <source>Release notes:</source>
        <translation>Versionshinweise:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Resume the upgrade of meter %1 to firmware %2. The meter already holds part of this image; the transfer goes on from there.</source>
        <translation>Die Aktualisierung von Zähler %1 auf Firmware %2 fortsetzen. Der Zähler hat bereits einen Teil dieses Images; die Übertragung wird dort fortgesetzt.</translation>
    </message>
    <message>
        <source>Upgrade meter %1 (%2) from firmware %3 to %4.</source>
        <translation>Zähler %1 (%2) von Firmware %3 auf %4 aktualisieren.</translation>
    </message>
    <message>
        <source>Its settings are read and saved first, to %1. If the meter comes back with factory settings, you will be offered to restore them.</source>
        <translation>Seine Einstellungen werden zuerst gelesen und in %1 gesichert. Kommt der Zähler mit Werkseinstellungen zurück, wird angeboten, sie zurückzuspielen.</translation>
    </message>
    <message>
        <source>The meter is in upgrade mode, so its settings cannot be read now; the latest backup in %1 is offered afterwards.</source>
        <translation>Der Zähler ist im Aktualisierungsmodus, daher können seine Einstellungen jetzt nicht gelesen werden; die letzte Sicherung in %1 wird danach angeboten.</translation>
    </message>
    <message>
        <source>This is a single-bank meter: it stops measuring until the new firmware is installed.</source>
        <translation>Dies ist ein Einzelbank-Zähler: er misst nicht, bis die neue Firmware installiert ist.</translation>
    </message>
    <message>
        <source>A lost connection does not harm the meter: the upgrade waits for it and resumes where it stopped.</source>
        <translation>Ein Verbindungsabbruch schadet dem Zähler nicht: die Aktualisierung wartet auf ihn und setzt dort fort, wo sie angehalten hat.</translation>
    </message>
    <message>
        <source>Checking the meter…</source>
        <translation>Prüfe den Zähler…</translation>
    </message>
    <message>
        <source>Blocks: %1</source>
        <translation>Blockiert: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>The upgrade can go ahead.</source>
        <translation>Die Aktualisierung kann beginnen.</translation>
    </message>
    <message>
        <source>The upgrade cannot go ahead as it is:</source>
        <translation>Die Aktualisierung kann so nicht beginnen:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Downgrade meter %1 (%2) from firmware %3 to the older %4.</source>
        <translation>Zähler %1 (%2) von Firmware %3 auf die ältere %4 zurückstufen.</translation>
    </message>
    <message>
        <source>Reinstall firmware %3 on meter %1 (%2).</source>
        <translation>Firmware %3 erneut auf Zähler %1 (%2) installieren.</translation>
    </message>
    <message>
        <source>Reinstall the firmware of %1</source>
        <translation>Firmware von %1 erneut installieren</translation>
    </message>
    <message>
        <source>&amp;Start reinstall</source>
        <translation>Neuinstallation &amp;starten</translation>
    </message>
    <message>
        <source>Downgrade the firmware of %1</source>
        <translation>Firmware von %1 zurückstufen</translation>
    </message>
    <message>
        <source>&amp;Start downgrade</source>
        <translation>Zurückstufung &amp;starten</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::XmodemRecoveryDialog</name>
    <message>
        <source>XMODEM recovery</source>
        <translation>XMODEM-Wiederherstellung</translation>
    </message>
    <message>
        <source>For a meter that answers no Modbus: its recovery bootloader takes a package over the serial port for a minute after power-up.</source>
        <translation>Für einen Zähler, der nicht mehr über Modbus antwortet: Sein Wiederherstellungs-Bootloader nimmt nach dem Einschalten eine Minute lang ein Paket über die serielle Schnittstelle an.</translation>
    </message>
    <message>
        <source>Serial &amp;port:</source>
        <translation>Serielle Sch&amp;nittstelle:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>P&amp;ackage:</source>
        <translation>P&amp;aket:</translation>
    </message>
    <message>
        <source>Send this &amp;unsigned package anyway</source>
        <translation>Dieses &amp;unsignierte Paket trotzdem senden</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Ca&amp;ncel transfer</source>
        <translation>Übertragung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Not a usable package: %1</source>
        <translation>Kein verwendbares Paket: %1</translation>
    </message>
    <message>
        <source>Power-cycle the meter now: waiting for its bootloader (&apos;C&apos;)… %1 s left</source>
        <translation>Schalten Sie den Zähler jetzt aus und wieder ein: Warten auf seinen Bootloader („C“)… noch %1 s</translation>
    </message>
    <message>
        <source>The bootloader answered; sending the package in %1-byte blocks…</source>
        <translation>Der Bootloader hat geantwortet; das Paket wird in Blöcken zu %1 Byte gesendet…</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Byte</translation>
    </message>
    <message>
        <source>Choose a firmware package</source>
        <translation>Firmware-Paket auswählen</translation>
    </message>
    <message>
        <source>Firmware packages (*.upg *.UPG);;All files (*)</source>
        <translation>Firmware-Pakete (*.upg *.UPG);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Paket wird geprüft…</translation>
    </message>
    <message>
        <source>Firmware %1 for type %2, hardware %3-%4, %5. %6</source>
        <translation>Firmware %1 für Typ %2, Hardware %3-%4, %5. %6</translation>
    </message>
    <message>
        <source>This package cannot be sent: its signature does not count.</source>
        <translation>Dieses Paket kann nicht gesendet werden: Seine Signatur zählt nicht.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>No bootloader answered on %1. Power-cycle the meter and press Start within its first minute, and check the cable.</source>
        <translation>Auf %1 hat kein Bootloader geantwortet. Schalten Sie den Zähler aus und wieder ein, drücken Sie innerhalb der ersten Minute auf Starten und prüfen Sie das Kabel.</translation>
    </message>
    <message>
        <source>The meter&apos;s bootloader refused the package (wrong device type, hardware revision, or a damaged file). Nothing was installed.</source>
        <translation>Der Bootloader des Zählers hat das Paket abgelehnt (falscher Gerätetyp, falsche Hardware-Revision oder beschädigte Datei). Es wurde nichts installiert.</translation>
    </message>
    <message>
        <source>Cancelled. The meter&apos;s bootloader will ask for a package again.</source>
        <translation>Abgebrochen. Der Bootloader des Zählers fragt erneut nach einem Paket.</translation>
    </message>
    <message>
        <source>The serial port failed: %1</source>
        <translation>Die serielle Schnittstelle ist ausgefallen: %1</translation>
    </message>
    <message>
        <source>The transfer failed at %1 bytes: the meter stopped acknowledging. Check the cable, power-cycle the meter and start again.</source>
        <translation>Die Übertragung ist bei %1 Byte fehlgeschlagen: Der Zähler hat nicht mehr quittiert. Prüfen Sie das Kabel, schalten Sie den Zähler aus und wieder ein und beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>Connect to %1 now (%2) and restore its latest template backup, from %3?</source>
        <translation>Jetzt mit %1 verbinden (%2) und seine letzte Vorlagensicherung vom %3 wiederherstellen?</translation>
    </message>
    <message>
        <source>Connect to %1 now (%2)? No template backup of it was found: set its template by hand or from a saved file.</source>
        <translation>Jetzt mit %1 verbinden (%2)? Es wurde keine Vorlagensicherung gefunden: Stellen Sie seine Vorlage von Hand oder aus einer gespeicherten Datei ein.</translation>
    </message>
    <message>
        <source>Meter recovered</source>
        <translation>Zähler wiederhergestellt</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The package was sent, but the meter that answers is %1 (type %2), not type %3 as the package. Nothing was recorded.</source>
        <translation>Das Paket wurde gesendet, aber der antwortende Zähler ist %1 (Typ %2), nicht Typ %3 wie das Paket. Nichts wurde aufgezeichnet.</translation>
    </message>
    <message>
        <source>The package was sent, but the meter answers with firmware %1, not %2. Power-cycle it and connect again.</source>
        <translation>Das Paket wurde gesendet, aber der Zähler antwortet mit Firmware %1, nicht %2. Schalten Sie ihn aus und wieder ein und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The bootloader took the package; waiting for the meter to start (Modbus RTU, %1 baud, %2, unit %3)…</source>
        <translation>Der Bootloader hat das Paket angenommen; warte auf den Start des Zählers (Modbus RTU, %1 Baud, %2, Einheit %3)…</translation>
    </message>
    <message>
        <source>The package was sent, but the meter does not answer Modbus at %1 baud, %2, unit %3 (%4). Power-cycle it and connect again.</source>
        <translation>Das Paket wurde gesendet, aber der Zähler antwortet nicht per Modbus mit %1 Baud, %2, Einheit %3 (%4). Schalten Sie ihn aus und wieder ein und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Installed: %1, serial %2, firmware %3. The meter starts with factory settings (unit %4, %5 baud, %6).</source>
        <translation>Installiert: %1, Seriennummer %2, Firmware %3. Der Zähler startet mit den Werkseinstellungen (Einheit %4, %5 Baud, %6).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commissioning tool for Modbus power meters.</source>
        <translation>Inbetriebnahme-Werkzeug für Modbus-Energiezähler.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Connect to the built-in demo meter.</source>
        <translation>Mit dem eingebauten Demo-Zähler verbinden.</translation>
    </message>
    <message>
        <source>Use this data folder.</source>
        <translation>Diesen Datenordner verwenden.</translation>
    </message>
    <message>
        <source>Render each main screen to PNG files in DIR and exit.</source>
        <translation>Jeden Hauptbildschirm als PNG-Datei in DIR rendern und beenden.</translation>
    </message>
</context>
</TS>
