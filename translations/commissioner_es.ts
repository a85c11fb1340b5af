<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CommissionerCli</name>
    <message>
        <source>clock needs sync or show</source>
        <translation>clock necesita sync o show</translation>
    </message>
    <message>
        <source>clock %1 takes no arguments</source>
        <translation>clock %1 no admite argumentos</translation>
    </message>
    <message>
        <source>commissioner-cli: cannot identify the meter: %1</source>
        <translation>commissioner-cli: no se puede identificar el medidor: %1</translation>
    </message>
    <message>
        <source>commissioner-cli: the meter is in %1 mode: its clock is available only in NORMAL mode</source>
        <translation>commissioner-cli: el medidor está en modo %1: su reloj solo está disponible en modo NORMAL</translation>
    </message>
    <message>
        <source>commissioner-cli: reading the clock failed: %1</source>
        <translation>commissioner-cli: falló la lectura del reloj: %1</translation>
    </message>
    <message>
        <source>Meter clock:    %1 (%2 s from this computer)</source>
        <translation>Reloj del medidor:  %1 (%2 s respecto a este equipo)</translation>
    </message>
    <message>
        <source>commissioner-cli: setting the clock failed: %1</source>
        <translation>commissioner-cli: falló el ajuste del reloj: %1</translation>
    </message>
    <message>
        <source>Set to:         %1 (this computer&apos;s clock, UTC)</source>
        <translation>Ajustado a:         %1 (reloj de este equipo, UTC)</translation>
    </message>
    <message>
        <source>commissioner-cli: reading the clock back failed: %1</source>
        <translation>commissioner-cli: falló la relectura del reloj: %1</translation>
    </message>
    <message>
        <source>Read back:      %1 (%2 s from this computer)</source>
        <translation>Releído:            %1 (%2 s respecto a este equipo)</translation>
    </message>
    <message>
        <source>warning: the meter&apos;s clock reads %1 s away from the time just set</source>
        <translation>aviso: el reloj del medidor marca %1 s de diferencia con la hora recién ajustada</translation>
    </message>
    <message>
        <source>Modbus TCP to HOST (port 502 unless given).</source>
        <translation>Modbus TCP hacia HOST (puerto 502 salvo que se indique).</translation>
    </message>
    <message>
        <source>Modbus RTU through a TCP gateway.</source>
        <translation>Modbus RTU a través de una pasarela TCP.</translation>
    </message>
    <message>
        <source>Modbus RTU on a serial port (COM10, /dev/ttyUSB0).</source>
        <translation>Modbus RTU en un puerto serie (COM10, /dev/ttyUSB0).</translation>
    </message>
    <message>
        <source>Serial baud rate (default 19200).</source>
        <translation>Velocidad en baudios del puerto serie (por defecto 19200).</translation>
    </message>
    <message>
        <source>Serial parity N, E or O (default E).</source>
        <translation>Paridad del puerto serie N, E u O (por defecto E).</translation>
    </message>
    <message>
        <source>Serial stop bits 1 or 2 (default 1).</source>
        <translation>Bits de parada del puerto serie, 1 o 2 (por defecto 1).</translation>
    </message>
    <message>
        <source>Ask the serial driver for RS-485 mode.</source>
        <translation>Pedir al controlador serie el modo RS-485.</translation>
    </message>
    <message>
        <source>Dial through a Hayes modem on DEV.</source>
        <translation>Marcar a través de un módem Hayes en DEV.</translation>
    </message>
    <message>
        <source>The number the modem dials.</source>
        <translation>El número que marca el módem.</translation>
    </message>
    <message>
        <source>The modem&apos;s init string (default ATZ).</source>
        <translation>La cadena de inicialización del módem (por defecto ATZ).</translation>
    </message>
    <message>
        <source>Pulse dialing instead of tone.</source>
        <translation>Marcación por pulsos en lugar de tonos.</translation>
    </message>
    <message>
        <source>The meter&apos;s unit ID (default 1).</source>
        <translation>El ID de unidad del medidor (por defecto 1).</translation>
    </message>
    <message>
        <source>Response timeout per request.</source>
        <translation>Tiempo de espera de respuesta por petición.</translation>
    </message>
    <message>
        <source>Retries per request (default 3).</source>
        <translation>Reintentos por petición (por defecto 3).</translation>
    </message>
    <message>
        <source>Pause before the first retry (default 100).</source>
        <translation>Pausa antes del primer reintento (por defecto 100).</translation>
    </message>
    <message>
        <source>Where logs, backups, packages and journals go (default: the app data folder).</source>
        <translation>Dónde van los registros, copias de seguridad, paquetes y diarios (por defecto: la carpeta de datos de la aplicación).</translation>
    </message>
    <message>
        <source>commissioner-cli: %1 (see --help)</source>
        <translation>commissioner-cli: %1 (véase --help)</translation>
    </message>
    <message>
        <source>no link given: use --tcp, --rtu-tcp, --serial or --modem</source>
        <translation>no se indicó ningún enlace: use --tcp, --rtu-tcp, --serial o --modem</translation>
    </message>
    <message>
        <source>give only one of --tcp, --rtu-tcp, --serial, --modem</source>
        <translation>indique solo una de --tcp, --rtu-tcp, --serial, --modem</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 debe ser un número de %2 a %3, no «%4»</translation>
    </message>
    <message>
        <source>--tcp wants HOST or HOST:PORT, not &quot;%1&quot;</source>
        <translation>--tcp espera HOST o HOST:PUERTO, no «%1»</translation>
    </message>
    <message>
        <source>--rtu-tcp wants HOST:PORT, not &quot;%1&quot;</source>
        <translation>--rtu-tcp espera HOST:PUERTO, no «%1»</translation>
    </message>
    <message>
        <source>--modem needs --phone NUMBER</source>
        <translation>--modem necesita --phone NÚMERO</translation>
    </message>
    <message>
        <source>--parity must be N, E or O, not &quot;%1&quot;</source>
        <translation>--parity debe ser N, E u O, no «%1»</translation>
    </message>
    <message>
        <source>warning: %1 would not switch to RS-485 mode (%2); going on in its current mode</source>
        <translation>aviso: %1 no quiso pasar a modo RS-485 (%2); se continúa en su modo actual</translation>
    </message>
    <message>
        <source>commissioner-cli: cannot open %1: %2</source>
        <translation>commissioner-cli: no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [s/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>illegal function</source>
        <translation>función no permitida</translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation>dirección de datos no permitida</translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation>valor de datos no permitido</translation>
    </message>
    <message>
        <source>server device failure</source>
        <translation>fallo del dispositivo</translation>
    </message>
    <message>
        <source>server device busy</source>
        <translation>dispositivo ocupado</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
    <message>
        <source> (register %1, %2 registers)</source>
        <translation> (registro %1, %2 registros)</translation>
    </message>
    <message>
        <source>no answer from the meter%1; check the cable, the unit ID and the baud rate</source>
        <translation>sin respuesta del medidor%1; compruebe el cable, el ID de unidad y la velocidad en baudios</translation>
    </message>
    <message>
        <source>the link was lost%1</source>
        <translation>se perdió el enlace%1</translation>
    </message>
    <message>
        <source>cannot connect%1</source>
        <translation>no se puede conectar%1</translation>
    </message>
    <message>
        <source>the meter answered exception %1 (%2)%3</source>
        <translation>el medidor respondió con la excepción %1 (%2)%3</translation>
    </message>
    <message>
        <source>a garbled answer%1%2</source>
        <translation>una respuesta ilegible%1%2</translation>
    </message>
    <message>
        <source>the request cannot be sent%1%2</source>
        <translation>la petición no se puede enviar%1%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar en JSON.</translation>
    </message>
    <message>
        <source>identify takes no arguments</source>
        <translation>identify no admite argumentos</translation>
    </message>
    <message>
        <source>commissioner-cli: identify failed on %1: %2</source>
        <translation>commissioner-cli: falló la identificación en %1: %2</translation>
    </message>
    <message>
        <source>Device type:        %1 (%2)</source>
        <translation>Tipo de dispositivo:     %1 (%2)</translation>
    </message>
    <message>
        <source>Hardware revision:  %1</source>
        <translation>Revisión de hardware:    %1</translation>
    </message>
    <message>
        <source>Firmware:           %1</source>
        <translation>Firmware:                %1</translation>
    </message>
    <message>
        <source>Serial number:      %1</source>
        <translation>Número de serie:         %1</translation>
    </message>
    <message>
        <source>Mode:               %1</source>
        <translation>Modo:                    %1</translation>
    </message>
    <message>
        <source>Active events:      %1</source>
        <translation>Eventos activos:         %1</translation>
    </message>
    <message>
        <source>Bootloader version: %1</source>
        <translation>Versión del bootloader:  %1</translation>
    </message>
    <message>
        <source>Flash banks:        %1</source>
        <translation>Bancos de flash:         %1</translation>
    </message>
    <message>
        <source>Register map:       version %1</source>
        <translation>Mapa de registros:       versión %1</translation>
    </message>
    <message>
        <source>Upgrade state:      %1</source>
        <translation>Estado de actualización: %1</translation>
    </message>
    <message>
        <source>This meter has an unfinished firmware transfer: run `recover` to finish it.</source>
        <translation>Este medidor tiene una transferencia de firmware sin terminar: ejecute `recover` para terminarla.</translation>
    </message>
    <message>
        <source>warning: register map version %1 is not the supported version %2</source>
        <translation>aviso: la versión %1 del mapa de registros no es la versión admitida %2</translation>
    </message>
    <message>
        <source>commissioner-cli: %1 is not a valid firmware package: %2</source>
        <translation>commissioner-cli: %1 no es un paquete de firmware válido: %2</translation>
    </message>
    <message>
        <source>warning: key file %1 was not loaded</source>
        <translation>aviso: no se cargó el archivo de clave %1</translation>
    </message>
    <message>
        <source>commissioner-cli: %1: the signature does not verify; the file was changed after it was signed</source>
        <translation>commissioner-cli: %1: la firma no es válida; el archivo se modificó después de firmarse</translation>
    </message>
    <message>
        <source>the meter&apos;s register map version %1 is not supported</source>
        <translation>la versión %1 del mapa de registros del medidor no es compatible</translation>
    </message>
    <message>
        <source>the package is not signed; use --allow-unsigned if you trust where it came from</source>
        <translation>el paquete no está firmado; use --allow-unsigned si confía en su procedencia</translation>
    </message>
    <message>
        <source>the package is not signed (allowed)</source>
        <translation>el paquete no está firmado (permitido)</translation>
    </message>
    <message>
        <source>the package is signed with a key this tool does not trust</source>
        <translation>el paquete está firmado con una clave en la que esta herramienta no confía</translation>
    </message>
    <message>
        <source>the package&apos;s signature does not verify: it was changed after signing</source>
        <translation>la firma del paquete no es válida: se modificó después de firmarse</translation>
    </message>
    <message>
        <source>the package is for device type %1, this meter is %2</source>
        <translation>el paquete es para el tipo de dispositivo %1, este medidor es %2</translation>
    </message>
    <message>
        <source>the meter&apos;s hardware revision %1 is outside the package&apos;s range %2 to %3</source>
        <translation>la revisión de hardware %1 del medidor está fuera del rango %2 a %3 del paquete</translation>
    </message>
    <message>
        <source>the meter has active events (%1): clear them first</source>
        <translation>el medidor tiene eventos activos (%1): elimínelos primero</translation>
    </message>
    <message>
        <source>a site wiring fault is active; it does not block an upgrade</source>
        <translation>hay un fallo de cableado en la instalación; no bloquea la actualización</translation>
    </message>
    <message>
        <source>the image is %1 bytes; this meter takes at most %2</source>
        <translation>la imagen tiene %1 bytes; este medidor admite como máximo %2</translation>
    </message>
    <message>
        <source>the meter already runs this version; use --allow-downgrade to install it again</source>
        <translation>el medidor ya ejecuta esta versión; use --allow-downgrade para instalarla de nuevo</translation>
    </message>
    <message>
        <source>the package is older than the meter&apos;s firmware; use --allow-downgrade</source>
        <translation>el paquete es más antiguo que el firmware del medidor; use --allow-downgrade</translation>
    </message>
    <message>
        <source>same or older version (allowed)</source>
        <translation>versión igual o anterior (permitido)</translation>
    </message>
    <message>
        <source>the meter reports a block size of %1 bytes, which the spec does not allow</source>
        <translation>el medidor indica un tamaño de bloque de %1 bytes, que la especificación no permite</translation>
    </message>
    <message>
        <source>the meter is verifying or installing an image; the upgrade waits for it</source>
        <translation>el medidor está verificando o instalando una imagen; la actualización lo espera</translation>
    </message>
    <message>
        <source>the meter already holds %1 of %2 bytes of this image: the transfer resumes there</source>
        <translation>el medidor ya tiene %1 de %2 bytes de esta imagen: la transferencia continúa desde ahí</translation>
    </message>
    <message>
        <source>the meter is in upgrade mode: its settings cannot be read for a backup</source>
        <translation>el medidor está en modo de actualización: sus ajustes no se pueden leer para una copia de seguridad</translation>
    </message>
    <message>
        <source>Print JSON, one object per reading.</source>
        <translation>Mostrar en JSON, un objeto por lectura.</translation>
    </message>
    <message>
        <source>Readings to take (default 1; 0 = until stopped).</source>
        <translation>Lecturas a tomar (por defecto 1; 0 = hasta detener).</translation>
    </message>
    <message>
        <source>Time between readings.</source>
        <translation>Tiempo entre lecturas.</translation>
    </message>
    <message>
        <source>--count and --interval-ms must be whole numbers, 0 or more</source>
        <translation>--count e --interval-ms deben ser números enteros, 0 o más</translation>
    </message>
    <message>
        <source>commissioner-cli: reading failed: %1</source>
        <translation>commissioner-cli: falló la lectura: %1</translation>
    </message>
    <message>
        <source>(readings are only available while the meter runs its firmware in NORMAL mode; see `status`)</source>
        <translation>(las lecturas solo están disponibles mientras el medidor ejecuta su firmware en modo NORMAL; véase `status`)</translation>
    </message>
    <message>
        <source>V: %1 %2 %3 V   I: %4 %5 %6 A   P: %7 kW  Q: %8 kvar  S: %9 kVA</source>
        <translation>V: %1 %2 %3 V   I: %4 %5 %6 A   P: %7 kW  Q: %8 kvar  S: %9 kVA</translation>
    </message>
    <message>
        <source>   PF: %1  f: %2 Hz  up %3 s</source>
        <translation>   FP: %1  f: %2 Hz  encendido %3 s</translation>
    </message>
    <message>
        <source>Path of the .UPG package to send (empty to stop): </source>
        <translation>Ruta del paquete .UPG a enviar (vacío para parar): </translation>
    </message>
    <message>
        <source>The .UPG to use (else found by the meter&apos;s image SHA-256).</source>
        <translation>El .UPG a usar (si no, se busca por el SHA-256 de la imagen del medidor).</translation>
    </message>
    <message>
        <source>A folder to look for the matching package in (repeatable).</source>
        <translation>Una carpeta donde buscar el paquete correspondiente (repetible).</translation>
    </message>
    <message>
        <source>A folder of further trusted public keys.</source>
        <translation>Una carpeta con más claves públicas de confianza.</translation>
    </message>
    <message>
        <source>Accept a package that is not signed.</source>
        <translation>Aceptar un paquete sin firmar.</translation>
    </message>
    <message>
        <source>Restore the meter&apos;s last pre-upgrade backup if it comes back at factory settings.</source>
        <translation>Restaurar la última copia de seguridad previa a la actualización si el medidor vuelve con los ajustes de fábrica.</translation>
    </message>
    <message>
        <source>How long a silent meter pauses the transfer (default 300).</source>
        <translation>Cuánto tiempo pausa la transferencia un medidor que no responde (por defecto 300).</translation>
    </message>
    <message>
        <source>Do not ask before starting.</source>
        <translation>No preguntar antes de empezar.</translation>
    </message>
    <message>
        <source>commissioner-cli: %1</source>
        <translation>commissioner-cli: %1</translation>
    </message>
    <message>
        <source>%1 runs firmware %2 in NORMAL mode with no transfer pending: nothing to recover.</source>
        <translation>%1 ejecuta el firmware %2 en modo NORMAL sin transferencia pendiente: nada que recuperar.</translation>
    </message>
    <message>
        <source>%1 is in %2 mode, UPG_STATUS %3, %4 of %5 bytes of image %6 stored.</source>
        <translation>%1 está en modo %2, UPG_STATUS %3, %4 de %5 bytes de la imagen %6 almacenados.</translation>
    </message>
    <message>
        <source>Found the package of that image: %1 (%2)</source>
        <translation>Encontrado el paquete de esa imagen: %1 (%2)</translation>
    </message>
    <message>
        <source>No package with the meter&apos;s image (SHA-256 %1) was found in the journal, %2 or the folders given.</source>
        <translation>No se encontró ningún paquete con la imagen del medidor (SHA-256 %1) en el diario, en %2 ni en las carpetas indicadas.</translation>
    </message>
    <message>
        <source>commissioner-cli: name the package to send with --package FILE</source>
        <translation>commissioner-cli: indique el paquete a enviar con --package ARCHIVO</translation>
    </message>
    <message>
        <source>This package is not the meter&apos;s pending image: the transfer starts again from 0.</source>
        <translation>Este paquete no es la imagen pendiente del medidor: la transferencia empieza de nuevo desde 0.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>commissioner-cli: not starting without --yes when there is no terminal to ask</source>
        <translation>commissioner-cli: no se empieza sin --yes cuando no hay terminal para preguntar</translation>
    </message>
    <message>
        <source>Recover %1 with firmware %2 now?</source>
        <translation>¿Recuperar %1 con el firmware %2 ahora?</translation>
    </message>
    <message>
        <source>normal: running its firmware, no transfer pending</source>
        <translation>normal: ejecuta su firmware, sin transferencia pendiente</translation>
    </message>
    <message>
        <source>normal, with an interrupted transfer waiting in the spare bank</source>
        <translation>normal, con una transferencia interrumpida esperando en el banco de reserva</translation>
    </message>
    <message>
        <source>normal, with a whole image stored that was never installed (commit it again)</source>
        <translation>normal, con una imagen completa almacenada que nunca se instaló (confírmela de nuevo)</translation>
    </message>
    <message>
        <source>in upgrade mode with part of an image: needs recovery (resume the transfer)</source>
        <translation>en modo de actualización con parte de una imagen: necesita recuperación (reanudar la transferencia)</translation>
    </message>
    <message>
        <source>in upgrade mode with the whole image stored: needs recovery (commit again)</source>
        <translation>en modo de actualización con la imagen completa almacenada: necesita recuperación (confirmar de nuevo)</translation>
    </message>
    <message>
        <source>in upgrade mode with no image stored: needs a new transfer</source>
        <translation>en modo de actualización sin imagen almacenada: necesita una nueva transferencia</translation>
    </message>
    <message>
        <source>no firmware: needs a new transfer</source>
        <translation>sin firmware: necesita una nueva transferencia</translation>
    </message>
    <message>
        <source>verifying or installing an image right now</source>
        <translation>verificando o instalando una imagen en este momento</translation>
    </message>
    <message>
        <source>No backup of %1 was found: set its template by hand or from a saved file.</source>
        <translation>No se encontró ninguna copia de seguridad de %1: configure su plantilla a mano o desde un archivo guardado.</translation>
    </message>
    <message>
        <source>commissioner-cli: nothing restored: %1</source>
        <translation>commissioner-cli: no se restauró nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Template restored from %1: %n setting(s) written and read back.</source>
        <translation>
            <numerusform>Plantilla restaurada desde %1: %n ajuste escrito y releído.</numerusform>
            <numerusform>Plantilla restaurada desde %1: %n ajustes escritos y releídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Baud rates to try, in order (default 19200,9600,38400,57600,115200).</source>
        <translation>Velocidades en baudios a probar, en orden (por defecto 19200,9600,38400,57600,115200).</translation>
    </message>
    <message>
        <source>Parities to try, in order (default E,N,O).</source>
        <translation>Paridades a probar, en orden (por defecto E,N,O).</translation>
    </message>
    <message>
        <source>Unit IDs to try (default 1-247).</source>
        <translation>ID de unidad a probar (por defecto 1-247).</translation>
    </message>
    <message>
        <source>Stop at the first meter found.</source>
        <translation>Parar en el primer medidor encontrado.</translation>
    </message>
    <message>
        <source>Print the meters found as JSON.</source>
        <translation>Mostrar los medidores encontrados en JSON.</translation>
    </message>
    <message>
        <source>scan needs --serial DEV</source>
        <translation>scan necesita --serial DEV</translation>
    </message>
    <message>
        <source>--bauds wants a list like 9600,19200</source>
        <translation>--bauds espera una lista como 9600,19200</translation>
    </message>
    <message>
        <source>--parities wants a list of N, E and O</source>
        <translation>--parities espera una lista de N, E y O</translation>
    </message>
    <message>
        <source>--units wants A-B within 1-247</source>
        <translation>--units espera A-B dentro de 1-247</translation>
    </message>
    <message>
        <source>Scanning %1: %2 line settings x units %3-%4; at worst %5 min %6 s (Ctrl-C stops)</source>
        <translation>Explorando %1: %2 configuraciones de línea x unidades %3-%4; como máximo %5 min %6 s (Ctrl-C para parar)</translation>
    </message>
    <message>
        <source>found: unit %1 at %2%3</source>
        <translation>encontrado: unidad %1 a %2%3</translation>
    </message>
    <message>
        <source> (answered exception %1)</source>
        <translation> (respondió con la excepción %1)</translation>
    </message>
    <message>
        <source>commissioner-cli: cannot use %1: %2</source>
        <translation>commissioner-cli: no se puede usar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n meter(s) found in %1 s%2</source>
        <translation>
            <numerusform>%n medidor encontrado en %1 s%2</numerusform>
            <numerusform>%n medidores encontrados en %1 s%2</numerusform>
        </translation>
    </message>
    <message>
        <source> (stopped early)</source>
        <translation> (detenido antes de terminar)</translation>
    </message>
    <message>
        <source>Meter:        %1 %2, firmware %3, %4 mode</source>
        <translation>Medidor:       %1 %2, firmware %3, modo %4</translation>
    </message>
    <message>
        <source>State:        %1</source>
        <translation>Estado:        %1</translation>
    </message>
    <message>
        <source>UPG_STATUS:   %1</source>
        <translation>UPG_STATUS:    %1</translation>
    </message>
    <message>
        <source>Image:        %1 of %2 bytes stored, version %3, SHA-256 %4</source>
        <translation>Imagen:        %1 de %2 bytes almacenados, versión %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>Events:       %1</source>
        <translation>Eventos:       %1</translation>
    </message>
    <message>
        <source>Journal:      upgrade to %1 started %2, stage %3, package %4</source>
        <translation>Diario:        actualización a %1 iniciada %2, etapa %3, paquete %4</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1not valid JSON at line %2, column %3: %4</source>
        <translation>%1JSON no válido en la línea %2, columna %3: %4</translation>
    </message>
    <message>
        <source>%1not a Commissioner template (&quot;format&quot; should be &quot;commissioner-template&quot;)</source>
        <translation>%1no es una plantilla de Commissioner («format» debería ser «commissioner-template»)</translation>
    </message>
    <message>
        <source>%1template format version %2 is not one this tool reads (it reads version 1); use a newer Commissioner</source>
        <translation>%1esta herramienta no lee la versión %2 del formato de plantilla (lee la versión 1); use un Commissioner más reciente</translation>
    </message>
    <message>
        <source>%1the field &quot;%2&quot; is missing or invalid (%3)</source>
        <translation>%1el campo «%2» falta o no es válido (%3)</translation>
    </message>
    <message>
        <source>%1no device profile knows device type %2</source>
        <translation>%1ningún perfil de dispositivo conoce el tipo de dispositivo %2</translation>
    </message>
    <message>
        <source>%1unknown setting %2: it is not in this device type&apos;s profile</source>
        <translation>%1ajuste desconocido %2: no está en el perfil de este tipo de dispositivo</translation>
    </message>
    <message>
        <source>%1the setting %2 is missing: a template holds every setting</source>
        <translation>%1falta el ajuste %2: una plantilla contiene todos los ajustes</translation>
    </message>
    <message>
        <source>%1setting %2: %3 is not %4</source>
        <translation>%1ajuste %2: %3 no es %4</translation>
    </message>
    <message>
        <source>%1setting %2: %3 is outside the allowed values (%4)</source>
        <translation>%1ajuste %2: %3 está fuera de los valores permitidos (%4)</translation>
    </message>
    <message>
        <source>%1setting %2: the unit %3 is not the profile&apos;s &quot;%4&quot;</source>
        <translation>%1ajuste %2: la unidad %3 no es la del perfil, «%4»</translation>
    </message>
    <message>
        <source>the device profile %1 is invalid%2: %3</source>
        <translation>el perfil de dispositivo %1 no es válido%2: %3</translation>
    </message>
    <message>
        <source> (setting %1)</source>
        <translation> (ajuste %1)</translation>
    </message>
    <message>
        <source>the template was saved from device type %1 but the meter is device type %2 (use --force-type to restore only the settings both have)</source>
        <translation>la plantilla se guardó desde el tipo de dispositivo %1 pero el medidor es del tipo %2 (use --force-type para restaurar solo los ajustes que tienen ambos)</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;</source>
        <translation>grupo desconocido «%1»</translation>
    </message>
    <message>
        <source>the meter is in %1 mode: its settings can be read and written only in NORMAL mode</source>
        <translation>el medidor está en modo %1: sus ajustes solo se pueden leer y escribir en modo NORMAL</translation>
    </message>
    <message>
        <source>template error</source>
        <translation>error de plantilla</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>device profiles</source>
        <translation>perfiles de dispositivo</translation>
    </message>
    <message>
        <source>%1: cannot identify the meter on %2: %3</source>
        <translation>%1: no se puede identificar el medidor en %2: %3</translation>
    </message>
    <message>
        <source>%1: no device profile for device type %2 (%3); add one to %4</source>
        <translation>%1: no hay perfil de dispositivo para el tipo %2 (%3); añada uno en %4</translation>
    </message>
    <message>
        <source>%1 %2 (device type %3, firmware %4)</source>
        <translation>%1 %2 (tipo de dispositivo %3, firmware %4)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(ausente)</translation>
    </message>
    <message>
        <source>Why the template is saved (default manual).</source>
        <translation>Por qué se guarda la plantilla (por defecto manual).</translation>
    </message>
    <message>
        <source>template save takes one FILE</source>
        <translation>template save admite un solo ARCHIVO</translation>
    </message>
    <message>
        <source>reading the settings</source>
        <translation>leyendo los ajustes</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>guardando</translation>
    </message>
    <message>
        <source>warning: every setting is at its factory default: did the meter lose its settings (a restart during an upgrade)? A backup may hold them: see `template list`.</source>
        <translation>aviso: todos los ajustes tienen su valor de fábrica: ¿perdió el medidor sus ajustes (un reinicio durante una actualización)? Una copia de seguridad puede contenerlos: véase `template list`.</translation>
    </message>
    <message>
        <source>Show only the settings that differ.</source>
        <translation>Mostrar solo los ajustes que difieren.</translation>
    </message>
    <message>
        <source>template diff takes FILE, or FILE FILE2</source>
        <translation>template diff admite ARCHIVO, o ARCHIVO ARCHIVO2</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>meter %1</source>
        <translation>medidor %1</translation>
    </message>
    <message>
        <source>Show what would be written; write nothing.</source>
        <translation>Mostrar lo que se escribiría; no escribir nada.</translation>
    </message>
    <message>
        <source>Restore a template of another device type: only the settings both have.</source>
        <translation>Restaurar una plantilla de otro tipo de dispositivo: solo los ajustes que tienen ambos.</translation>
    </message>
    <message>
        <source>Do not ask before writing.</source>
        <translation>No preguntar antes de escribir.</translation>
    </message>
    <message>
        <source>template restore takes one FILE</source>
        <translation>template restore admite un solo ARCHIVO</translation>
    </message>
    <message>
        <source>Template: %1 (saved %2 from %3 %4, reason %5)</source>
        <translation>Plantilla: %1 (guardada %2 desde %3 %4, motivo %5)</translation>
    </message>
    <message>
        <source>Meter:    %1</source>
        <translation>Medidor:   %1</translation>
    </message>
    <message>
        <source>Note: the template is for device type %1; only the settings both device types have are restored.</source>
        <translation>Nota: la plantilla es para el tipo de dispositivo %1; solo se restauran los ajustes que tienen ambos tipos.</translation>
    </message>
    <message>
        <source>Not on this meter, skipped:</source>
        <translation>No existen en este medidor, omitidos:</translation>
    </message>
    <message>
        <source>Groups restored: %1</source>
        <translation>Grupos restaurados: %1</translation>
    </message>
    <message>
        <source>Left out: %1: %2 (add it with --groups)</source>
        <translation>Omitido: %1: %2 (añádalo con --groups)</translation>
    </message>
    <message>
        <source>Not chosen:</source>
        <translation>No elegidos:</translation>
    </message>
    <message numerus="yes">
        <source>The meter already has every one of these %n setting(s): nothing to write.</source>
        <translation>
            <numerusform>El medidor ya tiene este ajuste: nada que escribir.</numerusform>
            <numerusform>El medidor ya tiene cada uno de estos %n ajustes: nada que escribir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se escribió nada.</translation>
    </message>
    <message>
        <source>%1: not writing without confirmation: no terminal to ask on; give --yes</source>
        <translation>%1: no se escribe sin confirmación: no hay terminal para preguntar; indique --yes</translation>
    </message>
    <message numerus="yes">
        <source>Write %n setting(s) to meter %1?</source>
        <translation>
            <numerusform>¿Escribir %n ajuste en el medidor %1?</numerusform>
            <numerusform>¿Escribir %n ajustes en el medidor %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Escritos:</translation>
    </message>
    <message>
        <source>Sent, no answer (may or may not be applied):</source>
        <translation>Enviados, sin respuesta (pueden haberse aplicado o no):</translation>
    </message>
    <message>
        <source>Not written:</source>
        <translation>Sin escribir:</translation>
    </message>
    <message>
        <source>Run the same command again to complete the restore.</source>
        <translation>Ejecute el mismo comando de nuevo para completar la restauración.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n setting(s) in %1 request(s).</source>
        <translation>
            <numerusform>%n ajuste escrito en %1 petición(es).</numerusform>
            <numerusform>%n ajustes escritos en %1 petición(es).</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-back failed: %1</source>
        <translation>Falló la relectura: %1</translation>
    </message>
    <message>
        <source>The communications settings may have changed how the meter answers; connect with its new settings and run `template diff %1`.</source>
        <translation>Los ajustes de comunicación pueden haber cambiado cómo responde el medidor; conéctese con sus nuevos ajustes y ejecute `template diff %1`.</translation>
    </message>
    <message numerus="yes">
        <source>Read-back: %n setting(s) differ from the template:</source>
        <translation>
            <numerusform>Relectura: %n ajuste difiere de la plantilla:</numerusform>
            <numerusform>Relectura: %n ajustes difieren de la plantilla:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: wrote %2, reads %3</source>
        <translation>  %1: escrito %2, se lee %3</translation>
    </message>
    <message>
        <source>Read-back: every setting written reads as in the template.</source>
        <translation>Relectura: cada ajuste escrito se lee como en la plantilla.</translation>
    </message>
    <message>
        <source>template list takes no arguments</source>
        <translation>template list no admite argumentos</translation>
    </message>
    <message>
        <source>No template backups in %1</source>
        <translation>No hay copias de seguridad de plantillas en %1</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N.º de serie</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Guardada (UTC)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>  (unreadable)</source>
        <translation>  (ilegible)</translation>
    </message>
    <message>
        <source>template needs save, diff, restore or list</source>
        <translation>template necesita save, diff, restore o list</translation>
    </message>
    <message>
        <source>unknown template command &quot;%1&quot; (save, diff, restore, list)</source>
        <translation>comando template desconocido «%1» (save, diff, restore, list)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>upg %1: %2 (see `upg %1 --help`)</source>
        <translation>upg %1: %2 (véase `upg %1 --help`)</translation>
    </message>
    <message>
        <source>unsigned (usable only when unsigned packages are allowed explicitly)</source>
        <translation>sin firmar (solo utilizable si se permiten explícitamente paquetes sin firmar)</translation>
    </message>
    <message>
        <source>verified, signed by trusted key &quot;%1&quot; (key id %2)</source>
        <translation>verificado, firmado con la clave de confianza «%1» (id de clave %2)</translation>
    </message>
    <message>
        <source>signed by an unknown key (key id %1): not trusted</source>
        <translation>firmado con una clave desconocida (id de clave %1): no es de confianza</translation>
    </message>
    <message>
        <source>BAD SIGNATURE: does not verify with trusted key id %1</source>
        <translation>FIRMA INCORRECTA: no se verifica con el id de clave de confianza %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>yes, every rule of the .UPG format holds</source>
        <translation>sí, se cumplen todas las reglas del formato .UPG</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Tamaño del archivo</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>File SHA-256</source>
        <translation>SHA-256 del archivo</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>Versión del formato</translation>
    </message>
    <message>
        <source>Header size</source>
        <translation>Tamaño de la cabecera</translation>
    </message>
    <message>
        <source>Header CRC-32</source>
        <translation>CRC-32 de la cabecera</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Tipo de dispositivo</translation>
    </message>
    <message>
        <source>Hardware revisions</source>
        <translation>Revisiones de hardware</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Firmware version</source>
        <translation>Versión del firmware</translation>
    </message>
    <message>
        <source>Build time</source>
        <translation>Fecha de compilación</translation>
    </message>
    <message>
        <source>%1 (%2 s since 1970 UTC)</source>
        <translation>%1 (%2 s desde 1970 UTC)</translation>
    </message>
    <message>
        <source>Payload size</source>
        <translation>Tamaño de la carga útil</translation>
    </message>
    <message>
        <source>Payload SHA-256</source>
        <translation>SHA-256 de la carga útil</translation>
    </message>
    <message>
        <source>Payload CRC-32</source>
        <translation>CRC-32 de la carga útil</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Notas de la versión</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>warning: key left out: %1</source>
        <translation>aviso: clave omitida: %1</translation>
    </message>
    <message>
        <source>Check a .UPG package against every rule of the format and show its fields.
Exit code 0: valid, and verified or unsigned; 5: invalid, or signed by an
unknown key, or a bad signature (the reason is one line on stderr).</source>
        <translation>Comprobar un paquete .UPG con todas las reglas del formato y mostrar sus campos.
Código de salida 0: válido, y verificado o sin firmar; 5: no válido, o firmado con una
clave desconocida, o firma incorrecta (el motivo es una línea en stderr).</translation>
    </message>
    <message>
        <source>The .UPG package.</source>
        <translation>El paquete .UPG.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Mostrar un objeto JSON.</translation>
    </message>
    <message>
        <source>Also trust the public keys (*.pub) in DIR.</source>
        <translation>Confiar también en las claves públicas (*.pub) de DIR.</translation>
    </message>
    <message>
        <source>name exactly one package file</source>
        <translation>indique exactamente un archivo de paquete</translation>
    </message>
    <message>
        <source>%1: not a valid .UPG package: %2 [rule %3]</source>
        <translation>%1: no es un paquete .UPG válido: %2 [regla %3]</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: rechazado: %2</translation>
    </message>
    <message>
        <source>--hw takes MIN MAX or MIN:MAX</source>
        <translation>--hw admite MIN MAX o MIN:MAX</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>--hw takes two revisions from 0 to 65535, as MIN MAX or MIN:MAX</source>
        <translation>--hw admite dos revisiones de 0 a 65535, como MIN MAX o MIN:MAX</translation>
    </message>
    <message>
        <source>--hw: MIN %1 is above MAX %2</source>
        <translation>--hw: MIN %1 es mayor que MAX %2</translation>
    </message>
    <message>
        <source>Build a .UPG package from a firmware image.</source>
        <translation>Crear un paquete .UPG a partir de una imagen de firmware.</translation>
    </message>
    <message>
        <source>The firmware image file.</source>
        <translation>El archivo de imagen del firmware.</translation>
    </message>
    <message>
        <source>Device type, e.g. 7350 (1-65535).</source>
        <translation>Tipo de dispositivo, p. ej. 7350 (1-65535).</translation>
    </message>
    <message>
        <source>Hardware revisions it runs on: MIN MAX, or MIN:MAX.</source>
        <translation>Revisiones de hardware en las que funciona: MIN MAX, o MIN:MAX.</translation>
    </message>
    <message>
        <source>The version the meter reports once it runs this image.</source>
        <translation>La versión que indica el medidor cuando ejecuta esta imagen.</translation>
    </message>
    <message>
        <source>Release notes, a UTF-8 text file.</source>
        <translation>Notas de la versión, un archivo de texto UTF-8.</translation>
    </message>
    <message>
        <source>Seconds since 1970 UTC (default: $SOURCE_DATE_EPOCH, else now).</source>
        <translation>Segundos desde 1970 UTC (por defecto: $SOURCE_DATE_EPOCH, si no, ahora).</translation>
    </message>
    <message>
        <source>Sign with this secret key file (.key).</source>
        <translation>Firmar con este archivo de clave secreta (.key).</translation>
    </message>
    <message>
        <source>The package to write.</source>
        <translation>El paquete a escribir.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 es obligatorio</translation>
    </message>
    <message>
        <source>--type takes a device type from 1 to 65535</source>
        <translation>--type admite un tipo de dispositivo de 1 a 65535</translation>
    </message>
    <message>
        <source>--version takes X.Y.Z, each 0 to 65535</source>
        <translation>--version admite X.Y.Z, cada uno de 0 a 65535</translation>
    </message>
    <message>
        <source>--build-time takes seconds since 1970 UTC</source>
        <translation>--build-time admite segundos desde 1970 UTC</translation>
    </message>
    <message>
        <source>%1: cannot read the payload: %2</source>
        <translation>%1: no se puede leer la carga útil: %2</translation>
    </message>
    <message>
        <source>cannot build the package: %1 [rule %2]</source>
        <translation>no se puede crear el paquete: %1 [regla %2]</translation>
    </message>
    <message>
        <source>%1: cannot read the release notes: %2</source>
        <translation>%1: no se pueden leer las notas de la versión: %2</translation>
    </message>
    <message>
        <source>%1: release notes must be UTF-8 text without NUL bytes</source>
        <translation>%1: las notas de la versión deben ser texto UTF-8 sin bytes NUL</translation>
    </message>
    <message>
        <source>cannot sign: %1</source>
        <translation>no se puede firmar: %1</translation>
    </message>
    <message>
        <source>%1: cannot write the package: %2</source>
        <translation>%1: no se puede escribir el paquete: %2</translation>
    </message>
    <message>
        <source>wrote %1: %2 bytes, device type %3, hardware %4 to %5, version %6, payload %7 bytes</source>
        <translation>escrito %1: %2 bytes, tipo de dispositivo %3, hardware %4 a %5, versión %6, carga útil %7 bytes</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <source>signed with key id %1</source>
        <translation>firmado con el id de clave %1</translation>
    </message>
    <message>
        <source>Make an Ed25519 key pair for signing packages: BASENAME.key (the secret,
readable by you only; never commit it) and BASENAME.pub (to give to the tool).
Existing files are never overwritten.</source>
        <translation>Crear un par de claves Ed25519 para firmar paquetes: BASENAME.key (la secreta,
legible solo por usted; nunca la suba al repositorio) y BASENAME.pub (para la herramienta).
Los archivos existentes nunca se sobrescriben.</translation>
    </message>
    <message>
        <source>Where to write, without extension.</source>
        <translation>Dónde escribir, sin extensión.</translation>
    </message>
    <message>
        <source>-o BASENAME is required</source>
        <translation>-o BASENAME es obligatorio</translation>
    </message>
    <message>
        <source>cannot make the key pair: %1</source>
        <translation>no se puede crear el par de claves: %1</translation>
    </message>
    <message>
        <source>wrote %1.key (secret: keep it private) and %1.pub</source>
        <translation>escritos %1.key (secreta: manténgala privada) y %1.pub</translation>
    </message>
    <message>
        <source>key id %1</source>
        <translation>id de clave %1</translation>
    </message>
    <message>
        <source>upg: name a command: inspect, pack or keygen</source>
        <translation>upg: indique un comando: inspect, pack o keygen</translation>
    </message>
    <message>
        <source>upg: unknown command &quot;%1&quot; (inspect, pack or keygen)</source>
        <translation>upg: comando desconocido «%1» (inspect, pack o keygen)</translation>
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
        <translation>%1% %2 restan %3 [%4] com. %5%</translation>
    </message>
    <message>
        <source>Accept the same or an older version.</source>
        <translation>Aceptar una versión igual o anterior.</translation>
    </message>
    <message>
        <source>How long a silent meter pauses the upgrade before it fails (default 300).</source>
        <translation>Cuánto tiempo pausa la actualización un medidor que no responde antes de que falle (por defecto 300).</translation>
    </message>
    <message>
        <source>Seconds to wait beyond the meter&apos;s INSTALL_SECONDS (default 30).</source>
        <translation>Segundos de espera además de INSTALL_SECONDS del medidor (por defecto 30).</translation>
    </message>
    <message>
        <source>If the meter comes back at factory settings, restore its backup without asking.</source>
        <translation>Si el medidor vuelve con los ajustes de fábrica, restaurar su copia de seguridad sin preguntar.</translation>
    </message>
    <message>
        <source>upgrade takes one package file</source>
        <translation>upgrade admite un solo archivo de paquete</translation>
    </message>
    <message>
        <source>--%1 must be seconds from 0 to 86400</source>
        <translation>--%1 debe ser un número de segundos de 0 a 86400</translation>
    </message>
    <message>
        <source>commissioner-cli: cannot read the meter: %1</source>
        <translation>commissioner-cli: no se puede leer el medidor: %1</translation>
    </message>
    <message>
        <source>Meter:   %1 (type %2, hardware %3), serial %4, firmware %5, %6 mode</source>
        <translation>Medidor: %1 (tipo %2, hardware %3), n.º de serie %4, firmware %5, modo %6</translation>
    </message>
    <message>
        <source>Package: %1 version %2 for type %3, hardware %4-%5, %6 bytes, %7</source>
        <translation>Paquete: %1 versión %2 para el tipo %3, hardware %4-%5, %6 bytes, %7</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>firmado por %1</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>Resume the upgrade of %1 to %2?</source>
        <translation>¿Reanudar la actualización de %1 a %2?</translation>
    </message>
    <message>
        <source>Upgrade %1 to %2? Its settings are backed up first.</source>
        <translation>¿Actualizar %1 a %2? Primero se guarda una copia de sus ajustes.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>Upgrade done: %1 now runs %2.</source>
        <translation>Actualización terminada: %1 ejecuta ahora %2.</translation>
    </message>
    <message>
        <source>Upgrade %1. See %2</source>
        <translation>Actualización %1. Véase %2</translation>
    </message>
    <message>
        <source>The meter keeps what it received: run the same command again to resume.</source>
        <translation>El medidor conserva lo que recibió: ejecute el mismo comando de nuevo para reanudar.</translation>
    </message>
    <message>
        <source>Template backup: %1</source>
        <translation>Copia de seguridad de la plantilla: %1</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <source>--%1 must be seconds from 1 to 3600</source>
        <translation>--%1 debe ser un número de segundos de 1 a 3600</translation>
    </message>
    <message>
        <source>commissioner-cli: %1 is not signed; give --allow-unsigned to send it anyway</source>
        <translation>commissioner-cli: %1 no está firmado; indique --allow-unsigned para enviarlo de todos modos</translation>
    </message>
    <message>
        <source>Package: %1, firmware %2 for type %3, hardware %4-%5, %6 bytes</source>
        <translation>Paquete: %1, firmware %2 para el tipo %3, hardware %4-%5, %6 bytes</translation>
    </message>
    <message>
        <source>commissioner-cli: no XMODEM bootloader answered on %1; power-cycle the meter and start again within its first minute, and check the cable</source>
        <translation>commissioner-cli: ningún bootloader XMODEM respondió en %1; apague y encienda el medidor y empiece de nuevo dentro de su primer minuto, y compruebe el cable</translation>
    </message>
    <message>
        <source>commissioner-cli: the meter&apos;s bootloader refused the package (wrong device type, hardware revision, or a damaged file)</source>
        <translation>commissioner-cli: el bootloader del medidor rechazó el paquete (tipo de dispositivo o revisión de hardware incorrectos, o archivo dañado)</translation>
    </message>
    <message>
        <source>commissioner-cli: cancelled; the meter&apos;s bootloader will ask for a package again</source>
        <translation>commissioner-cli: cancelado; el bootloader del medidor volverá a pedir un paquete</translation>
    </message>
    <message>
        <source>commissioner-cli: the transfer failed at %1 bytes: the meter stopped acknowledging; check the cable, power-cycle the meter and start again</source>
        <translation>commissioner-cli: la transferencia falló en %1 bytes: el medidor dejó de confirmar; compruebe el cable, apague y encienda el medidor y empiece de nuevo</translation>
    </message>
    <message>
        <source>commissioner-cli: the serial port failed: %1</source>
        <translation>commissioner-cli: falló el puerto serie: %1</translation>
    </message>
    <message>
        <source>commissioner-cli: the transfer failed (%1)</source>
        <translation>commissioner-cli: falló la transferencia (%1)</translation>
    </message>
    <message>
        <source>Recover over the meter&apos;s XMODEM bootloader.</source>
        <translation>Recuperar a través del bootloader XMODEM del medidor.</translation>
    </message>
    <message>
        <source>The .UPG package to send.</source>
        <translation>El paquete .UPG a enviar.</translation>
    </message>
    <message>
        <source>How long to wait for the bootloader to ask (default 60).</source>
        <translation>Cuánto esperar a que el bootloader pida el paquete (por defecto 60).</translation>
    </message>
    <message>
        <source>How long to wait for the meter to answer Modbus afterwards (default 30).</source>
        <translation>Cuánto esperar después a que el medidor responda por Modbus (por defecto 30).</translation>
    </message>
    <message>
        <source>recover --xmodem takes no arguments</source>
        <translation>recover --xmodem no admite argumentos</translation>
    </message>
    <message>
        <source>recover --xmodem needs --serial DEV</source>
        <translation>recover --xmodem necesita --serial DEV</translation>
    </message>
    <message>
        <source>recover --xmodem works on a serial port only, not --%1</source>
        <translation>recover --xmodem solo funciona en un puerto serie, no con --%1</translation>
    </message>
    <message>
        <source>recover --xmodem needs --package FILE</source>
        <translation>recover --xmodem necesita --package ARCHIVO</translation>
    </message>
    <message>
        <source>  still waiting, %1 s left </source>
        <translation>  esperando todavía, quedan %1 s </translation>
    </message>
    <message>
        <source>The bootloader answered; sending %1 bytes (%2, %3-byte blocks)</source>
        <translation>El bootloader respondió; enviando %1 bytes (%2, bloques de %3 bytes)</translation>
    </message>
    <message>
        <source>  %1% (%2 of %3 bytes)</source>
        <translation>  %1% (%2 de %3 bytes)</translation>
    </message>
    <message>
        <source>  the meter asked for smaller blocks; going on with 128-byte blocks</source>
        <translation>  el medidor pidió bloques más pequeños; se continúa con bloques de 128 bytes</translation>
    </message>
    <message>
        <source>Waiting for the meter&apos;s bootloader (&apos;C&apos;) on %1... power-cycle the meter now</source>
        <translation>Esperando al bootloader del medidor (&apos;C&apos;) en %1... apague y encienda el medidor ahora</translation>
    </message>
    <message>
        <source>Recovered: %1 (type %2, hardware %3), serial %4, firmware %5, %6 mode</source>
        <translation>Recuperado: %1 (tipo %2, hardware %3), n.º de serie %4, firmware %5, modo %6</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido «%1»</translation>
    </message>
    <message>
        <source>Saved %1 settings of %2 to %3</source>
        <translation>%1 ajustes de %2 guardados en %3</translation>
    </message>
    <message>
        <source>Equal: all %1 settings are the same.</source>
        <translation>Iguales: los %1 ajustes son los mismos.</translation>
    </message>
    <message>
        <source>%1 of %2 settings differ (marked *).</source>
        <translation>%1 de %2 ajustes difieren (marcados con *).</translation>
    </message>
    <message>
        <source>%1 of %2 settings will change:</source>
        <translation>%1 de %2 ajustes cambiarán:</translation>
    </message>
    <message>
        <source>The meter restarted during the upgrade and now answers at its factory communication settings (unit %1%2). Connect with those from now on, or restore the Communications group of its backup when you are ready (that ends this session).</source>
        <translation>El medidor se reinició durante la actualización y ahora responde con sus ajustes de comunicación de fábrica (unidad %1%2). Conéctese con ellos a partir de ahora, o restaure el grupo Communications de su copia de seguridad cuando esté listo (eso termina esta sesión).</translation>
    </message>
    <message>
        <source>, %1 baud, parity %2</source>
        <translation>, %1 baudios, paridad %2</translation>
    </message>
    <message>
        <source>Restore the meter&apos;s last template backup afterwards without asking.</source>
        <translation>Restaurar después la última copia de seguridad de plantilla del medidor sin preguntar.</translation>
    </message>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>Mostrar las opciones de este comando.</translation>
    </message>
    <message>
        <source>Usage: commissioner-cli [LINK] COMMAND [OPTIONS] (see commissioner-cli --help)</source>
        <translation>Uso: commissioner-cli [ENLACE] COMANDO [OPCIONES] (ver commissioner-cli --help)</translation>
    </message>
    <message>
        <source>commissioner-cli: %1 is signed with key %2, which this tool does not trust (put its .pub in %3 or give --keys DIR)</source>
        <translation>commissioner-cli: %1 está firmado con la clave %2, en la que esta herramienta no confía (ponga su .pub en %3 o indique --keys DIR)</translation>
    </message>
    <message>
        <source>Only this meter&apos;s backups (its serial number).</source>
        <translation>Solo las copias de seguridad de este medidor (su número de serie).</translation>
    </message>
    <message>
        <source>The data folder whose keys/ is trusted too (default: the app data folder).</source>
        <translation>La carpeta de datos cuyo keys/ también es de confianza (por defecto: la carpeta de datos de la aplicación).</translation>
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
        <translation>Uso: commissioner-cli upg COMANDO [OPCIONES]

  inspect FILE [--json] [--keys DIR] [--data-dir DIR]
                 comprobar un paquete .UPG y mostrar todos sus campos
  pack --payload F --type T --hw MIN MAX --version X.Y.Z [--notes F]
       [--build-time EPOCH] [--sign KEY] -o OUT
                 crear un paquete
  keygen -o BASENAME
                 crear un par de claves de firma (BASENAME.key, BASENAME.pub)

`upg COMANDO --help` para las opciones de un comando.
</translation>
    </message>
    <message>
        <source>warning: the change could not be added to the meter&apos;s history: %1</source>
        <translation>aviso: no se pudo añadir el cambio al historial del medidor: %1</translation>
    </message>
    <message>
        <source>%1: device profiles: %2</source>
        <translation>%1: perfiles de dispositivo: %2</translation>
    </message>
    <message>
        <source>%1: the meter is in %2 mode: its settings can be read and written only in NORMAL mode</source>
        <translation>%1: el medidor está en modo %2: sus ajustes solo se pueden leer y escribir en modo NORMAL</translation>
    </message>
    <message>
        <source>Meter: %1 %2 (device type %3, firmware %4)</source>
        <translation>Medidor: %1 %2 (tipo de dispositivo %3, firmware %4)</translation>
    </message>
    <message>
        <source>%1: %2: no such setting or group on this meter</source>
        <translation>%1: %2: no existe ese ajuste ni ese grupo en este medidor</translation>
    </message>
    <message>
        <source>config show [NAME|GROUP...] [--json]: the meter&apos;s settings, with their units and allowed values.</source>
        <translation>config show [NAME|GROUP...] [--json]: los ajustes del medidor, con sus unidades y valores permitidos.</translation>
    </message>
    <message>
        <source>Settings or groups to show (default: all).</source>
        <translation>Ajustes o grupos a mostrar (por defecto: todos).</translation>
    </message>
    <message>
        <source>%1: reading the settings: %2</source>
        <translation>%1: lectura de los ajustes: %2</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Valores permitidos</translation>
    </message>
    <message>
        <source>Communications: the meter answers at its new settings (%1).</source>
        <translation>Comunicación: el medidor responde con sus nuevos ajustes (%1).</translation>
    </message>
    <message>
        <source>From now on reach it with %1.</source>
        <translation>A partir de ahora, acceda a él con %1.</translation>
    </message>
    <message>
        <source>Communications: the meter still answers at its old settings (%1): the change did not take effect.</source>
        <translation>Comunicación: el medidor sigue respondiendo con sus ajustes antiguos (%1): el cambio no se aplicó.</translation>
    </message>
    <message>
        <source>Communications: written to the meter: %1. No meter answers there, nor at the old settings%2.</source>
        <translation>Comunicación: escrito en el medidor: %1. Ningún medidor responde con esos ajustes, ni con los antiguos%2.</translation>
    </message>
    <message>
        <source>Reach it with %1 (on its RS-485 port: %2), and check the wiring and the other meters&apos; unit IDs on the bus.</source>
        <translation>Acceda a él con %1 (en su puerto RS-485: %2) y compruebe el cableado y los ID de unidad de los demás medidores del bus.</translation>
    </message>
    <message>
        <source>Communications: the meter refused the new settings (%1); they are unchanged.</source>
        <translation>Comunicación: el medidor rechazó los nuevos ajustes (%1); no han cambiado.</translation>
    </message>
    <message>
        <source>Communications: written to the meter: %1. This link cannot follow a baud rate or parity change: set the gateway or modem line to %2 baud, parity %3, and use --unit %4.</source>
        <translation>Comunicación: escrito en el medidor: %1. Este enlace no puede seguir un cambio de velocidad o de paridad: ajuste la línea de la pasarela o del módem a %2 baudios, paridad %3, y use --unit %4.</translation>
    </message>
    <message>
        <source>Communications: written to the meter: %1.</source>
        <translation>Comunicación: escrito en el medidor: %1.</translation>
    </message>
    <message>
        <source>config set NAME=VALUE... : check every value, ask, save a backup, write each setting, read it back. Nothing is written when any value is wrong. Enum settings take their label or number (VOLTS_MODE=DELTA, COMM_BAUD=9600). COMM_* settings are written last; the tool then follows the meter to its new unit ID, baud rate and parity.</source>
        <translation>config set NAME=VALUE... : comprobar cada valor, preguntar, guardar una copia de seguridad, escribir cada ajuste y releerlo. No se escribe nada si algún valor es incorrecto. Los ajustes de tipo lista admiten su etiqueta o su número (VOLTS_MODE=DELTA, COMM_BAUD=9600). Los ajustes COMM_* se escriben al final; después la herramienta sigue al medidor a su nuevo ID de unidad, velocidad y paridad.</translation>
    </message>
    <message>
        <source>Allow presetting energy readings (KWH_*, KVARH_*, KVAH): they change billing readings. Needed with --yes or without a terminal.</source>
        <translation>Permitir preajustar las lecturas de energía (KWH_*, KVARH_*, KVAH): cambian las lecturas de facturación. Necesario con --yes o sin terminal.</translation>
    </message>
    <message>
        <source>Check and show what would change; write nothing.</source>
        <translation>Comprobar y mostrar lo que cambiaría; no escribir nada.</translation>
    </message>
    <message>
        <source>A setting and its new value.</source>
        <translation>Un ajuste y su nuevo valor.</translation>
    </message>
    <message>
        <source>config set needs NAME=VALUE</source>
        <translation>config set necesita NAME=VALUE</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>no se escribió nada</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) refused; nothing was written to the meter.</source>
        <translation>
            <numerusform>%1: %n valor rechazado; no se escribió nada en el medidor.</numerusform>
            <numerusform>%1: %n valores rechazados; no se escribió nada en el medidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <source>The meter already holds every one of these values: nothing to write.</source>
        <translation>El medidor ya tiene todos estos valores: nada que escribir.</translation>
    </message>
    <message>
        <source>Note: the communications settings change how the meter answers: they are written last, and the session may end there.</source>
        <translation>Nota: los ajustes de comunicación cambian cómo responde el medidor: se escriben al final y la sesión puede terminar ahí.</translation>
    </message>
    <message>
        <source>The tool then looks for the meter at %1.</source>
        <translation>Después la herramienta busca el medidor con %1.</translation>
    </message>
    <message>
        <source>Note: %1 are energy readings used for billing; presetting them replaces what the meter has counted.</source>
        <translation>Nota: %1 son lecturas de energía usadas para la facturación; preajustarlas sustituye lo que ha contado el medidor.</translation>
    </message>
    <message>
        <source>%1: not presetting energy readings (%2) without --preset-energy; nothing was written</source>
        <translation>%1: no se preajustan las lecturas de energía (%2) sin --preset-energy; no se escribió nada</translation>
    </message>
    <message>
        <source>Preset the energy readings %1 of meter %2?</source>
        <translation>¿Preajustar las lecturas de energía %1 del medidor %2?</translation>
    </message>
    <message>
        <source>%1: saving a backup of the settings before writing: %2; nothing was written</source>
        <translation>%1: guardando una copia de seguridad de los ajustes antes de escribir: %2; no se escribió nada</translation>
    </message>
    <message>
        <source>Backup of the settings before the change: %1</source>
        <translation>Copia de seguridad de los ajustes antes del cambio: %1</translation>
    </message>
    <message>
        <source>%1: reading the settings: %2; nothing was written</source>
        <translation>%1: lectura de los ajustes: %2; no se escribió nada</translation>
    </message>
    <message>
        <source>warning: the change could not be added to the meter&apos;s history %1: %2</source>
        <translation>aviso: no se pudo añadir el cambio al historial del medidor %1: %2</translation>
    </message>
    <message>
        <source>The meter now holds:</source>
        <translation>El medidor tiene ahora:</translation>
    </message>
    <message>
        <source>Every value written reads back as set.</source>
        <translation>Cada valor escrito se relee tal como se ajustó.</translation>
    </message>
    <message>
        <source>Stopped at the first failed write; the settings after it were not sent.</source>
        <translation>Detenido en la primera escritura fallida; los ajustes siguientes no se enviaron.</translation>
    </message>
    <message>
        <source>config history [--meter SERIAL] [--json]: every recorded change of settings (config set, template restore, clock sync), oldest first. The meter is the one given by --meter, else the one on the link, else every meter in the data folder.</source>
        <translation>config history [--meter SERIAL] [--json]: todos los cambios de ajustes registrados (config set, template restore, clock sync), los más antiguos primero. El medidor es el indicado con --meter; si no, el del enlace; si no, todos los medidores de la carpeta de datos.</translation>
    </message>
    <message>
        <source>Only this meter&apos;s history (its serial number).</source>
        <translation>Solo el historial de este medidor (su número de serie).</translation>
    </message>
    <message>
        <source>Print JSON lines, as stored.</source>
        <translation>Mostrar las líneas JSON tal como se guardaron.</translation>
    </message>
    <message>
        <source>config history takes no arguments</source>
        <translation>config history no admite argumentos</translation>
    </message>
    <message>
        <source>%1: cannot identify the meter: %2</source>
        <translation>%1: no se puede identificar el medidor: %2</translation>
    </message>
    <message>
        <source>No change recorded for meter %1 in %2</source>
        <translation>No hay cambios registrados del medidor %1 en %2</translation>
    </message>
    <message>
        <source>No change recorded in %1</source>
        <translation>No hay cambios registrados en %1</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Medidor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Fecha (UTC)</translation>
    </message>
    <message>
        <source>Result, who, via</source>
        <translation>Resultado, quién, con qué</translation>
    </message>
    <message numerus="yes">
        <source>(%n line(s) of the history could not be read and were skipped)</source>
        <translation>
            <numerusform>(%n línea del historial no se pudo leer y se omitió)</numerusform>
            <numerusform>(%n líneas del historial no se pudieron leer y se omitieron)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: commissioner-cli [LINK] config show [NAME|GROUP...] [--json]
       commissioner-cli [LINK] config set NAME=VALUE... [--yes] [--preset-energy] [--dry-run]
       commissioner-cli [LINK] config history [--meter SERIAL] [--json]
Each takes --help for its own options.
</source>
        <translation>Uso: commissioner-cli [ENLACE] config show [NAME|GROUP...] [--json]
     commissioner-cli [ENLACE] config set NAME=VALUE... [--yes] [--preset-energy] [--dry-run]
     commissioner-cli [ENLACE] config history [--meter SERIAL] [--json]
Cada uno admite --help para sus propias opciones.
</translation>
    </message>
    <message>
        <source>config needs show, set or history</source>
        <translation>config necesita show, set o history</translation>
    </message>
    <message>
        <source>unknown config command &quot;%1&quot; (show, set, history)</source>
        <translation>comando config desconocido «%1» (show, set, history)</translation>
    </message>
    <message>
        <source>the meter reports DEVICE_MODE %1, a mode this tool does not know: nothing is written</source>
        <translation>el medidor indica DEVICE_MODE %1, un modo que esta herramienta no conoce: no se escribe nada</translation>
    </message>
    <message>
        <source>the meter reports UPG_STATUS %1, a status this tool does not know: nothing is written</source>
        <translation>el medidor indica UPG_STATUS %1, un estado que esta herramienta no conoce: no se escribe nada</translation>
    </message>
    <message>
        <source>Accept the same or an older version (implied for the meter&apos;s own pending image).</source>
        <translation>Aceptar una versión igual o anterior (implícito para la propia imagen pendiente del medidor).</translation>
    </message>
    <message>
        <source>reports a mode or upgrade status this tool does not know: nothing is written to it</source>
        <translation>indica un modo o un estado de actualización que esta herramienta no conoce: no se escribe nada en él</translation>
    </message>
    <message>
        <source>report --out FILE.pdf|FILE.html [--technician NAME]: the commissioning report of the meter on the link: identity, firmware before and after its last upgrade, every setting, live readings, the checks done (the upgrade&apos;s checks, the settings against the latest backup) and the changes recorded.</source>
        <translation>report --out FILE.pdf|FILE.html [--technician NAME]: el informe de puesta en servicio del medidor del enlace: identidad, firmware antes y después de su última actualización, todos los ajustes, lecturas en vivo, las comprobaciones realizadas (las de la actualización, los ajustes frente a la última copia de seguridad) y los cambios registrados.</translation>
    </message>
    <message>
        <source>The report file: .pdf or .html.</source>
        <translation>El archivo del informe: .pdf o .html.</translation>
    </message>
    <message>
        <source>Who commissioned the meter (default: the user name of this computer).</source>
        <translation>Quién puso el medidor en servicio (por defecto: el nombre de usuario de este equipo).</translation>
    </message>
    <message>
        <source>report takes no arguments (the file goes with --out)</source>
        <translation>report no admite argumentos (el archivo se indica con --out)</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf or --out FILE.html</source>
        <translation>report necesita --out ARCHIVO.pdf o --out ARCHIVO.html</translation>
    </message>
    <message>
        <source>--out %1: the report is written as .pdf or .html</source>
        <translation>--out %1: el informe se escribe como .pdf o .html</translation>
    </message>
    <message>
        <source>commissioner-cli: device profiles: %1</source>
        <translation>commissioner-cli: perfiles de dispositivo: %1</translation>
    </message>
    <message>
        <source>commissioner-cli: cannot identify the meter on %1: %2</source>
        <translation>commissioner-cli: no se puede identificar el medidor en %1: %2</translation>
    </message>
    <message>
        <source>Report on %1 %2 written to %3</source>
        <translation>Informe de %1 %2 escrito en %3</translation>
    </message>
    <message>
        <source>warning: the settings could not be read: %1</source>
        <translation>aviso: no se pudieron leer los ajustes: %1</translation>
    </message>
    <message>
        <source>warning: the live readings could not be read: %1</source>
        <translation>aviso: no se pudieron leer las lecturas en vivo: %1</translation>
    </message>
    <message>
        <source>commissioner-cli: the backup %1 is not of meter %2 (type %3): it is not offered</source>
        <translation>commissioner-cli: la copia de seguridad %1 no es del medidor %2 (tipo %3): no se ofrece</translation>
    </message>
    <message>
        <source>commissioner-cli: not restored: setting %1 holds %2 in the backup, which breaks its rule (%3)</source>
        <translation>commissioner-cli: no restaurado: el ajuste %1 vale %2 en la copia de seguridad, lo que incumple su regla (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME=VALUE</source>
        <translation>«%1» no tiene la forma NAME=VALUE</translation>
    </message>
    <message>
        <source>%1: no such setting on this meter (see `config show`)</source>
        <translation>%1: este medidor no tiene ese ajuste (véase `config show`)</translation>
    </message>
    <message>
        <source>%1 is not a setting: %2</source>
        <translation>%1 no es un ajuste: %2</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 se indica más de una vez</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number (allowed: %3)</source>
        <translation>%1: «%2» no es un número entero (permitido: %3)</translation>
    </message>
    <message>
        <source>%1: %2 is below the minimum (allowed: %3)</source>
        <translation>%1: %2 está por debajo del mínimo (permitido: %3)</translation>
    </message>
    <message>
        <source>%1: %2 is above the maximum (allowed: %3)</source>
        <translation>%1: %2 está por encima del máximo (permitido: %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the choices (%3)</source>
        <translation>%1: «%2» no es una de las opciones (%3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too long (%3)</source>
        <translation>%1: «%2» es demasiado largo (%3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; holds characters other than printable ASCII (%3)</source>
        <translation>%1: «%2» contiene caracteres distintos de ASCII imprimible (%3)</translation>
    </message>
    <message>
        <source>%1: invalid value</source>
        <translation>%1: valor no válido</translation>
    </message>
    <message>
        <source>unchanged: already %1</source>
        <translation>sin cambios: ya es %1</translation>
    </message>
    <message>
        <source>verified: reads %1</source>
        <translation>verificado: se lee %1</translation>
    </message>
    <message>
        <source>DIFFERS: wrote %1, reads %2</source>
        <translation>DIFIERE: escrito %1, se lee %2</translation>
    </message>
    <message>
        <source>REFUSED by the meter, unchanged: %1</source>
        <translation>RECHAZADO por el medidor, sin cambios: %1</translation>
    </message>
    <message>
        <source>sent, no answer: may or may not be applied (%1)</source>
        <translation>enviado, sin respuesta: puede haberse aplicado o no (%1)</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>sin escribir</translation>
    </message>
    <message>
        <source>written, not read back</source>
        <translation>escrito, no releído</translation>
    </message>
    <message>
        <source>written, not read back: %1</source>
        <translation>escrito, no releído: %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unidad %1</translation>
    </message>
    <message>
        <source>no parity</source>
        <translation>sin paridad</translation>
    </message>
    <message>
        <source>odd parity</source>
        <translation>paridad impar</translation>
    </message>
    <message>
        <source>even parity</source>
        <translation>paridad par</translation>
    </message>
    <message>
        <source>unit %1, %2 baud, %3</source>
        <translation>unidad %1, %2 baudios, %3</translation>
    </message>
    <message>
        <source>the backup %1 read back does not give the meter&apos;s settings back%2: %3</source>
        <translation>la copia de seguridad %1, releída, no devuelve los ajustes del medidor%2: %3</translation>
    </message>
    <message>
        <source>warning: %1: setting %2 holds %3, which breaks its rule (%4): %5</source>
        <translation>aviso: %1: el ajuste %2 vale %3, lo que incumple su regla (%4): %5</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (no válido)</translation>
    </message>
    <message>
        <source>saved as read and flagged in the file; a restore leaves it out</source>
        <translation>guardado tal como se leyó y marcado en el archivo; una restauración lo omite</translation>
    </message>
    <message>
        <source>shown as it is in the file</source>
        <translation>mostrado tal como está en el archivo</translation>
    </message>
    <message>
        <source>Not restored: setting %1 holds %2 in the file, which breaks its rule (%3)</source>
        <translation>No restaurado: el ajuste %1 vale %2 en el archivo, lo que incumple su regla (%3)</translation>
    </message>
    <message>
        <source>Not restored (invalid in the file):</source>
        <translation>No restaurados (no válidos en el archivo):</translation>
    </message>
    <message>
        <source>Another meter answered (serial number %1, type %2) instead of %3 (type %4). Nothing was written to it. Check the cable, the bus and the unit ID.</source>
        <translation>Respondió otro medidor (número de serie %1, tipo %2) en lugar de %3 (tipo %4). No se escribió nada en él. Compruebe el cable, el bus y el ID de unidad.</translation>
    </message>
    <message>
        <source>The meter refused the block at byte %1 %2 times in a row (%3).</source>
        <translation>El medidor rechazó el bloque en el byte %1 %2 veces seguidas (%3).</translation>
    </message>
    <message>
        <source>The meter stayed %1 for %2 s, longer than it says it needs.</source>
        <translation>El medidor permaneció en %1 durante %2 s, más de lo que indica que necesita.</translation>
    </message>
    <message>
        <source>The meter reports %1 = %2, a value the protocol does not allow. Nothing more was written to it.</source>
        <translation>El medidor indica %1 = %2, un valor que el protocolo no permite. No se escribió nada más en él.</translation>
    </message>
    <message>
        <source>Do not ask before sending.</source>
        <translation>No preguntar antes de enviar.</translation>
    </message>
    <message>
        <source>Send this package to the XMODEM bootloader on %1? The meter starts with factory-default settings afterwards.</source>
        <translation>¿Enviar este paquete al bootloader XMODEM en %1? Después, el medidor arranca con los ajustes de fábrica.</translation>
    </message>
    <message>
        <source>Holds that image but is not for this meter: %1 (device type %2, hardware %3 to %4; the meter is a %5, hardware %6)</source>
        <translation>Contiene esa imagen pero no es para este medidor: %1 (tipo de equipo %2, hardware %3 a %4; el medidor es un %5, hardware %6)</translation>
    </message>
    <message>
        <source>a firmware upgrade is running on this meter; nothing was sent</source>
        <translation>hay una actualización de firmware en curso en este medidor; no se envió nada</translation>
    </message>
    <message>
        <source>commissioner-cli: the clock was not set: %1</source>
        <translation>commissioner-cli: no se ajustó el reloj: %1</translation>
    </message>
    <message>
        <source>Backup:         %1</source>
        <translation>Copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The meter already holds every setting of %1.</source>
        <translation>El medidor ya tiene todos los ajustes de %1.</translation>
    </message>
    <message>
        <source>commissioner-cli: not restored: the meter refused %1</source>
        <translation>commissioner-cli: no restaurado: el medidor rechazó %1</translation>
    </message>
    <message numerus="yes">
        <source>Template restore PARTIAL from %1: %n setting(s) written and read back; the others named above.</source>
        <translation>
            <numerusform>Restauración PARCIAL de la plantilla desde %1: %n ajuste escrito y releído; los demás, nombrados arriba.</numerusform>
            <numerusform>Restauración PARCIAL de la plantilla desde %1: %n ajustes escritos y releídos; los demás, nombrados arriba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template restore incomplete: %1 written, %2 unconfirmed, %3 not written, %4 differ on read-back. Run `template restore %5` again to complete it.</source>
        <translation>Restauración de la plantilla incompleta: %1 escritos, %2 sin confirmar, %3 sin escribir, %4 distintos al releer. Ejecute `template restore %5` de nuevo para completarla.</translation>
    </message>
    <message>
        <source>Restore it by giving --restore-template, or with: template restore %1 (the energy readings only when named: --groups energy)</source>
        <translation>Restáurela indicando --restore-template, o con: template restore %1 (las lecturas de energía solo si se nombran: --groups energy)</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n setting(s) of the backup %1 to meter %2 now?</source>
        <translation>
            <numerusform>¿Restaurar ahora %n ajuste de la copia de seguridad %1 en el medidor %2?</numerusform>
            <numerusform>¿Restaurar ahora %n ajustes de la copia de seguridad %1 en el medidor %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>meter %1 answers, not %2 (%3): nothing was written</source>
        <translation>responde el medidor %1, no %2 (%3): no se escribió nada</translation>
    </message>
    <message>
        <source>%1 is a backup of meter %2, and this meter is %3: a meter&apos;s backup is never applied to another (a template saved with `template save` can be)</source>
        <translation>%1 es una copia de seguridad del medidor %2, y este medidor es %3: la copia de seguridad de un medidor nunca se aplica a otro (una plantilla guardada con `template save` sí)</translation>
    </message>
    <message>
        <source>Note: the template was saved from meter %1, not from this meter %2.</source>
        <translation>Nota: la plantilla se guardó desde el medidor %1, no desde este medidor %2.</translation>
    </message>
    <message>
        <source>Kept as they are, as they belong to one meter: %1 (name them with --groups to copy them from %2)</source>
        <translation>Se dejan como están, porque pertenecen a un solo medidor: %1 (nómbrelos con --groups para copiarlos desde %2)</translation>
    </message>
    <message>
        <source>Energy readings of meter %1 that will be overwritten:</source>
        <translation>Lecturas de energía del medidor %1 que se sobrescribirán:</translation>
    </message>
    <message numerus="yes">
        <source>Write %n setting(s) of meter %1 to meter %2?</source>
        <translation>
            <numerusform>¿Escribir %n ajuste del medidor %1 en el medidor %2?</numerusform>
            <numerusform>¿Escribir %n ajustes del medidor %1 en el medidor %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the meter, unchanged: %1 (%2)</source>
        <translation>Rechazado por el medidor, sin cambios: %1 (%2)</translation>
    </message>
    <message>
        <source>The meter&apos;s settings before the restore: %1</source>
        <translation>Ajustes del medidor antes de la restauración: %1</translation>
    </message>
    <message>
        <source>Restore INCOMPLETE: %1</source>
        <translation>Restauración INCOMPLETA: %1</translation>
    </message>
    <message numerus="yes">
        <source>Restore PARTIAL: %n setting(s) written and read back; these were not:</source>
        <translation>
            <numerusform>Restauración PARCIAL: %n ajuste escrito y releído; estos no:</numerusform>
            <numerusform>Restauración PARCIAL: %n ajustes escritos y releídos; estos no:</numerusform>
        </translation>
    </message>
    <message>
        <source>commissioner-cli: restore refused, nothing written: %1</source>
        <translation>commissioner-cli: restauración rechazada, no se escribió nada: %1</translation>
    </message>
    <message>
        <source>Comma-separated groups to restore (transformers, volts, clock, nameplate, energy, itc, communications, or all). Default: all but energy and communications; from another meter&apos;s template, also not nameplate.</source>
        <translation>Grupos a restaurar separados por comas (transformers, volts, clock, nameplate, energy, itc, communications o all). Por defecto: todos menos energy y communications; desde la plantilla de otro medidor, tampoco nameplate.</translation>
    </message>
    <message>
        <source>commissioner-cli: not writing without confirmation: no terminal to ask on; give --yes</source>
        <translation>commissioner-cli: no se escribe sin confirmación: no hay terminal para preguntar; indique --yes</translation>
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
        <translation>Uso: commissioner-cli [ENLACE] [OPCIONES] COMANDO [ARGUMENTOS]

Herramienta de puesta en servicio para medidores de energía Modbus de la serie EM7300.

Enlace (uno de):
  --tcp HOST[:PORT]        Modbus TCP (puerto 502 salvo que se indique)
  --rtu-tcp HOST:PORT      Modbus RTU a través de una pasarela TCP
  --serial DEV             Modbus RTU en un puerto serie (COM10, /dev/ttyUSB0)
      [--baud N] [--parity N|E|O] [--stop-bits 1|2] [--rs485]
                           (por defecto 19200 baudios, paridad par, 1 bit de parada)
  --modem DEV --phone NUMBER [--init STRING] [--pulse]
                           marcar a través de un módem Hayes, luego Modbus RTU
Opciones:
  --unit N                 ID de unidad (por defecto 1)
  --timeout-ms MS          tiempo de espera de respuesta por petición (por defecto 1000; 5000 con módem)
  --retries N              reintentos por petición (por defecto 3)
  --backoff-ms MS          pausa antes del primer reintento, duplicada después (por defecto 100)
  --data-dir DIR           dónde van los registros, copias de seguridad, paquetes y diarios
  --verbose                registrar en stderr lo que pasa por la línea

Comandos:
  identify [--json]        identidad, modo y eventos activos del medidor
  read-live [--json] [--count N] [--interval-ms MS]
                           lecturas en vivo
  scan --serial DEV [--bauds LIST] [--parities LIST] [--units A-B] [--first]
                           encontrar medidores cuando se desconocen velocidad, paridad e ID de unidad
  status [--json]          en qué estado está el medidor (actualización pendiente, bloqueada...)
  upgrade FILE [--yes] [--allow-unsigned] [--allow-downgrade] [--keys DIR]
          [--outage-wait S] [--install-margin S] [--restore-template]
                           actualizar el firmware desde un paquete .UPG (reanudable)
  template save FILE [--reason R]  guardar los ajustes del medidor en un archivo de plantilla
  template diff FILE [FILE2] [--changed]
                           comparar una plantilla con el medidor u otro archivo (salida 0 iguales, 1 distintos)
  template restore FILE [--groups LIST] [--dry-run] [--force-type] [--yes]
                           escribir una plantilla (todo menos communications salvo que se nombre), luego releer
  template list [--meter SERIAL]  copias de seguridad de plantillas, la más reciente primero
  clock sync | clock show  ajustar el reloj del medidor con este equipo (UTC), o mostrarlo
  config show [NAME|GROUP...] [--json]  ajustes del medidor, unidades y valores permitidos
  config set NAME=VALUE... [--yes] [--preset-energy] [--dry-run]
                           comprobar cada valor, hacer copia, escribir, releer (COMM_* al final,
                           luego la herramienta sigue al medidor a su nueva unidad/velocidad/paridad)
  config history [--meter SERIAL] [--json]  los cambios de ajustes registrados
  report --out FILE.pdf|FILE.html [--technician NAME]  el informe de puesta en servicio
  recover [--package FILE] [--packages DIR] [--restore-template] [--yes] [--allow-unsigned]
                           terminar una actualización interrumpida: el paquete se busca por el
                           SHA-256 de la imagen del medidor y la transferencia sigue en NEXT_OFFSET
  recover --xmodem --serial DEV --package FILE [--wait-s N]
                           un medidor sin Modbus: enviar el paquete a su bootloader de
                           recuperación XMODEM (apagar y encender el medidor cuando se pida)
  upg inspect FILE [--json] | upg pack ... | upg keygen -o BASE
                           paquetes .UPG (ejecute `upg --help`)
Cada comando acepta --help para sus propias opciones.

Códigos de salida:
  0 hecho; 1 fallo; 2 argumento incorrecto; 3 sin respuesta del medidor o enlace no abierto;
  4 el medidor respondió con una excepción Modbus; 5 paquete, clave o archivo de entrada no válido;
  6 rechazado por una comprobación antes de escribir nada; 7 cancelado o rechazado (una actualización
  cancelada sigue reanudable);
  8 interrumpido, el medidor se puede reanudar; 9 falló la verificación de la imagen por el medidor;
  10 parcial: los ajustes rechazados por el medidor o no válidos en el archivo se omitieron (nombrados),
  los demás se escribieron y releyeron.
</translation>
    </message>
    <message numerus="yes">
        <source>The meter came back without %n of its settings (they read otherwise than in its backup): %1</source>
        <translation>
            <numerusform>El medidor volvió sin %n de sus ajustes (difieren de su copia de seguridad): %1</numerusform>
            <numerusform>El medidor volvió sin %n de sus ajustes (difieren de su copia de seguridad): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The meter starts with factory-default settings (unit %1, %2 baud, %3).</source>
        <translation>El medidor arranca con los ajustes de fábrica (unidad %1, %2 baudios, %3).</translation>
    </message>
    <message>
        <source>commissioner-cli: the package was sent, but the meter does not answer Modbus at %1 %2 unit %3 after %4 s (%5); power-cycle it and run identify</source>
        <translation>commissioner-cli: el paquete se envió, pero el medidor no responde por Modbus a %1 %2 unidad %3 tras %4 s (%5); apáguelo y enciéndalo y ejecute identify</translation>
    </message>
    <message>
        <source>The meter&apos;s bootloader took the package; waiting for the meter to start (Modbus RTU, %1 baud, %2, unit %3)...</source>
        <translation>El bootloader del medidor aceptó el paquete; esperando a que arranque el medidor (Modbus RTU, %1 baudios, %2, unidad %3)...</translation>
    </message>
    <message>
        <source>The upgrade stopped at its limit of %1 (%2 of %3) before a request to register %4. The meter holds the first %5 bytes of the image.</source>
        <translation>La actualización se detuvo en su límite de %1 (%2 de %3) antes de una solicitud al registro %4. El medidor conserva los primeros %5 bytes de la imagen.</translation>
    </message>
    <message>
        <source>After the upgrade of %3 (type %4) had begun, the meter at this address answered as serial number %1, type %2. Blocks were sent to this address: it is another meter, or %3 reporting another identity. Check the cable, the bus and the unit ID before going on.</source>
        <translation>Después de comenzar la actualización de %3 (tipo %4), el medidor en esta dirección respondió con el número de serie %1, tipo %2. Se enviaron bloques a esta dirección: es otro medidor, o %3 informa otra identidad. Compruebe el cable, el bus y el ID de unidad antes de continuar.</translation>
    </message>
    <message>
        <source>the meter reports no serial number, so its backups and history could not be told from another meter&apos;s: nothing was written</source>
        <translation>el medidor no informa ningún número de serie, así que sus copias de seguridad y su historial no se distinguirían de los de otro medidor: no se escribió nada</translation>
    </message>
    <message>
        <source>The meter reports no serial number, so its backups and journal could not be told from another meter&apos;s. Nothing was written to it.</source>
        <translation>El medidor no informa ningún número de serie, así que sus copias de seguridad y su diario no se distinguirían de los de otro medidor. No se escribió nada en él.</translation>
    </message>
    <message>
        <source>commissioner-cli: %1 cannot be sent: its signature does not count</source>
        <translation>commissioner-cli: %1 no se puede enviar: su firma no es válida</translation>
    </message>
    <message>
        <source>commissioner-cli: the package was sent, but the meter that answers is %1 (type %2), not type %3 as the package; nothing was recorded</source>
        <translation>commissioner-cli: el paquete se envió, pero el medidor que responde es %1 (tipo %2), no del tipo %3 del paquete; no se registró nada</translation>
    </message>
    <message>
        <source>commissioner-cli: the package was sent, but the meter answers with firmware %1, not %2; power-cycle it and run identify</source>
        <translation>commissioner-cli: el paquete se envió, pero el medidor responde con el firmware %1, no %2; apáguelo y enciéndalo y ejecute identify</translation>
    </message>
</context>
<context>
    <name>CommissioningReport</name>
    <message>
        <source>Commissioning report</source>
        <translation>Informe de puesta en servicio</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Medidor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Tipo de dispositivo</translation>
    </message>
    <message>
        <source>Hardware revision</source>
        <translation>Revisión de hardware</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Bootloader version</source>
        <translation>Versión del bootloader</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Active events</source>
        <translation>Eventos activos</translation>
    </message>
    <message>
        <source>Connected through</source>
        <translation>Conectado a través de</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Fecha (UTC)</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Before the last upgrade</source>
        <translation>Antes de la última actualización</translation>
    </message>
    <message>
        <source>After the last upgrade</source>
        <translation>Después de la última actualización</translation>
    </message>
    <message>
        <source>Upgrade started (UTC)</source>
        <translation>Actualización iniciada (UTC)</translation>
    </message>
    <message>
        <source>Package version</source>
        <translation>Versión del paquete</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>(not confirmed)</source>
        <translation>(sin confirmar)</translation>
    </message>
    <message>
        <source>No upgrade of this meter is recorded in this data folder.</source>
        <translation>No hay ninguna actualización de este medidor registrada en esta carpeta de datos.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>No se pudieron leer los ajustes: %1</translation>
    </message>
    <message>
        <source>No device profile knows device type %1.</source>
        <translation>Ningún perfil de dispositivo conoce el tipo de dispositivo %1.</translation>
    </message>
    <message>
        <source>Live readings</source>
        <translation>Lecturas en vivo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Magnitud</translation>
    </message>
    <message>
        <source>Voltage %1</source>
        <translation>Tensión %1</translation>
    </message>
    <message>
        <source>Current %1</source>
        <translation>Corriente %1</translation>
    </message>
    <message>
        <source>Active power total</source>
        <translation>Potencia activa total</translation>
    </message>
    <message>
        <source>Reactive power total</source>
        <translation>Potencia reactiva total</translation>
    </message>
    <message>
        <source>Apparent power total</source>
        <translation>Potencia aparente total</translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation>Factor de potencia</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Time since power-up</source>
        <translation>Tiempo desde el encendido</translation>
    </message>
    <message>
        <source>The readings could not be read: %1</source>
        <translation>No se pudieron leer las lecturas: %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Checks of the last upgrade</source>
        <translation>Comprobaciones de la última actualización</translation>
    </message>
    <message>
        <source>Settings compared with the latest backup %1 (saved %2 UTC, reason %3)</source>
        <translation>Ajustes comparados con la última copia de seguridad %1 (guardada el %2 UTC, motivo %3)</translation>
    </message>
    <message>
        <source>Every setting equals the backup.</source>
        <translation>Cada ajuste es igual a la copia de seguridad.</translation>
    </message>
    <message>
        <source>Settings that differ from the backup: %1</source>
        <translation>Ajustes que difieren de la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Meter now</source>
        <translation>Medidor ahora</translation>
    </message>
    <message>
        <source>No template backup of this meter in this data folder.</source>
        <translation>No hay ninguna copia de seguridad de plantilla de este medidor en esta carpeta de datos.</translation>
    </message>
    <message>
        <source>The latest backup could not be read: %1</source>
        <translation>No se pudo leer la última copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Changes recorded</source>
        <translation>Cambios registrados</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Fecha (UTC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Con qué</translation>
    </message>
    <message>
        <source>No change of this meter is recorded.</source>
        <translation>No hay ningún cambio registrado de este medidor.</translation>
    </message>
    <message>
        <source>%1: a report file name ends in .pdf or .html</source>
        <translation>%1: el nombre de un archivo de informe termina en .pdf o .html</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>a PDF report needs the graphical part of Qt (a QGuiApplication); write .html instead</source>
        <translation>un informe PDF necesita la parte gráfica de Qt (una QGuiApplication); escriba .html en su lugar</translation>
    </message>
    <message>
        <source>the meter now reads %1</source>
        <translation>el medidor indica ahora %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
</context>
<context>
    <name>GuiText</name>
    <message>
        <source>The meter did not answer in time.</source>
        <translation>El medidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The connection was lost (cable, gateway or port gone).</source>
        <translation>Se perdió la conexión (cable, pasarela o puerto desaparecido).</translation>
    </message>
    <message>
        <source>The connection could not be opened.</source>
        <translation>No se pudo abrir la conexión.</translation>
    </message>
    <message>
        <source>The connection could not be opened: %1</source>
        <translation>No se pudo abrir la conexión: %1</translation>
    </message>
    <message>
        <source>The meter refused the request (illegal function).</source>
        <translation>El medidor rechazó la petición (función no permitida).</translation>
    </message>
    <message>
        <source>The meter has no register at address %1 in this mode.</source>
        <translation>El medidor no tiene ningún registro en la dirección %1 en este modo.</translation>
    </message>
    <message>
        <source>The meter refused the value (illegal data value).</source>
        <translation>El medidor rechazó el valor (valor de datos no permitido).</translation>
    </message>
    <message>
        <source>The meter reported a device failure.</source>
        <translation>El medidor informó de un fallo del dispositivo.</translation>
    </message>
    <message>
        <source>The meter is busy; try again in a moment.</source>
        <translation>El medidor está ocupado; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The meter answered with exception %1.</source>
        <translation>El medidor respondió con la excepción %1.</translation>
    </message>
    <message>
        <source>The meter&apos;s answer was garbled (check wiring and settings).</source>
        <translation>La respuesta del medidor era ilegible (compruebe el cableado y los ajustes).</translation>
    </message>
    <message>
        <source>The request could not be sent: %1</source>
        <translation>No se pudo enviar la petición: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>The port would not switch to RS-485 mode; the adapter may do it by itself.</source>
        <translation>El puerto no quiso pasar a modo RS-485; puede que el adaptador lo haga por sí mismo.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>This is not a firmware package (.UPG).</source>
        <translation>No es un paquete de firmware (.UPG).</translation>
    </message>
    <message>
        <source>The package format version %1 is not one this tool reads.</source>
        <translation>Esta herramienta no lee la versión %1 del formato de paquete.</translation>
    </message>
    <message>
        <source>The package is damaged: a checksum does not match (%1).</source>
        <translation>El paquete está dañado: una suma de comprobación no coincide (%1).</translation>
    </message>
    <message>
        <source>The package is incomplete (%1). Copy it again.</source>
        <translation>El paquete está incompleto (%1). Cópielo de nuevo.</translation>
    </message>
    <message>
        <source>The package breaks a format rule: %1</source>
        <translation>El paquete incumple una regla del formato: %1</translation>
    </message>
    <message>
        <source>The meter&apos;s register map version %1 is not supported.</source>
        <translation>La versión %1 del mapa de registros del medidor no es compatible.</translation>
    </message>
    <message>
        <source>The package is not signed. Tick &quot;Allow an unsigned package&quot; only if you trust where it came from.</source>
        <translation>El paquete no está firmado. Marque «Permitir un paquete sin firmar» solo si confía en su procedencia.</translation>
    </message>
    <message>
        <source>The package is not signed (allowed).</source>
        <translation>El paquete no está firmado (permitido).</translation>
    </message>
    <message>
        <source>The package is signed with a key this tool does not trust.</source>
        <translation>El paquete está firmado con una clave en la que esta herramienta no confía.</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not verify: it was changed after signing.</source>
        <translation>La firma del paquete no es válida: se modificó después de firmarse.</translation>
    </message>
    <message>
        <source>The package is for device type %1; this meter is type %2.</source>
        <translation>El paquete es para el tipo de dispositivo %1; este medidor es del tipo %2.</translation>
    </message>
    <message>
        <source>The meter&apos;s hardware revision %1 is outside the package&apos;s range %2 to %3.</source>
        <translation>La revisión de hardware %1 del medidor está fuera del rango %2 a %3 del paquete.</translation>
    </message>
    <message>
        <source>The meter has active events (%1): clear them first.</source>
        <translation>El medidor tiene eventos activos (%1): elimínelos primero.</translation>
    </message>
    <message>
        <source>A site wiring fault is active; it does not block an upgrade.</source>
        <translation>Hay un fallo de cableado en la instalación; no bloquea la actualización.</translation>
    </message>
    <message>
        <source>The image is %1; this meter takes at most %2.</source>
        <translation>La imagen tiene %1; este medidor admite como máximo %2.</translation>
    </message>
    <message>
        <source>The meter already runs this version. Tick &quot;Allow the same or an older version&quot; to install it again.</source>
        <translation>El medidor ya ejecuta esta versión. Marque «Permitir una versión igual o anterior» para instalarla de nuevo.</translation>
    </message>
    <message>
        <source>The package is older than the meter&apos;s firmware. Tick &quot;Allow the same or an older version&quot; to go back.</source>
        <translation>El paquete es más antiguo que el firmware del medidor. Marque «Permitir una versión igual o anterior» para volver atrás.</translation>
    </message>
    <message>
        <source>Same or older version (allowed).</source>
        <translation>Versión igual o anterior (permitido).</translation>
    </message>
    <message>
        <source>The meter reports a block size of %1 bytes, which the protocol does not allow.</source>
        <translation>El medidor indica un tamaño de bloque de %1 bytes, que el protocolo no permite.</translation>
    </message>
    <message>
        <source>The meter is verifying or installing an image; the upgrade waits for it.</source>
        <translation>El medidor está verificando o instalando una imagen; la actualización lo espera.</translation>
    </message>
    <message>
        <source>The meter already holds %1 of %2 of this image: the transfer resumes there.</source>
        <translation>El medidor ya tiene %1 de %2 de esta imagen: la transferencia continúa desde ahí.</translation>
    </message>
    <message>
        <source>The meter is in upgrade mode: its settings cannot be read for a backup.</source>
        <translation>El medidor está en modo de actualización: sus ajustes no se pueden leer para una copia de seguridad.</translation>
    </message>
    <message>
        <source>Normal: running its firmware, nothing pending</source>
        <translation>Normal: ejecuta su firmware, nada pendiente</translation>
    </message>
    <message>
        <source>Normal, with an interrupted transfer waiting in the spare bank</source>
        <translation>Normal, con una transferencia interrumpida esperando en el banco de reserva</translation>
    </message>
    <message>
        <source>Normal, with a whole image stored but never installed</source>
        <translation>Normal, con una imagen completa almacenada pero nunca instalada</translation>
    </message>
    <message>
        <source>Upgrade mode with part of an image: needs recovery</source>
        <translation>Modo de actualización con parte de una imagen: necesita recuperación</translation>
    </message>
    <message>
        <source>Upgrade mode with the whole image stored: needs recovery (install again)</source>
        <translation>Modo de actualización con la imagen completa almacenada: necesita recuperación (instalar de nuevo)</translation>
    </message>
    <message>
        <source>Upgrade mode with no image: needs a new transfer</source>
        <translation>Modo de actualización sin imagen: necesita una nueva transferencia</translation>
    </message>
    <message>
        <source>No firmware: needs a new transfer</source>
        <translation>Sin firmware: necesita una nueva transferencia</translation>
    </message>
    <message>
        <source>Verifying or installing an image right now</source>
        <translation>Verificando o instalando una imagen en este momento</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Backing up the settings</source>
        <translation>Guardando una copia de los ajustes</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Transfiriendo</translation>
    </message>
    <message>
        <source>Meter verifying the image</source>
        <translation>El medidor verifica la imagen</translation>
    </message>
    <message>
        <source>Meter installing (it stays silent)</source>
        <translation>El medidor instala (no responde mientras tanto)</translation>
    </message>
    <message>
        <source>Confirming the new version</source>
        <translation>Confirmando la nueva versión</translation>
    </message>
    <message>
        <source>Waiting for the meter to answer again</source>
        <translation>Esperando a que el medidor vuelva a responder</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Upgrade done: %1 now runs firmware %2.</source>
        <translation>Actualización terminada: %1 ejecuta ahora el firmware %2.</translation>
    </message>
    <message>
        <source>The checks refused the upgrade. Nothing was written.</source>
        <translation>Las comprobaciones rechazaron la actualización. No se escribió nada.</translation>
    </message>
    <message>
        <source>The settings could not be backed up, so nothing was written to the meter.</source>
        <translation>No se pudo guardar una copia de los ajustes, así que no se escribió nada en el medidor.</translation>
    </message>
    <message>
        <source>The data folder could not be written (journal or package copy). Nothing was written.</source>
        <translation>No se pudo escribir en la carpeta de datos (diario o copia del paquete). No se escribió nada.</translation>
    </message>
    <message>
        <source>The meter refused the image: %1.</source>
        <translation>El medidor rechazó la imagen: %1.</translation>
    </message>
    <message>
        <source>The meter&apos;s check of the image failed; it discarded it. Try the upgrade again.</source>
        <translation>Falló la verificación de la imagen por el medidor; la descartó. Intente de nuevo la actualización.</translation>
    </message>
    <message>
        <source>The meter stopped answering. It keeps what it received: connect again and the upgrade resumes from there.</source>
        <translation>El medidor dejó de responder. Conserva lo que recibió: conéctese de nuevo y la actualización continuará desde ahí.</translation>
    </message>
    <message>
        <source>Upgrade stopped. The meter keeps what it received: connect again to resume.</source>
        <translation>Actualización detenida. El medidor conserva lo que recibió: conéctese de nuevo para reanudar.</translation>
    </message>
    <message>
        <source>The meter came back with firmware %1, not the package&apos;s version.</source>
        <translation>El medidor volvió con el firmware %1, no con la versión del paquete.</translation>
    </message>
    <message>
        <source>The meter answered unexpectedly: %1</source>
        <translation>El medidor respondió de forma inesperada: %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>Signed by %1 (verified)</source>
        <translation>Firmado por %1 (verificado)</translation>
    </message>
    <message>
        <source>Signed with a key this tool does not trust</source>
        <translation>Firmado con una clave en la que esta herramienta no confía</translation>
    </message>
    <message>
        <source>Signature does NOT verify: the file was changed</source>
        <translation>La firma NO es válida: el archivo se modificó</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Upgrade (bootloader)</source>
        <translation>Actualización (bootloader)</translation>
    </message>
    <message>
        <source>No firmware (bootloader)</source>
        <translation>Sin firmware (bootloader)</translation>
    </message>
    <message>
        <source>critical event (blocks upgrades)</source>
        <translation>evento crítico (bloquea las actualizaciones)</translation>
    </message>
    <message>
        <source>warning event (blocks upgrades)</source>
        <translation>evento de aviso (bloquea las actualizaciones)</translation>
    </message>
    <message>
        <source>site wiring fault (does not block upgrades)</source>
        <translation>fallo de cableado en la instalación (no bloquea las actualizaciones)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>recibiendo</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>verificando</translation>
    </message>
    <message>
        <source>installing</source>
        <translation>instalando</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>rejected: incompatible image</source>
        <translation>rechazada: imagen incompatible</translation>
    </message>
    <message>
        <source>rejected: events active</source>
        <translation>rechazada: eventos activos</translation>
    </message>
    <message>
        <source>image check failed</source>
        <translation>falló la verificación de la imagen</translation>
    </message>
    <message>
        <source>rejected: image too large</source>
        <translation>rechazada: imagen demasiado grande</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3).</source>
        <translation>%1 no es JSON válido (línea %2, columna %3).</translation>
    </message>
    <message>
        <source>%1 is not a Commissioner template.</source>
        <translation>%1 no es una plantilla de Commissioner.</translation>
    </message>
    <message>
        <source>The template format version %1 is newer than this tool reads.</source>
        <translation>La versión %1 del formato de plantilla es más reciente de lo que esta herramienta sabe leer.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing or invalid.</source>
        <translation>El campo «%1» falta o no es válido.</translation>
    </message>
    <message>
        <source>No device profile knows device type %1.</source>
        <translation>Ningún perfil de dispositivo conoce el tipo de dispositivo %1.</translation>
    </message>
    <message>
        <source>Unknown setting %1.</source>
        <translation>Ajuste desconocido %1.</translation>
    </message>
    <message>
        <source>The setting %1 is missing from the file.</source>
        <translation>Falta el ajuste %1 en el archivo.</translation>
    </message>
    <message>
        <source>Setting %1: %2 is not %3.</source>
        <translation>Ajuste %1: %2 no es %3.</translation>
    </message>
    <message>
        <source>Setting %1: %2 is outside the allowed values (%3).</source>
        <translation>Ajuste %1: %2 está fuera de los valores permitidos (%3).</translation>
    </message>
    <message>
        <source>Setting %1: the unit %2 is not &quot;%3&quot;.</source>
        <translation>Ajuste %1: la unidad %2 no es «%3».</translation>
    </message>
    <message>
        <source>The device profile %1 is invalid: %2</source>
        <translation>El perfil de dispositivo %1 no es válido: %2</translation>
    </message>
    <message>
        <source>The template was saved from device type %1; this meter is type %2.</source>
        <translation>La plantilla se guardó desde el tipo de dispositivo %1; este medidor es del tipo %2.</translation>
    </message>
    <message>
        <source>Unknown group &quot;%1&quot;.</source>
        <translation>Grupo desconocido «%1».</translation>
    </message>
    <message>
        <source>The meter is not in normal mode: its settings cannot be read or written now.</source>
        <translation>El medidor no está en modo normal: sus ajustes no se pueden leer ni escribir ahora.</translation>
    </message>
    <message>
        <source>Written and confirmed: %1</source>
        <translation>Escritos y confirmados: %1</translation>
    </message>
    <message>
        <source>Unconfirmed (the meter may or may not have applied them): %1</source>
        <translation>Sin confirmar (el medidor puede haberlos aplicado o no): %1</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Sin escribir: %1</translation>
    </message>
    <message>
        <source>Stopped by: %1</source>
        <translation>Detenido por: %1</translation>
    </message>
    <message>
        <source>Read back: every setting matches the file.</source>
        <translation>Relectura: cada ajuste coincide con el archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Read back: %n setting(s) differ from the file:</source>
        <translation>
            <numerusform>Relectura: %n ajuste difiere del archivo:</numerusform>
            <numerusform>Relectura: %n ajustes difieren del archivo:</numerusform>
        </translation>
    </message>
    <message>
        <source>Read back failed: %1</source>
        <translation>Falló la relectura: %1</translation>
    </message>
    <message>
        <source>  %1: wanted %2, meter has %3</source>
        <translation>  %1: se quería %2, el medidor tiene %3</translation>
    </message>
    <message>
        <source>Restore the same file again to complete it.</source>
        <translation>Restaure de nuevo el mismo archivo para completarlo.</translation>
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
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
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
        <translation>desconocido</translation>
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
        <translation>Sin respuesta: nada aceptó la conexión a tiempo.</translation>
    </message>
    <message>
        <source>No answer from %1: nothing accepted the connection in time.</source>
        <translation>Sin respuesta de %1: nada aceptó la conexión a tiempo.</translation>
    </message>
    <message>
        <source>Not now: a firmware upgrade is running on this meter. Nothing was sent; try again when it has ended.</source>
        <translation>Ahora no: hay una actualización de firmware en curso en este medidor. No se envió nada; inténtelo de nuevo cuando haya terminado.</translation>
    </message>
    <message>
        <source>The meter reports DEVICE_MODE %1, a mode this tool does not know. Nothing is written.</source>
        <translation>El medidor indica DEVICE_MODE %1, un modo que esta herramienta no conoce. No se escribe nada.</translation>
    </message>
    <message>
        <source>The meter reports UPG_STATUS %1, a status this tool does not know. Nothing is written.</source>
        <translation>El medidor indica UPG_STATUS %1, un estado que esta herramienta no conoce. No se escribe nada.</translation>
    </message>
    <message>
        <source>Reports a mode or upgrade status this tool does not know: nothing is written to it</source>
        <translation>Indica un modo o un estado de actualización que esta herramienta no conoce: no se escribe nada en él</translation>
    </message>
    <message>
        <source>Another meter answered (serial number %1, type %2) instead of %3. Nothing was written to it. Check the cable, the bus and the unit ID, then connect to %3 again to resume.</source>
        <translation>Respondió otro medidor (número de serie %1, tipo %2) en lugar de %3. No se escribió nada en él. Compruebe el cable, el bus y el ID de unidad, y luego conéctese de nuevo a %3 para reanudar.</translation>
    </message>
    <message>
        <source>The meter refused the block at byte %1 %2 times in a row (%3). It keeps what it received: connect again to resume.</source>
        <translation>El medidor rechazó el bloque en el byte %1 %2 veces seguidas (%3). Conserva lo que recibió: conéctese de nuevo para reanudar.</translation>
    </message>
    <message>
        <source>The meter stayed %1 for %2 s, longer than it says it needs. It keeps the image: connect again to resume.</source>
        <translation>El medidor permaneció en %1 durante %2 s, más de lo que indica que necesita. Conserva la imagen: conéctese de nuevo para reanudar.</translation>
    </message>
    <message>
        <source>The meter reports %1 = %2, a value the protocol does not allow. Nothing more was written to it.</source>
        <translation>El medidor indica %1 = %2, un valor que el protocolo no permite. No se escribió nada más en él.</translation>
    </message>
    <message>
        <source>Unknown (not in the register map)</source>
        <translation>Desconocido (no está en el mapa de registros)</translation>
    </message>
    <message>
        <source>The backup %1, read back, does not give the meter&apos;s settings back (%2).</source>
        <translation>La copia de seguridad %1, releída, no devuelve los ajustes del medidor (%2).</translation>
    </message>
    <message>
        <source>Meter %1 answers, not %2 (%3). Nothing was written.</source>
        <translation>Responde el medidor %1, no %2 (%3). No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 is a backup of meter %2, and this meter is %3: a meter&apos;s backup is never written to another. Nothing was written.</source>
        <translation>%1 es una copia de seguridad del medidor %2, y este medidor es %3: la copia de seguridad de un medidor nunca se escribe en otro. No se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Write %n setting(s) of meter %1 to meter %2?</source>
        <translation>
            <numerusform>¿Escribir %n ajuste del medidor %1 en el medidor %2?</numerusform>
            <numerusform>¿Escribir %n ajustes del medidor %1 en el medidor %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %n setting(s) of %1 to meter %2?</source>
        <translation>
            <numerusform>¿Escribir %n ajuste de %1 en el medidor %2?</numerusform>
            <numerusform>¿Escribir %n ajustes de %1 en el medidor %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  and %n more</source>
        <translation>
            <numerusform>  y %n más</numerusform>
            <numerusform>  y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as they are on meter %1, as they belong to one meter: %2.</source>
        <translation>Se dejan como están en el medidor %1, porque pertenecen a un solo medidor: %2.</translation>
    </message>
    <message>
        <source>Energy readings of meter %1 that will be overwritten:</source>
        <translation>Lecturas de energía del medidor %1 que se sobrescribirán:</translation>
    </message>
    <message>
        <source>The meter&apos;s settings are saved among its backups before anything is written.</source>
        <translation>Los ajustes del medidor se guardan entre sus copias de seguridad antes de escribir nada.</translation>
    </message>
    <message>
        <source>Restored and read back.</source>
        <translation>Restaurada y releída.</translation>
    </message>
    <message>
        <source>The meter already holds these settings: nothing was written.</source>
        <translation>El medidor ya tiene estos ajustes: no se escribió nada.</translation>
    </message>
    <message>
        <source>Restored in part: the settings named in the report were left out.</source>
        <translation>Restaurada en parte: se omitieron los ajustes nombrados en el informe.</translation>
    </message>
    <message>
        <source>The restore is incomplete: see the report, then restore the same file again.</source>
        <translation>La restauración está incompleta: véase el informe y luego restaure de nuevo el mismo archivo.</translation>
    </message>
    <message>
        <source>Written, but the read-back does not confirm it: see the report.</source>
        <translation>Escrita, pero la relectura no lo confirma: véase el informe.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <source>Refused by the meter, unchanged: %1 (%2)</source>
        <translation>Rechazado por el medidor, sin cambios: %1 (%2)</translation>
    </message>
    <message>
        <source>Not restored: %1 holds %2 in the file, which breaks its rule (%3)</source>
        <translation>No restaurado: %1 vale %2 en el archivo, lo que incumple su regla (%3)</translation>
    </message>
    <message>
        <source>The upgrade stopped at its limit of %1 (%2 of %3) before a request to register %4. The meter keeps the first %5 bytes of the image: connect again to resume.</source>
        <translation>La actualización se detuvo en su límite de %1 (%2 de %3) antes de una solicitud al registro %4. El medidor conserva los primeros %5 bytes de la imagen: vuelva a conectar para reanudar.</translation>
    </message>
    <message>
        <source>After the upgrade of %3 had begun, the meter at this address answered as serial number %1, type %2. Blocks were sent to this address: it is another meter, or %3 reporting another identity. Check the cable, the bus and the unit ID before going on.</source>
        <translation>Después de comenzar la actualización de %3, el medidor en esta dirección respondió con el número de serie %1, tipo %2. Se enviaron bloques a esta dirección: es otro medidor, o %3 informa otra identidad. Compruebe el cable, el bus y el ID de unidad antes de continuar.</translation>
    </message>
    <message>
        <source>The meter reports no serial number, so its backups and journal could not be told from another meter&apos;s. Nothing was written to it.</source>
        <translation>El medidor no informa ningún número de serie, así que sus copias de seguridad y su diario no se distinguirían de los de otro medidor. No se escribió nada en él.</translation>
    </message>
    <message>
        <source>The meter reports no serial number, so its backups and history could not be told from another meter&apos;s. Nothing was written.</source>
        <translation>El medidor no informa ningún número de serie, así que sus copias de seguridad y su historial no se distinguirían de los de otro medidor. No se escribió nada.</translation>
    </message>
    <message>
        <source>Nothing was written: the settings named in the report were left out.</source>
        <translation>No se escribió nada: los ajustes indicados en el informe se dejaron fuera.</translation>
    </message>
</context>
<context>
    <name>SetupText</name>
    <message>
        <source>&quot;%1&quot; is not NAME=VALUE.</source>
        <translation>«%1» no tiene la forma NOMBRE=VALOR.</translation>
    </message>
    <message>
        <source>%1 is not a setting of this meter.</source>
        <translation>%1 no es un ajuste de este medidor.</translation>
    </message>
    <message>
        <source>%1 is not a setting that can be changed here: %2</source>
        <translation>%1 no es un ajuste que se pueda cambiar aquí: %2</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 se indica dos veces.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number (%3).</source>
        <translation>%1: «%2» no es un número entero (%3).</translation>
    </message>
    <message>
        <source>%1: %2 is below the minimum (%3).</source>
        <translation>%1: %2 está por debajo del mínimo (%3).</translation>
    </message>
    <message>
        <source>%1: %2 is above the maximum (%3).</source>
        <translation>%1: %2 está por encima del máximo (%3).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the choices (%3).</source>
        <translation>%1: «%2» no es una de las opciones (%3).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too long (%3).</source>
        <translation>%1: «%2» es demasiado largo (%3).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; holds a character that is not printable ASCII (%3).</source>
        <translation>%1: «%2» contiene un carácter que no es ASCII imprimible (%3).</translation>
    </message>
    <message>
        <source>already so, not written</source>
        <translation>ya tenía ese valor, sin escribir</translation>
    </message>
    <message>
        <source>written and read back</source>
        <translation>escrito y releído</translation>
    </message>
    <message>
        <source>written, but the meter reads back another value</source>
        <translation>escrito, pero el medidor relee otro valor</translation>
    </message>
    <message>
        <source>refused by the meter, nothing changed</source>
        <translation>rechazado por el medidor, nada cambió</translation>
    </message>
    <message>
        <source>sent, no answer: it may or may not have been applied</source>
        <translation>enviado, sin respuesta: puede haberse aplicado o no</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>sin escribir</translation>
    </message>
    <message>
        <source>written, but it could not be read back</source>
        <translation>escrito, pero no se pudo releer</translation>
    </message>
    <message>
        <source>The settings could not be read before writing, so nothing was written: %1</source>
        <translation>No se pudieron leer los ajustes antes de escribir, así que no se escribió nada: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3: %4</source>
        <translation>%1: %2 → %3: %4</translation>
    </message>
    <message>
        <source> (the meter holds %1)</source>
        <translation> (el medidor tiene %1)</translation>
    </message>
    <message>
        <source>Read back failed: %1</source>
        <translation>Falló la relectura: %1</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>No se escribió nada: %1</translation>
    </message>
    <message>
        <source>The meter refused %1 (%2); nothing after it was written.</source>
        <translation>El medidor rechazó %1 (%2); no se escribió nada después.</translation>
    </message>
    <message>
        <source>No answer to the write of %1: it may or may not have been applied; nothing after it was written.</source>
        <translation>Sin respuesta a la escritura de %1: puede haberse aplicado o no; no se escribió nada después.</translation>
    </message>
    <message>
        <source>%1 was written, but the meter reads back another value.</source>
        <translation>%1 se escribió, pero el medidor relee otro valor.</translation>
    </message>
    <message>
        <source>%1 was written, but could not be read back.</source>
        <translation>%1 se escribió, pero no se pudo releer.</translation>
    </message>
    <message>
        <source>The settings were written, but the meter was not found at its new communications settings: see the report.</source>
        <translation>Los ajustes se escribieron, pero el medidor no se encontró con sus nuevos ajustes de comunicación: véase el informe.</translation>
    </message>
    <message>
        <source>Sent and read back: the meter holds the values shown.</source>
        <translation>Enviado y releído: el medidor tiene los valores mostrados.</translation>
    </message>
    <message>
        <source>Sent: see the report.</source>
        <translation>Enviado: véase el informe.</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unidad %1</translation>
    </message>
    <message>
        <source>no parity</source>
        <translation>sin paridad</translation>
    </message>
    <message>
        <source>odd parity</source>
        <translation>paridad impar</translation>
    </message>
    <message>
        <source>even parity</source>
        <translation>paridad par</translation>
    </message>
    <message>
        <source>unit %1, %2 baud, %3</source>
        <translation>unidad %1, %2 baudios, %3</translation>
    </message>
    <message>
        <source>The meter now answers at %1; the connection follows it there.</source>
        <translation>El medidor responde ahora con %1; la conexión lo sigue.</translation>
    </message>
    <message>
        <source>The meter still answers at its old settings (%1): the change did not take effect.</source>
        <translation>El medidor sigue respondiendo con sus ajustes antiguos (%1): el cambio no se aplicó.</translation>
    </message>
    <message>
        <source>Written: %1. The meter did not answer at %2, nor at its old settings (%3). To reach it, connect at %2 (Connection &gt; Connect…); if it still does not answer, check its display or its front-panel communications settings.</source>
        <translation>Escrito: %1. El medidor no respondió con %2 ni con sus ajustes antiguos (%3). Para acceder a él, conéctese con %2 (Conexión &gt; Conectar…); si sigue sin responder, compruebe su pantalla o los ajustes de comunicación de su panel frontal.</translation>
    </message>
    <message>
        <source>The meter refused the communications settings: nothing changed.</source>
        <translation>El medidor rechazó los ajustes de comunicación: nada cambió.</translation>
    </message>
    <message>
        <source>Written: %1. This connection cannot follow the meter (its line settings are not this tool&apos;s): set the gateway or modem to %2, then connect again.</source>
        <translation>Escrito: %1. Esta conexión no puede seguir al medidor (sus ajustes de línea no dependen de esta herramienta): ajuste la pasarela o el módem a %2 y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>Written: %1. The meter now answers at %2.</source>
        <translation>Escrito: %1. El medidor responde ahora con %2.</translation>
    </message>
    <message>
        <source>The meter refused %1 for %2 and still holds %3.</source>
        <translation>El medidor rechazó %1 para %2 y sigue teniendo %3.</translation>
    </message>
</context>
<context>
    <name>UpgradeText</name>
    <message>
        <source>bytes sent</source>
        <translation>bytes enviados</translation>
    </message>
    <message>
        <source>refused data writes</source>
        <translation>escrituras de datos rechazadas</translation>
    </message>
    <message>
        <source>losses of the link</source>
        <translation>pérdidas del enlace</translation>
    </message>
    <message>
        <source>BEGIN requests</source>
        <translation>solicitudes BEGIN</translation>
    </message>
    <message>
        <source>COMMIT requests</source>
        <translation>solicitudes COMMIT</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation>tiempo (ms)</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::ClockDialog</name>
    <message>
        <source>Meter clock</source>
        <translation>Reloj del medidor</translation>
    </message>
    <message>
        <source>Meter clock (UTC):</source>
        <translation>Reloj del medidor (UTC):</translation>
    </message>
    <message>
        <source>This computer (UTC):</source>
        <translation>Este equipo (UTC):</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>Diferencia:</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Leer de nuevo</translation>
    </message>
    <message>
        <source>&amp;Set from this computer</source>
        <translation>&amp;Ajustar desde este equipo</translation>
    </message>
    <message>
        <source>Reading the meter&apos;s clock…</source>
        <translation>Leyendo el reloj del medidor…</translation>
    </message>
    <message>
        <source>Setting the meter&apos;s clock from this computer&apos;s…</source>
        <translation>Ajustando el reloj del medidor con el de este equipo…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>the meter is %1 s ahead</source>
        <translation>el medidor va %1 s adelantado</translation>
    </message>
    <message>
        <source>the meter is %1 s behind</source>
        <translation>el medidor va %1 s atrasado</translation>
    </message>
    <message>
        <source>Set and read back.</source>
        <translation>Ajustado y releído.</translation>
    </message>
    <message>
        <source>Setting the clock failed: %1</source>
        <translation>No se pudo ajustar el reloj: %1</translation>
    </message>
    <message>
        <source>Reading the clock failed: %1</source>
        <translation>No se pudo leer el reloj: %1</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::ConnectionDialog</name>
    <message>
        <source>Demo meter (simulated EM7350)</source>
        <translation>Medidor de demostración (EM7350 simulado)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Impar</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Connect to a meter</source>
        <translation>Conectar a un medidor</translation>
    </message>
    <message>
        <source>(choose a recent connection)</source>
        <translation>(elija una conexión reciente)</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Recientes:</translation>
    </message>
    <message>
        <source>&amp;Serial</source>
        <translation>&amp;Serie</translation>
    </message>
    <message>
        <source>&amp;Modem</source>
        <translation>&amp;Módem</translation>
    </message>
    <message>
        <source>A meter with an Ethernet port, speaking Modbus TCP.</source>
        <translation>Un medidor con puerto Ethernet que habla Modbus TCP.</translation>
    </message>
    <message>
        <source>&amp;TCP</source>
        <translation>&amp;TCP</translation>
    </message>
    <message>
        <source>A serial meter behind a gateway that passes Modbus RTU frames over a raw TCP socket.</source>
        <translation>Un medidor serie detrás de una pasarela que pasa las tramas Modbus RTU por un socket TCP sin procesar.</translation>
    </message>
    <message>
        <source>&amp;Gateway (RTU over TCP)</source>
        <translation>&amp;Pasarela (RTU sobre TCP)</translation>
    </message>
    <message>
        <source>&amp;Demo meter</source>
        <translation>Medidor de &amp;demostración</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation>&amp;Velocidad (baudios):</translation>
    </message>
    <message>
        <source>P&amp;arity:</source>
        <translation>P&amp;aridad:</translation>
    </message>
    <message>
        <source>&amp;Unit ID:</source>
        <translation>&amp;ID de unidad:</translation>
    </message>
    <message>
        <source>Try every baud rate, parity and unit ID to find the meters on this port.</source>
        <translation>Probar cada velocidad, paridad e ID de unidad para encontrar los medidores de este puerto.</translation>
    </message>
    <message>
        <source>e.g. 5551234</source>
        <translation>p. ej. 5551234</translation>
    </message>
    <message>
        <source>P&amp;hone number:</source>
        <translation>&amp;Número de teléfono:</translation>
    </message>
    <message>
        <source>&amp;Init string:</source>
        <translation>&amp;Cadena de inicialización:</translation>
    </message>
    <message>
        <source>The modem dials, then Modbus RTU runs over the call (19200 8E1 at the meter end).</source>
        <translation>El módem marca y luego Modbus RTU funciona sobre la llamada (19200 8E1 en el lado del medidor).</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nombre de host o dirección IP</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Try Commissioner without a meter.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The demo meter is a simulated EM7350 (serial DEMO-0001, firmware 1.0.0) running inside this program. Read its identity and live values, save and restore its template, and upgrade its firmware as you would a real one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pruebe Commissioner sin medidor.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;El medidor de demostración es un EM7350 simulado (n.º de serie DEMO-0001, firmware 1.0.0) que funciona dentro de este programa. Lea su identidad y sus valores en vivo, guarde y restaure su plantilla, y actualice su firmware como en uno real.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a port to scan first.</source>
        <translation>Elija primero un puerto para explorar.</translation>
    </message>
    <message>
        <source>Trying %1 baud, parity %2, unit %3…</source>
        <translation>Probando %1 baudios, paridad %2, unidad %3…</translation>
    </message>
    <message numerus="yes">
        <source>Unit %1 at %2 baud, parity %3, %n stop bit(s)</source>
        <translation>
            <numerusform>Unidad %1 a %2 baudios, paridad %3, %n bit de parada</numerusform>
            <numerusform>Unidad %1 a %2 baudios, paridad %3, %n bits de parada</numerusform>
        </translation>
    </message>
    <message>
        <source>The port could not be used: %1</source>
        <translation>No se pudo usar el puerto: %1</translation>
    </message>
    <message numerus="yes">
        <source>Scan stopped; %n meter(s) found.</source>
        <translation>
            <numerusform>Exploración detenida; %n medidor encontrado.</numerusform>
            <numerusform>Exploración detenida; %n medidores encontrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan done; %n meter(s) found. Pick one to use its settings.</source>
        <translation>
            <numerusform>Exploración terminada; %n medidor encontrado. Elija uno para usar sus ajustes.</numerusform>
            <numerusform>Exploración terminada; %n medidores encontrados. Elija uno para usar sus ajustes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop b&amp;its:</source>
        <translation>&amp;Bits de parada:</translation>
    </message>
    <message>
        <source>Scan th&amp;e bus…</source>
        <translation>E&amp;xplorar el bus…</translation>
    </message>
    <message>
        <source>Stop sca&amp;n</source>
        <translation>Detener la &amp;exploración</translation>
    </message>
    <message>
        <source>Modem de&amp;vice:</source>
        <translation>Dispositivo de&amp;l módem:</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::GuideDialog</name>
    <message>
        <source>Commissioner guide</source>
        <translation>Guía de Commissioner</translation>
    </message>
    <message>
        <source>The guide is missing from this build of Commissioner.</source>
        <translation>La guía no está incluida en esta compilación de Commissioner.</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::HistoryDialog</name>
    <message>
        <source>History of %1 %2</source>
        <translation>Historial de %1 %2</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Fecha (hora local)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>Todos los ajustes</translation>
    </message>
    <message>
        <source>&amp;Setting:</source>
        <translation>&amp;Ajuste:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <source>No change of this meter is recorded in %1.</source>
        <translation>No hay ningún cambio de este medidor registrado en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recorded change(s) shown.</source>
        <translation>
            <numerusform>Mostrados: %1 de %n cambio registrado.</numerusform>
            <numerusform>Mostrados: %1 de %n cambios registrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the history could not be read and were skipped.</source>
        <translation>
            <numerusform>%n línea del historial no se pudo leer y se omitió.</numerusform>
            <numerusform>%n líneas del historial no se pudieron leer y se omitieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>reads back otherwise</source>
        <translation>se relee otro valor</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>not read back</source>
        <translation>sin releer</translation>
    </message>
    <message>
        <source>refused by the meter</source>
        <translation>rechazado por el medidor</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>sin escribir</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::LiveReadingsPanel</name>
    <message>
        <source>Live readings</source>
        <translation>Lecturas en vivo</translation>
    </message>
    <message>
        <source>V%1:</source>
        <translation>V%1:</translation>
    </message>
    <message>
        <source>I%1:</source>
        <translation>I%1:</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Potencia:</translation>
    </message>
    <message>
        <source>Reactive:</source>
        <translation>Reactiva:</translation>
    </message>
    <message>
        <source>Apparent:</source>
        <translation>Aparente:</translation>
    </message>
    <message>
        <source>Power factor:</source>
        <translation>Factor de potencia:</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>Frecuencia:</translation>
    </message>
    <message>
        <source>Since power-up:</source>
        <translation>Desde el encendido:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
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
        <translation>Actualizado %1</translation>
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
        <translation>&amp;Medidor</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>&amp;Demo meter</source>
        <translation>Medidor de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Re&amp;frescar</translation>
    </message>
    <message>
        <source>&amp;Upgrade firmware…</source>
        <translation>&amp;Actualizar firmware…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Commissioner</source>
        <translation>Acerca &amp;de Commissioner</translation>
    </message>
    <message>
        <source>About Commissioner</source>
        <translation>Acerca de Commissioner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commissioner %1&lt;/h3&gt;&lt;p&gt;Commissioning tool for Modbus power meters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commissioner %1&lt;/h3&gt;&lt;p&gt;Herramienta de puesta en servicio para medidores de energía Modbus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (compilado con Qt %2)</translation>
    </message>
    <message>
        <source>libmodbus %1 (built with %2)</source>
        <translation>libmodbus %1 (compilado con %2)</translation>
    </message>
    <message>
        <source>libsodium %1</source>
        <translation>libsodium %1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>The demo meter could not start: %1</source>
        <translation>No se pudo iniciar el medidor de demostración: %1</translation>
    </message>
    <message>
        <source>Starting the demo meter…</source>
        <translation>Iniciando el medidor de demostración…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>No se pudo conectar: %1</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>No se pudo conectar</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Paused while the upgrade runs.</source>
        <translation>En pausa mientras se ejecuta la actualización.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Desconectado.</translation>
    </message>
    <message>
        <source>Connected to the demo meter (%1)</source>
        <translation>Conectado al medidor de demostración (%1)</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Conectado: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>No readings: the meter is not in normal mode.</source>
        <translation>Sin lecturas: el medidor no está en modo normal.</translation>
    </message>
    <message>
        <source>Meter %1 %2, firmware %3, %4.</source>
        <translation>Medidor %1 %2, firmware %3, %4.</translation>
    </message>
    <message>
        <source>Active events: %1</source>
        <translation>Eventos activos: %1</translation>
    </message>
    <message>
        <source>No reading: %1</source>
        <translation>Sin lectura: %1</translation>
    </message>
    <message>
        <source>The meter could not be read: %1</source>
        <translation>No se pudo leer el medidor: %1</translation>
    </message>
    <message>
        <source>Connect to a meter first.</source>
        <translation>Conéctese primero a un medidor.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <source>The call could not be made: %1

Check the phone number, the modem&apos;s init string, the cable to the modem and the telephone line.</source>
        <translation>No se pudo realizar la llamada: %1

Compruebe el número de teléfono, la cadena de inicialización del módem, el cable al módem y la línea telefónica.</translation>
    </message>
    <message>
        <source>&amp;Clock…</source>
        <translation>&amp;Reloj…</translation>
    </message>
    <message>
        <source>&amp;XMODEM recovery…</source>
        <translation>Recuperación &amp;XMODEM…</translation>
    </message>
    <message>
        <source>Meter clock: %1 (%2 s from this computer).</source>
        <translation>Reloj del medidor: %1 (%2 s de diferencia con este equipo).</translation>
    </message>
    <message>
        <source>XMODEM recovery: %1 %2 installed firmware %3.</source>
        <translation>Recuperación XMODEM: %1 %2 instaló el firmware %3.</translation>
    </message>
    <message>
        <source>M&amp;eter</source>
        <translation>Me&amp;didor</translation>
    </message>
    <message>
        <source>Set&amp;up</source>
        <translation>Con&amp;figuración</translation>
    </message>
    <message>
        <source>Tem&amp;plates</source>
        <translation>&amp;Plantillas</translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation>Desco&amp;nectar</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>Connected, but the meter could not be read</source>
        <translation>Conectado, pero no se pudo leer el medidor</translation>
    </message>
    <message>
        <source>Lost the meter: %1</source>
        <translation>Se perdió el medidor: %1</translation>
    </message>
    <message>
        <source>Not connected: no answer from %1</source>
        <translation>No conectado: sin respuesta de %1</translation>
    </message>
    <message>
        <source>The meter answers again.</source>
        <translation>El medidor responde de nuevo.</translation>
    </message>
    <message>
        <source>The connection now talks to the meter at %1.</source>
        <translation>La conexión se comunica ahora con el medidor en %1.</translation>
    </message>
    <message>
        <source>Meter clock set from this computer&apos;s clock (backup %1).</source>
        <translation>Reloj del medidor ajustado con el de este equipo (copia de seguridad %1).</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>&amp;Informe…</translation>
    </message>
    <message>
        <source>The commissioning report was not written: %1</source>
        <translation>El informe de puesta en servicio no se escribió: %1</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::MeterPanel</name>
    <message>
        <source>Meter</source>
        <translation>Medidor</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Device type:</source>
        <translation>Tipo de dispositivo:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Número de serie:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <source>Hardware revision:</source>
        <translation>Revisión de hardware:</translation>
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
        <translation>Modo:</translation>
    </message>
    <message>
        <source>Active events:</source>
        <translation>Eventos activos:</translation>
    </message>
    <message>
        <source>Firmware upgrade state</source>
        <translation>Estado de la actualización del firmware</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Transfer status:</source>
        <translation>Estado de la transferencia:</translation>
    </message>
    <message>
        <source>Stored image:</source>
        <translation>Imagen almacenada:</translation>
    </message>
    <message>
        <source>Upgrade to it…</source>
        <translation>Actualizar a este…</translation>
    </message>
    <message>
        <source>Package folder:</source>
        <translation>Carpeta de paquetes:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>ninguno instalado</translation>
    </message>
    <message>
        <source>dual bank (keeps measuring while upgrading)</source>
        <translation>doble banco (sigue midiendo durante la actualización)</translation>
    </message>
    <message>
        <source>single bank (stops measuring while upgrading)</source>
        <translation>banco único (deja de medir durante la actualización)</translation>
    </message>
    <message>
        <source>%1 of %2 of firmware %3 (%4 %)</source>
        <translation>%1 de %2 del firmware %3 (%4 %)</translation>
    </message>
    <message>
        <source>none pending</source>
        <translation>ninguna pendiente</translation>
    </message>
    <message>
        <source>No package folder set (Tools ▸ Settings).</source>
        <translation>No hay carpeta de paquetes definida (Herramientas ▸ Preferencias).</translation>
    </message>
    <message>
        <source>No newer firmware for this meter in %1.</source>
        <translation>No hay firmware más reciente para este medidor en %1.</translation>
    </message>
    <message>
        <source>Firmware %1 is available: %2 (%3)</source>
        <translation>Firmware %1 disponible: %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Recover…</source>
        <translation>&amp;Recuperar…</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::ReportDialog</name>
    <message>
        <source>Commissioning report of %1 %2</source>
        <translation>Informe de puesta en servicio de %1 %2</translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation>&amp;Escribir informe</translation>
    </message>
    <message>
        <source>The meter could not be read: %1</source>
        <translation>No se pudo leer el medidor: %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;File (.pdf or .html):</source>
        <translation>&amp;Archivo (.pdf o .html):</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>&amp;Técnico:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Instalación:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>Save the commissioning report</source>
        <translation>Guardar el informe de puesta en servicio</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;HTML documents (*.html *.htm)</source>
        <translation>Documentos PDF (*.pdf);;Documentos HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Choose the report file first.</source>
        <translation>Elija primero el archivo del informe.</translation>
    </message>
    <message>
        <source>A report file name ends in .pdf or .html.</source>
        <translation>El nombre de un archivo de informe termina en .pdf o .html.</translation>
    </message>
    <message>
        <source>Replace the report?</source>
        <translation>¿Reemplazar el informe?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Reading the meter for the report…</source>
        <translation>Leyendo el medidor para el informe…</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>No se pudo escribir el informe: %1</translation>
    </message>
    <message>
        <source>Report on %1 %2 written to %3.</source>
        <translation>Informe de %1 %2 escrito en %3.</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>No se pudieron leer los ajustes: %1</translation>
    </message>
    <message>
        <source>The live readings could not be read: %1</source>
        <translation>No se pudieron leer las lecturas en vivo: %1</translation>
    </message>
    <message>
        <source>The site and customer could not be kept for the next report: %1</source>
        <translation>No se pudieron guardar la instalación y el cliente para el próximo informe: %1</translation>
    </message>
    <message>
        <source>The device profiles could not be read: %1</source>
        <translation>No se pudieron leer los perfiles de dispositivo: %1</translation>
    </message>
    <message>
        <source>The meter could not be identified: %1</source>
        <translation>No se pudo identificar el medidor: %1</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
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
        <translation>Cuánto espera una actualización a un medidor que no responde antes de detenerse (el medidor sigue siendo reanudable).</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Response timeout:</source>
        <translation>Tiempo de espera de &amp;respuesta:</translation>
    </message>
    <message>
        <source>Re&amp;tries per request:</source>
        <translation>Rein&amp;tentos por petición:</translation>
    </message>
    <message>
        <source>&amp;Wait for a silent meter:</source>
        <translation>&amp;Espera a un medidor que no responde:</translation>
    </message>
    <message>
        <source>&amp;Data folder (logs, backups):</source>
        <translation>Carpeta de &amp;datos (registros, copias de seguridad):</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Package folder:</source>
        <translation>Carpeta de &amp;paquetes:</translation>
    </message>
    <message>
        <source>Package folder</source>
        <translation>Carpeta de paquetes</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time Commissioner starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Commissioner.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::SetupGroupEditor</name>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Show the meter&apos;s values again in this group</source>
        <translation>Volver a mostrar los valores del medidor en este grupo</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Write this group&apos;s changed settings to the meter and read them back</source>
        <translation>Escribir en el medidor los ajustes modificados de este grupo y releerlos</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::SetupPage</name>
    <message>
        <source>&amp;Read from the meter</source>
        <translation>&amp;Leer del medidor</translation>
    </message>
    <message>
        <source>Re&amp;vert all</source>
        <translation>Re&amp;vertir todo</translation>
    </message>
    <message>
        <source>Send &amp;all changes</source>
        <translation>&amp;Enviar todos los cambios</translation>
    </message>
    <message>
        <source>Last send:</source>
        <translation>Último envío:</translation>
    </message>
    <message>
        <source>Connect to a meter to see and change its settings.</source>
        <translation>Conéctese a un medidor para ver y cambiar sus ajustes.</translation>
    </message>
    <message>
        <source>Nothing was sent:
%1</source>
        <translation>No se envió nada:
%1</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>No se escribió nada: %1</translation>
    </message>
    <message>
        <source>%1
The settings could not be read again: %2</source>
        <translation>%1
No se pudieron volver a leer los ajustes: %2</translation>
    </message>
    <message>
        <source>Setup: the settings could not be read again: %1</source>
        <translation>Configuración: no se pudieron volver a leer los ajustes: %1</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>No se pudieron leer los ajustes: %1</translation>
    </message>
    <message>
        <source>The meter is not in normal mode: its settings cannot be read or written now.</source>
        <translation>El medidor no está en modo normal: sus ajustes no se pueden leer ni escribir ahora.</translation>
    </message>
    <message>
        <source>No device profile for type %1.</source>
        <translation>No hay perfil de dispositivo para el tipo %1.</translation>
    </message>
    <message>
        <source>Reading the meter&apos;s settings…</source>
        <translation>Leyendo los ajustes del medidor…</translation>
    </message>
    <message>
        <source>The meter&apos;s values are shown again.</source>
        <translation>Se muestran de nuevo los valores del medidor.</translation>
    </message>
    <message>
        <source>Nothing to send: no setting here differs from the meter.</source>
        <translation>Nada que enviar: ningún ajuste de aquí difiere del medidor.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Preset the energy readings?</source>
        <translation>¿Preajustar las lecturas de energía?</translation>
    </message>
    <message>
        <source>These are the meter&apos;s billing readings:

%1

Preset them on the meter?</source>
        <translation>Estas son las lecturas de facturación del medidor:

%1

¿Preajustarlas en el medidor?</translation>
    </message>
    <message>
        <source>Nothing was sent: the energy preset was not confirmed.</source>
        <translation>No se envió nada: no se confirmó el preajuste de energía.</translation>
    </message>
    <message>
        <source>Setup: the energy preset was not confirmed; nothing was sent.</source>
        <translation>Configuración: no se confirmó el preajuste de energía; no se envió nada.</translation>
    </message>
    <message>
        <source>Change the communications settings?</source>
        <translation>¿Cambiar los ajustes de comunicación?</translation>
    </message>
    <message>
        <source>%1

The meter answers at its new settings once it has answered this write (written last). The connection will follow it there.

Send?</source>
        <translation>%1

El medidor responde con sus nuevos ajustes en cuanto haya respondido a esta escritura (la última). La conexión lo seguirá.

¿Enviar?</translation>
    </message>
    <message>
        <source>Nothing was sent: the communications change was not confirmed.</source>
        <translation>No se envió nada: no se confirmó el cambio de comunicación.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n setting(s) and reading them back…</source>
        <translation>
            <numerusform>Escribiendo %n ajuste y releyéndolo…</numerusform>
            <numerusform>Escribiendo %n ajustes y releyéndolos…</numerusform>
        </translation>
    </message>
    <message>
        <source>The meter&apos;s settings as read. Changed values are marked in bold until sent.</source>
        <translation>Los ajustes del medidor tal como se leyeron. Los valores cambiados se marcan en negrita hasta que se envían.</translation>
    </message>
    <message>
        <source>Backup of the settings before the change: %1</source>
        <translation>Copia de seguridad de los ajustes antes del cambio: %1</translation>
    </message>
    <message>
        <source>Setup: %1</source>
        <translation>Configuración: %1</translation>
    </message>
    <message>
        <source>Setup: %1 %2 → %3 (%4)</source>
        <translation>Configuración: %1 %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Communications settings</source>
        <translation>Ajustes de comunicación</translation>
    </message>
    <message>
        <source>Discard the unsent changes?</source>
        <translation>¿Descartar los cambios no enviados?</translation>
    </message>
    <message>
        <source>These settings were changed on the Setup tab and not sent to the meter:

%1

Discard the changes?</source>
        <translation>Estos ajustes se cambiaron en la pestaña Configuración y no se enviaron al medidor:

%1

¿Descartar los cambios?</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::SetupSettingEditor</name>
    <message>
        <source>%1 (not a valid choice)</source>
        <translation>%1 (opción no válida)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Changed: the meter holds %1.</source>
        <translation>Cambiado: el medidor tiene %1.</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::TemplatesPage</name>
    <message>
        <source>&amp;Save the meter&apos;s template…</source>
        <translation>&amp;Guardar la plantilla del medidor…</translation>
    </message>
    <message>
        <source>Template &amp;file:</source>
        <translation>&amp;Archivo de plantilla:</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Medidor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Restore these groups</source>
        <translation>Restaurar estos grupos</translation>
    </message>
    <message>
        <source>&amp;Restore to the meter</source>
        <translation>&amp;Restaurar en el medidor</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Informe:</translation>
    </message>
    <message>
        <source>Connect to a meter to save, compare or restore its template.</source>
        <translation>Conéctese a un medidor para guardar, comparar o restaurar su plantilla.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardada en %1.</translation>
    </message>
    <message>
        <source>Template saved to %1</source>
        <translation>Plantilla guardada en %1</translation>
    </message>
    <message numerus="yes">
        <source>Template %1 restored: %2 written, %n mismatch(es)</source>
        <translation>
            <numerusform>Plantilla %1 restaurada: %2 escritos, %n discrepancia</numerusform>
            <numerusform>Plantilla %1 restaurada: %2 escritos, %n discrepancias</numerusform>
        </translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <source>No device profile for type %1.</source>
        <translation>No hay perfil de dispositivo para el tipo %1.</translation>
    </message>
    <message>
        <source>Not restored unless ticked: %1.</source>
        <translation>No se restauran salvo que se marquen: %1.</translation>
    </message>
    <message>
        <source>Save the meter&apos;s template</source>
        <translation>Guardar la plantilla del medidor</translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation>Plantillas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the meter&apos;s settings…</source>
        <translation>Leyendo los ajustes del medidor…</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Elegir una plantilla</translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <source>(not on meter)</source>
        <translation>(no está en el medidor)</translation>
    </message>
    <message>
        <source>The meter&apos;s settings match %1.</source>
        <translation>Los ajustes del medidor coinciden con %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) differ between %1 and the meter (marked ≠).</source>
        <translation>
            <numerusform>%n ajuste difiere entre %1 y el medidor (marcado con ≠).</numerusform>
            <numerusform>%n ajustes difieren entre %1 y el medidor (marcados con ≠).</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one group to restore.</source>
        <translation>Marque al menos un grupo para restaurar.</translation>
    </message>
    <message>
        <source>Restore the template?</source>
        <translation>¿Restaurar la plantilla?</translation>
    </message>
    <message>
        <source>Backups of this meter</source>
        <translation>Copias de seguridad de este medidor</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>%1 (its contents cannot be read)</source>
        <translation>%1 (su contenido no se puede leer)</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Compare &amp;with the meter</source>
        <translation>Comparar c&amp;on el medidor</translation>
    </message>
    <message>
        <source>Compare &amp;backup</source>
        <translation>Comparar la copia de &amp;seguridad</translation>
    </message>
    <message>
        <source>Restore b&amp;ackup…</source>
        <translation>Restaurar la cop&amp;ia de seguridad…</translation>
    </message>
    <message>
        <source>Reading the meter&apos;s settings again…</source>
        <translation>Volviendo a leer los ajustes del medidor…</translation>
    </message>
    <message>
        <source>Saving a backup, then writing the settings…</source>
        <translation>Guardando una copia de seguridad y después escribiendo los ajustes…</translation>
    </message>
    <message>
        <source>Backup before the restore: %1</source>
        <translation>Copia de seguridad antes de la restauración: %1</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::UpgradeFlow</name>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>Este archivo no se puede usar: %1</translation>
    </message>
    <message>
        <source>Settings restored from %1.</source>
        <translation>Ajustes restaurados desde %1.</translation>
    </message>
    <message>
        <source>Settings not restored: %1</source>
        <translation>Ajustes no restaurados: %1</translation>
    </message>
    <message>
        <source>This meter (%1) is in upgrade mode with %2 of %3 of firmware %4. It does not measure until the firmware is installed.

Recover now?</source>
        <translation>Este medidor (%1) está en modo de actualización con %2 de %3 del firmware %4. No mide hasta que se instale el firmware.

¿Recuperar ahora?</translation>
    </message>
    <message>
        <source>An interrupted upgrade of this meter (%1) to firmware %2 waits in its spare bank: %3 of %4 received. The meter goes on measuring with firmware %5.

Finish the upgrade now?</source>
        <translation>Una actualización interrumpida de este medidor (%1) al firmware %2 espera en su banco de reserva: %3 de %4 recibidos. El medidor sigue midiendo con el firmware %5.

¿Terminar la actualización ahora?</translation>
    </message>
    <message>
        <source>This meter (%1) has no firmware to run: %2.

Install firmware now?</source>
        <translation>Este medidor (%1) no tiene firmware que ejecutar: %2.

¿Instalar el firmware ahora?</translation>
    </message>
    <message>
        <source>Meter %1 needs recovery: %2</source>
        <translation>El medidor %1 necesita recuperación: %2</translation>
    </message>
    <message>
        <source>Firmware recovery</source>
        <translation>Recuperación del firmware</translation>
    </message>
    <message>
        <source>Recovery postponed.</source>
        <translation>Recuperación aplazada.</translation>
    </message>
    <message>
        <source>The package of the meter&apos;s pending image was not found in the data or package folder.</source>
        <translation>No se encontró el paquete de la imagen pendiente del medidor en la carpeta de datos ni en la de paquetes.</translation>
    </message>
    <message>
        <source>Found the package of the pending image: %1 (%2)</source>
        <translation>Encontrado el paquete de la imagen pendiente: %1 (%2)</translation>
    </message>
    <message>
        <source>Choose the firmware package (.UPG) for the recovery</source>
        <translation>Elija el paquete de firmware (.UPG) para la recuperación</translation>
    </message>
    <message>
        <source>Firmware packages (*.upg *.UPG);;All files (*)</source>
        <translation>Paquetes de firmware (*.upg *.UPG);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Recovery postponed: no package chosen.</source>
        <translation>Recuperación aplazada: no se eligió ningún paquete.</translation>
    </message>
    <message>
        <source>Unsigned package</source>
        <translation>Paquete sin firmar</translation>
    </message>
    <message>
        <source>The package %1 is not signed. Use it anyway? Only do so if you trust where it came from.</source>
        <translation>El paquete %1 no está firmado. ¿Usarlo de todos modos? Hágalo solo si confía en su procedencia.</translation>
    </message>
    <message>
        <source>Recovering %1 with firmware %2</source>
        <translation>Recuperando %1 con el firmware %2</translation>
    </message>
    <message>
        <source>Upgrading %1 to firmware %2</source>
        <translation>Actualizando %1 al firmware %2</translation>
    </message>
    <message>
        <source>Abort requested; stopping after the current request.</source>
        <translation>Cancelación solicitada; se detiene tras la petición en curso.</translation>
    </message>
    <message>
        <source>Upgrade of %1 to %2 started (%3).</source>
        <translation>Actualización de %1 a %2 iniciada (%3).</translation>
    </message>
    <message>
        <source>Factory settings</source>
        <translation>Ajustes de fábrica</translation>
    </message>
    <message>
        <source>The meter came back with its factory settings and no backup of it was found. Restore its template from a saved file (Templates page) or set it by hand.</source>
        <translation>El medidor volvió con los ajustes de fábrica y no se encontró ninguna copia de seguridad. Restaure su plantilla desde un archivo guardado (página Plantillas) o configúrelo a mano.</translation>
    </message>
    <message>
        <source>Restore the settings?</source>
        <translation>¿Restaurar los ajustes?</translation>
    </message>
    <message>
        <source>The package %1 cannot be used: %2.

Nothing was sent to the meter.</source>
        <translation>El paquete %1 no se puede usar: %2.

No se envió nada al medidor.</translation>
    </message>
    <message>
        <source>Recovery postponed: %1 refused (%2).</source>
        <translation>Recuperación aplazada: %1 rechazado (%2).</translation>
    </message>
    <message>
        <source>Recovery postponed: the unsigned package %1 was not allowed. Nothing was sent to the meter.</source>
        <translation>Recuperación aplazada: no se permitió el paquete sin firmar %1. No se envió nada al medidor.</translation>
    </message>
    <message>
        <source>Recovering %1 with the older firmware %2</source>
        <translation>Recuperando %1 con el firmware anterior %2</translation>
    </message>
    <message>
        <source>Downgrading %1 from firmware %2 to the older %3</source>
        <translation>Volviendo %1 del firmware %2 a la versión anterior %3</translation>
    </message>
    <message>
        <source>Reinstalling firmware %2 on %1</source>
        <translation>Reinstalando el firmware %2 en %1</translation>
    </message>
    <message>
        <source>Downgrade of %1 to the older firmware %2 started (%3).</source>
        <translation>Iniciada la vuelta de %1 al firmware anterior %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>The meter came back without %n of its settings.</source>
        <translation>
            <numerusform>El medidor volvió sin %n de sus ajustes.</numerusform>
            <numerusform>El medidor volvió sin %n de sus ajustes.</numerusform>
        </translation>
    </message>
    <message>
        <source>An interrupted downgrade of this meter (%1) to the older firmware %2 waits in its spare bank: %3 of %4 received. The meter goes on measuring with firmware %5.

Finish the downgrade now?</source>
        <translation>Una reversión interrumpida de este medidor (%1) al firmware anterior %2 espera en su banco de reserva: %3 de %4 recibidos. El medidor sigue midiendo con el firmware %5.

¿Terminar la reversión ahora?</translation>
    </message>
    <message>
        <source>The backup %1 is not of this meter: it is not offered.</source>
        <translation>La copia de seguridad %1 no es de este medidor: no se ofrece.</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::UpgradeProgressDialog</name>
    <message>
        <source>Firmware upgrade</source>
        <translation>Actualización del firmware</translation>
    </message>
    <message>
        <source>&amp;Abort…</source>
        <translation>&amp;Cancelar…</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 % — %2 of %3 — %4 — %5 left — comm efficiency %6 % — %n retry(s)</source>
        <translation>
            <numerusform>%1 % — %2 de %3 — %4 — quedan %5 — eficiencia de com. %6 % — %n reintento</numerusform>
            <numerusform>%1 % — %2 de %3 — %4 — quedan %5 — eficiencia de com. %6 % — %n reintentos</numerusform>
        </translation>
    </message>
    <message>
        <source>The meter is not answering. Check the cable or line; the upgrade goes on by itself when it answers again (waiting up to %1).</source>
        <translation>El medidor no responde. Compruebe el cable o la línea; la actualización continúa sola cuando vuelva a responder (espera hasta %1).</translation>
    </message>
    <message>
        <source>Settings backup: %1 (%2)</source>
        <translation>Copia de seguridad de los ajustes: %1 (%2)</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Restoring the settings from %1…</source>
        <translation>Restaurando los ajustes desde %1…</translation>
    </message>
    <message>
        <source>Settings restored from %1:</source>
        <translation>Ajustes restaurados desde %1:</translation>
    </message>
    <message>
        <source>Settings restore from %1 incomplete:</source>
        <translation>Restauración de los ajustes desde %1 incompleta:</translation>
    </message>
    <message>
        <source>Settings not restored: %1</source>
        <translation>Ajustes no restaurados: %1</translation>
    </message>
    <message>
        <source>Abort the upgrade?</source>
        <translation>¿Cancelar la actualización?</translation>
    </message>
    <message>
        <source>Stop the upgrade after the current request?

The meter keeps what it has received. Connect to it again and the upgrade resumes from there; until then a single-bank meter stays in upgrade mode and does not measure.</source>
        <translation>¿Detener la actualización tras la petición en curso?

El medidor conserva lo que ha recibido. Conéctese de nuevo y la actualización continuará desde ahí; mientras tanto, un medidor de banco único sigue en modo de actualización y no mide.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::UpgradeWizard</name>
    <message>
        <source>Upgrade the firmware of %1</source>
        <translation>Actualizar el firmware de %1</translation>
    </message>
    <message>
        <source>&amp;Start upgrade</source>
        <translation>&amp;Iniciar la actualización</translation>
    </message>
    <message>
        <source>The meter could not be checked: %1</source>
        <translation>No se pudo comprobar el medidor: %1</translation>
    </message>
    <message>
        <source>Firmware package</source>
        <translation>Paquete de firmware</translation>
    </message>
    <message>
        <source>Choose the .UPG file to install on this meter.</source>
        <translation>Elija el archivo .UPG a instalar en este medidor.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Ar&amp;chivo:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>What the meter and the package say before anything is written.</source>
        <translation>Lo que dicen el medidor y el paquete antes de escribir nada.</translation>
    </message>
    <message>
        <source>Allow an &amp;unsigned package</source>
        <translation>Permitir un paquete &amp;sin firmar</translation>
    </message>
    <message>
        <source>Allow the same or an &amp;older version</source>
        <translation>Permitir una versión igual o ant&amp;erior</translation>
    </message>
    <message>
        <source>Ready to upgrade</source>
        <translation>Listo para actualizar</translation>
    </message>
    <message>
        <source>Choose a firmware package</source>
        <translation>Elija un paquete de firmware</translation>
    </message>
    <message>
        <source>Firmware packages (*.upg *.UPG);;All files (*)</source>
        <translation>Paquetes de firmware (*.upg *.UPG);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be used.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Este archivo no se puede usar.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>No: it is for device type %1, this meter is type %2.</source>
        <translation>No: es para el tipo de dispositivo %1, este medidor es del tipo %2.</translation>
    </message>
    <message>
        <source>No: it is for hardware revisions %1 to %2, this meter is revision %3.</source>
        <translation>No: es para las revisiones de hardware %1 a %2, este medidor es la revisión %3.</translation>
    </message>
    <message>
        <source>Yes (type %1, hardware %2 to %3).</source>
        <translation>Sí (tipo %1, hardware %2 a %3).</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>meter runs</source>
        <translation>el medidor tiene</translation>
    </message>
    <message>
        <source>Built:</source>
        <translation>Compilado:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Fits this meter:</source>
        <translation>Adecuado para este medidor:</translation>
    </message>
    <message>
        <source>Release notes:</source>
        <translation>Notas de la versión:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Resume the upgrade of meter %1 to firmware %2. The meter already holds part of this image; the transfer goes on from there.</source>
        <translation>Reanudar la actualización del medidor %1 al firmware %2. El medidor ya tiene parte de esta imagen; la transferencia continúa desde ahí.</translation>
    </message>
    <message>
        <source>Upgrade meter %1 (%2) from firmware %3 to %4.</source>
        <translation>Actualizar el medidor %1 (%2) del firmware %3 al %4.</translation>
    </message>
    <message>
        <source>Its settings are read and saved first, to %1. If the meter comes back with factory settings, you will be offered to restore them.</source>
        <translation>Primero se leen sus ajustes y se guardan en %1. Si el medidor vuelve con los ajustes de fábrica, se le ofrecerá restaurarlos.</translation>
    </message>
    <message>
        <source>The meter is in upgrade mode, so its settings cannot be read now; the latest backup in %1 is offered afterwards.</source>
        <translation>El medidor está en modo de actualización, así que sus ajustes no se pueden leer ahora; después se ofrecerá la última copia de seguridad de %1.</translation>
    </message>
    <message>
        <source>This is a single-bank meter: it stops measuring until the new firmware is installed.</source>
        <translation>Este es un medidor de banco único: deja de medir hasta que se instale el nuevo firmware.</translation>
    </message>
    <message>
        <source>A lost connection does not harm the meter: the upgrade waits for it and resumes where it stopped.</source>
        <translation>Una conexión perdida no daña el medidor: la actualización lo espera y continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>Checking the meter…</source>
        <translation>Comprobando el medidor…</translation>
    </message>
    <message>
        <source>Blocks: %1</source>
        <translation>Bloquea: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Todas las comprobaciones superadas.</translation>
    </message>
    <message>
        <source>The upgrade can go ahead.</source>
        <translation>La actualización puede continuar.</translation>
    </message>
    <message>
        <source>The upgrade cannot go ahead as it is:</source>
        <translation>La actualización no puede continuar tal como está:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Downgrade meter %1 (%2) from firmware %3 to the older %4.</source>
        <translation>Volver el medidor %1 (%2) del firmware %3 al anterior %4.</translation>
    </message>
    <message>
        <source>Reinstall firmware %3 on meter %1 (%2).</source>
        <translation>Reinstalar el firmware %3 en el medidor %1 (%2).</translation>
    </message>
    <message>
        <source>Reinstall the firmware of %1</source>
        <translation>Reinstalar el firmware de %1</translation>
    </message>
    <message>
        <source>&amp;Start reinstall</source>
        <translation>&amp;Iniciar la reinstalación</translation>
    </message>
    <message>
        <source>Downgrade the firmware of %1</source>
        <translation>Volver a una versión anterior del firmware de %1</translation>
    </message>
    <message>
        <source>&amp;Start downgrade</source>
        <translation>&amp;Iniciar la vuelta atrás</translation>
    </message>
</context>
<context>
    <name>commissioner::gui::XmodemRecoveryDialog</name>
    <message>
        <source>XMODEM recovery</source>
        <translation>Recuperación XMODEM</translation>
    </message>
    <message>
        <source>For a meter that answers no Modbus: its recovery bootloader takes a package over the serial port for a minute after power-up.</source>
        <translation>Para un medidor que no responde por Modbus: su bootloader de recuperación acepta un paquete por el puerto serie durante un minuto tras el encendido.</translation>
    </message>
    <message>
        <source>Serial &amp;port:</source>
        <translation>&amp;Puerto serie:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>P&amp;ackage:</source>
        <translation>P&amp;aquete:</translation>
    </message>
    <message>
        <source>Send this &amp;unsigned package anyway</source>
        <translation>Enviar este paquete &amp;sin firmar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Ca&amp;ncel transfer</source>
        <translation>Ca&amp;ncelar la transferencia</translation>
    </message>
    <message>
        <source>Not a usable package: %1</source>
        <translation>Paquete no utilizable: %1</translation>
    </message>
    <message>
        <source>Power-cycle the meter now: waiting for its bootloader (&apos;C&apos;)… %1 s left</source>
        <translation>Apague y encienda el medidor ahora: esperando a su bootloader («C»)… quedan %1 s</translation>
    </message>
    <message>
        <source>The bootloader answered; sending the package in %1-byte blocks…</source>
        <translation>El bootloader respondió; enviando el paquete en bloques de %1 bytes…</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 de %2 bytes</translation>
    </message>
    <message>
        <source>Choose a firmware package</source>
        <translation>Elegir un paquete de firmware</translation>
    </message>
    <message>
        <source>Firmware packages (*.upg *.UPG);;All files (*)</source>
        <translation>Paquetes de firmware (*.upg *.UPG);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Comprobando el paquete…</translation>
    </message>
    <message>
        <source>Firmware %1 for type %2, hardware %3-%4, %5. %6</source>
        <translation>Firmware %1 para el tipo %2, hardware %3-%4, %5. %6</translation>
    </message>
    <message>
        <source>This package cannot be sent: its signature does not count.</source>
        <translation>Este paquete no se puede enviar: su firma no es válida.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>No bootloader answered on %1. Power-cycle the meter and press Start within its first minute, and check the cable.</source>
        <translation>Ningún bootloader respondió en %1. Apague y encienda el medidor, pulse Iniciar en su primer minuto y compruebe el cable.</translation>
    </message>
    <message>
        <source>The meter&apos;s bootloader refused the package (wrong device type, hardware revision, or a damaged file). Nothing was installed.</source>
        <translation>El bootloader del medidor rechazó el paquete (tipo de dispositivo o revisión de hardware incorrectos, o archivo dañado). No se instaló nada.</translation>
    </message>
    <message>
        <source>Cancelled. The meter&apos;s bootloader will ask for a package again.</source>
        <translation>Cancelado. El bootloader del medidor volverá a pedir un paquete.</translation>
    </message>
    <message>
        <source>The serial port failed: %1</source>
        <translation>Falló el puerto serie: %1</translation>
    </message>
    <message>
        <source>The transfer failed at %1 bytes: the meter stopped acknowledging. Check the cable, power-cycle the meter and start again.</source>
        <translation>La transferencia falló a los %1 bytes: el medidor dejó de confirmar. Compruebe el cable, apague y encienda el medidor y vuelva a empezar.</translation>
    </message>
    <message>
        <source>Connect to %1 now (%2) and restore its latest template backup, from %3?</source>
        <translation>¿Conectarse ahora a %1 (%2) y restaurar su última copia de seguridad de plantilla, del %3?</translation>
    </message>
    <message>
        <source>Connect to %1 now (%2)? No template backup of it was found: set its template by hand or from a saved file.</source>
        <translation>¿Conectarse ahora a %1 (%2)? No se encontró ninguna copia de seguridad de plantilla: ajuste su plantilla a mano o desde un archivo guardado.</translation>
    </message>
    <message>
        <source>Meter recovered</source>
        <translation>Medidor recuperado</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>The package was sent, but the meter that answers is %1 (type %2), not type %3 as the package. Nothing was recorded.</source>
        <translation>El paquete se envió, pero el medidor que responde es %1 (tipo %2), no del tipo %3 del paquete. No se registró nada.</translation>
    </message>
    <message>
        <source>The package was sent, but the meter answers with firmware %1, not %2. Power-cycle it and connect again.</source>
        <translation>El paquete se envió, pero el medidor responde con el firmware %1, no %2. Apáguelo y enciéndalo y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>The bootloader took the package; waiting for the meter to start (Modbus RTU, %1 baud, %2, unit %3)…</source>
        <translation>El cargador de arranque aceptó el paquete; esperando a que arranque el medidor (Modbus RTU, %1 baudios, %2, unidad %3)…</translation>
    </message>
    <message>
        <source>The package was sent, but the meter does not answer Modbus at %1 baud, %2, unit %3 (%4). Power-cycle it and connect again.</source>
        <translation>El paquete se envió, pero el medidor no responde por Modbus a %1 baudios, %2, unidad %3 (%4). Apáguelo y enciéndalo y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>Installed: %1, serial %2, firmware %3. The meter starts with factory settings (unit %4, %5 baud, %6).</source>
        <translation>Instalado: %1, número de serie %2, firmware %3. El medidor arranca con los ajustes de fábrica (unidad %4, %5 baudios, %6).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commissioning tool for Modbus power meters.</source>
        <translation>Herramienta de puesta en servicio para medidores de energía Modbus.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Connect to the built-in demo meter.</source>
        <translation>Conectar al medidor de demostración integrado.</translation>
    </message>
    <message>
        <source>Use this data folder.</source>
        <translation>Usar esta carpeta de datos.</translation>
    </message>
    <message>
        <source>Render each main screen to PNG files in DIR and exit.</source>
        <translation>Generar cada pantalla principal en archivos PNG en DIR y salir.</translation>
    </message>
</context>
</TS>
