<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommissionerCli</name>
    <message>
        <source>clock needs sync or show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock %1 takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: cannot identify the meter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: the meter is in %1 mode: its clock is available only in NORMAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: reading the clock failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter clock:    %1 (%2 s from this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: this computer&apos;s time does not fit the meter&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: setting the clock failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to:         %1 (this computer&apos;s clock, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: reading the clock back failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back:      %1 (%2 s from this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the meter&apos;s clock reads %1 s away from the time just set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modbus TCP to HOST (port 502 unless given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modbus RTU through a TCP gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modbus RTU on a serial port (COM10, /dev/ttyUSB0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial baud rate (default 19200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial parity N, E or O (default E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial stop bits 1 or 2 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the serial driver for RS-485 mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial through a Hayes modem on DEV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number the modem dials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modem&apos;s init string (default ATZ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse dialing instead of tone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s unit ID (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response timeout per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries per request (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause before the first retry (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where logs, backups, packages and journals go (default: the app data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: %1 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no link given: use --tcp, --rtu-tcp, --serial or --modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give only one of --tcp, --rtu-tcp, --serial, --modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tcp wants HOST or HOST:PORT, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rtu-tcp wants HOST:PORT, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--modem needs --phone NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parity must be N, E or O, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 would not switch to RS-485 mode (%2); going on in its current mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server device failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server device busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (register %1, %2 registers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the meter%1; check the cable, the unit ID and the baud rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link was lost%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter answered exception %1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a garbled answer%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request cannot be sent%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identify takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: identify failed on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device type:        %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware revision:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:               %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active events:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootloader version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash banks:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register map:       version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade state:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meter has an unfinished firmware transfer: run `recover` to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: register map version %1 is not the supported version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: %1 is not a valid firmware package: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: key file %1 was not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: %1 is signed with key %2, which this tool does not trust (add its .pub with --keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: %1: the signature does not verify; the file was changed after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter&apos;s register map version %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package is not signed; use --allow-unsigned if you trust where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package is not signed (allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package is signed with a key this tool does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package&apos;s signature does not verify: it was changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package is for device type %1, this meter is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter&apos;s hardware revision %1 is outside the package&apos;s range %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter has active events (%1): clear them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a site wiring fault is active; it does not block an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is %1 bytes; this meter takes at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter already runs this version; use --allow-downgrade to install it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package is older than the meter&apos;s firmware; use --allow-downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same or older version (allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter reports a block size of %1 bytes, which the spec does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter is verifying or installing an image; the upgrade waits for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter already holds %1 of %2 bytes of this image: the transfer resumes there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter is in upgrade mode: its settings cannot be read for a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON, one object per reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings to take (default 1; 0 = until stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count and --interval-ms must be whole numbers, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: reading failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(readings are only available while the meter runs its firmware in NORMAL mode; see `status`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V: %1 %2 %3 V   I: %4 %5 %6 A   P: %7 kW  Q: %8 kvar  S: %9 kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   PF: %1  f: %2 Hz  up %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the .UPG package to send (empty to stop): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .UPG to use (else found by the meter&apos;s image SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder to look for the matching package in (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of further trusted public keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a package that is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the meter&apos;s last pre-upgrade backup if it comes back at factory settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a silent meter pauses the transfer (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask before starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs firmware %2 in NORMAL mode with no transfer pending: nothing to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 mode, UPG_STATUS %3, %4 of %5 bytes of image %6 stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the package of that image: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package with the meter&apos;s image (SHA-256 %1) was found in the journal, %2 or the folders given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: name the package to send with --package FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is not the meter&apos;s pending image: the transfer starts again from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: not starting without --yes when there is no terminal to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover %1 with firmware %2 now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal: running its firmware, no transfer pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal, with an interrupted transfer waiting in the spare bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal, with a whole image stored that was never installed (commit it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in upgrade mode with part of an image: needs recovery (resume the transfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in upgrade mode with the whole image stored: needs recovery (commit again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in upgrade mode with no image stored: needs a new transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no firmware: needs a new transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying or installing an image right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of %1 was found: set its template by hand or from a saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it with: template restore %1 (or give --restore-template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup %1 to the meter now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: no device profile for type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: the backup %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: nothing restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Template restored from %1: %n setting(s) written and read back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Template restore incomplete: %1 written, %2 unconfirmed, %3 not written, %4 differ on read-back%5. Run `template restore %6` again to complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baud rates to try, in order (default 19200,9600,38400,57600,115200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parities to try, in order (default E,N,O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit IDs to try (default 1-247).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at the first meter found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the meters found as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan needs --serial DEV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bauds wants a list like 9600,19200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parities wants a list of N, E and O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--units wants A-B within 1-247</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1: %2 line settings x units %3-%4; at worst %5 min %6 s (Ctrl-C stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found: unit %1 at %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (answered exception %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: cannot use %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meter(s) found in %1 s%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (stopped early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter:        %1 %2, firmware %3, %4 mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPG_STATUS:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:        %1 of %2 bytes stored, version %3, SHA-256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal:      upgrade to %1 started %2, stage %3, package %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1not valid JSON at line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1not a Commissioner template (&quot;format&quot; should be &quot;commissioner-template&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1template format version %2 is not one this tool reads (it reads version 1); use a newer Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1the field &quot;%2&quot; is missing or invalid (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1no device profile knows device type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1unknown setting %2: it is not in this device type&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1the setting %2 is missing: a template holds every setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1setting %2: %3 is not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1setting %2: %3 is outside the allowed values (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1setting %2: the unit %3 is not the profile&apos;s &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device profile %1 is invalid%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (setting %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template was saved from device type %1 but the meter is device type %2 (use --force-type to restore only the settings both have)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter is in %1 mode: its settings can be read and written only in NORMAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot identify the meter on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no device profile for device type %2 (%3); add one to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (device type %3, firmware %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the template is saved (default manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template save takes one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s) of %1 to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>warning: every setting is at its factory default: did the meter lose its settings (a restart during an upgrade)? A backup may hold them: see `template list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the settings that differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template diff takes FILE, or FILE FILE2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Equal: all %n setting(s) are the same.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n setting(s) differ (marked *).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Comma-separated groups to restore (transformers, volts, clock, nameplate, energy, itc, communications, or all). Default: all but communications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be written; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a template of another device type: only the settings both have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask before writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template restore takes one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore refused, nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: %1 (saved %2 from %3 %4, reason %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the template was saved from another meter (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the template is for device type %1; only the settings both device types have are restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this meter, skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1: %2 (add it with --groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The meter already has every one of these %n setting(s): nothing to write.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n setting(s) will change:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not writing without confirmation: no terminal to ask on; give --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Write %n setting(s) to meter %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore PARTIAL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, no answer (may or may not be applied):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same command again to complete the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n setting(s) in %1 request(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read-back failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The communications settings may have changed how the meter answers; connect with its new settings and run `template diff %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read-back: %n setting(s) differ from the template:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: wrote %2, reads %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-back: every setting written reads as in the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this meter&apos;s backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template backups in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template needs save, diff, restore or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown template command &quot;%1&quot; (save, diff, restore, list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upg %1: %2 (see `upg %1 --help`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned (usable only when unsigned packages are allowed explicitly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified, signed by trusted key &quot;%1&quot; (key id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by an unknown key (key id %1): not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BAD SIGNATURE: does not verify with trusted key id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, every rule of the .UPG format holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header CRC-32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 s since 1970 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload CRC-32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: key left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a .UPG package against every rule of the format and show its fields.
Exit code 0: valid, and verified or unsigned; 5: invalid, or signed by an
unknown key, or a bad signature (the reason is one line on stderr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .UPG package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the public keys (*.pub) in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name exactly one package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid .UPG package: %2 [rule %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hw takes MIN MAX or MIN:MAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hw takes two revisions from 0 to 65535, as MIN MAX or MIN:MAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hw: MIN %1 is above MAX %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a .UPG package from a firmware image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device type, e.g. 7350 (1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware revisions it runs on: MIN MAX, or MIN:MAX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version the meter reports once it runs this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes, a UTF-8 text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds since 1970 UTC (default: $SOURCE_DATE_EPOCH, else now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with this secret key file (.key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type takes a device type from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version takes X.Y.Z, each 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--build-time takes seconds since 1970 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the payload: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot build the package: %1 [rule %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the release notes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: release notes must be UTF-8 text without NUL bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the package: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1: %2 bytes, device type %3, hardware %4 to %5, version %6, payload %7 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed with key id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an Ed25519 key pair for signing packages: BASENAME.key (the secret,
readable by you only; never commit it) and BASENAME.pub (to give to the tool).
Existing files are never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write, without extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o BASENAME is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the key pair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1.key (secret: keep it private) and %1.pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commissioner-cli upg COMMAND [OPTIONS]

  inspect FILE [--json] [--keys DIR]
                 check a .UPG package and show every field
  pack --payload F --type T --hw MIN MAX --version X.Y.Z [--notes F]
       [--build-time EPOCH] [--sign KEY] -o OUT
                 build a package
  keygen -o BASENAME
                 make a signing key pair (BASENAME.key, BASENAME.pub)

`upg COMMAND --help` for the options of one command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upg: name a command: inspect, pack or keygen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upg: unknown command &quot;%1&quot; (inspect, pack or keygen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% %2 ETA %3 [%4] comm %5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the same or an older version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a silent meter pauses the upgrade before it fails (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait beyond the meter&apos;s INSTALL_SECONDS (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the meter comes back at factory settings, restore its backup without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade takes one package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be seconds from 0 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: cannot read the meter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter:   %1 (type %2, hardware %3), serial %4, firmware %5, %6 mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package: %1 version %2 for type %3, hardware %4-%5, %6 bytes, %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the upgrade of %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1 to %2? Its settings are backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade done: %1 now runs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter came back with factory-default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1. See %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter keeps what it received: run the same command again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be seconds from 1 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: %1 is not signed; give --allow-unsigned to send it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package: %1, firmware %2 for type %3, hardware %4-%5, %6 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: no XMODEM bootloader answered on %1; power-cycle the meter and start again within its first minute, and check the cable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: the meter&apos;s bootloader refused the package (wrong device type, hardware revision, or a damaged file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: cancelled; the meter&apos;s bootloader will ask for a package again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: the transfer failed at %1 bytes: the meter stopped acknowledging; check the cable, power-cycle the meter and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: the serial port failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: the transfer failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover over the meter&apos;s XMODEM bootloader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .UPG package to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the bootloader to ask (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the meter to answer Modbus afterwards (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover --xmodem takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover --xmodem needs --serial DEV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover --xmodem works on a serial port only, not --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover --xmodem needs --package FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  still waiting, %1 s left </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bootloader answered; sending %1 bytes (%2, %3-byte blocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1% (%2 of %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  the meter asked for smaller blocks; going on with 128-byte blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the meter&apos;s bootloader (&apos;C&apos;) on %1... power-cycle the meter now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s bootloader took the package; waiting for the meter to start (Modbus RTU, 19200 baud, 8E1, unit 1)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered: %1 (type %2, hardware %3), serial %4, firmware %5, %6 mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner-cli: the package was sent, but the meter does not answer Modbus at 19200 8E1 unit 1 after %1 s (%2); power-cycle it and run identify</source>
        <translation type="unfinished"></translation>
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
          [--outage-wait S] [--restore-template]
                           upgrade the firmware from a .UPG package (resumable)
  template save FILE [--reason R]  save the meter&apos;s settings to a template file
  template diff FILE [FILE2] [--changed]
                           compare a template with the meter or another file (exit 0 equal, 1 differ)
  template restore FILE [--groups LIST] [--dry-run] [--force-type] [--yes]
                           write a template (all but communications unless named), then read back
  template list [--serial S]  template backups, newest first
  clock sync | clock show  set the meter&apos;s clock from this computer (UTC), or show it
  recover [--package FILE] [--packages DIR] [--restore-template] [--yes] [--allow-unsigned]
                           finish an interrupted upgrade: the package is found by the
                           meter&apos;s image SHA-256 and the transfer resumes at NEXT_OFFSET
  recover --xmodem --serial DEV --package FILE [--wait-s N]
                           a meter with no Modbus left: send the package to its XMODEM
                           recovery bootloader (power-cycle the meter when asked)
  upg inspect FILE [--json] | upg pack ... | upg keygen -o BASE
                           .UPG packages (run `upg --help`)

Exit codes:
  0 done; 1 failed; 2 bad argument; 3 no answer from the meter or link not opened;
  4 the meter answered a Modbus exception; 5 invalid package, key or input file;
  6 refused by a check before anything was written; 7 cancelled or declined;
  8 interrupted, the meter can be resumed; 9 the meter&apos;s image verification failed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiText</name>
    <message>
        <source>The meter did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost (cable, gateway or port gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter refused the request (illegal function).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter has no register at address %1 in this mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter refused the value (illegal data value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter reported a device failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter answered with exception %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s answer was garbled (check wiring and settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port would not switch to RS-485 mode; the adapter may do it by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a firmware package (.UPG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package format version %1 is not one this tool reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged: a checksum does not match (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is incomplete (%1). Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package breaks a format rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s register map version %1 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is not signed. Tick &quot;Allow an unsigned package&quot; only if you trust where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is not signed (allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is signed with a key this tool does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s signature does not verify: it was changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is for device type %1; this meter is type %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s hardware revision %1 is outside the package&apos;s range %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter has active events (%1): clear them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site wiring fault is active; it does not block an upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is %1; this meter takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter already runs this version. Tick &quot;Allow the same or an older version&quot; to install it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is older than the meter&apos;s firmware. Tick &quot;Allow the same or an older version&quot; to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same or older version (allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter reports a block size of %1 bytes, which the protocol does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter is verifying or installing an image; the upgrade waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter already holds %1 of %2 of this image: the transfer resumes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter is in upgrade mode: its settings cannot be read for a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal: running its firmware, nothing pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal, with an interrupted transfer waiting in the spare bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal, with a whole image stored but never installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade mode with part of an image: needs recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade mode with the whole image stored: needs recovery (install again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade mode with no image: needs a new transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No firmware: needs a new transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying or installing an image right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter verifying the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter installing (it stays silent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the meter to answer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade done: %1 now runs firmware %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks refused the upgrade. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be backed up, so nothing was written to the meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder could not be written (journal or package copy). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter refused the image: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s check of the image failed; it discarded it. Try the upgrade again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter stopped answering. It keeps what it received: connect again and the upgrade resumes from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade stopped. The meter keeps what it received: connect again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter came back with firmware %1, not the package&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter answered unexpectedly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with a key this tool does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature does NOT verify: the file was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade (bootloader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No firmware (bootloader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical event (blocks upgrades)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning event (blocks upgrades)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site wiring fault (does not block upgrades)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: incompatible image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: events active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: image too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Commissioner template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template format version %1 is newer than this tool reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device profile knows device type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 is missing from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1: %2 is not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1: %2 is outside the allowed values (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1: the unit %2 is not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device profile %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was saved from device type %1; this meter is type %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown group &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter is not in normal mode: its settings cannot be read or written now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written and confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed (the meter may or may not have applied them): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back: every setting matches the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read back: %n setting(s) differ from the file:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read back failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: wanted %2, meter has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the same file again to complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commissioner::gui::ConnectionDialog</name>
    <message>
        <source>Demo meter (simulated EM7350)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a recent connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meter with an Ethernet port, speaking Modbus TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serial meter behind a gateway that passes Modbus RTU frames over a raw TCP socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway (RTU over TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;arity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top bits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;an the bus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try every baud rate, parity and unit ID to find the meters on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5551234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modem &amp;device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Init string:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modem dials, then Modbus RTU runs over the call (19200 8E1 at the meter end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Try Commissioner without a meter.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The demo meter is a simulated EM7350 (serial DEMO-0001, firmware 1.0.0) running inside this program. Read its identity and live values, save and restore its template, and upgrade its firmware as you would a real one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a port to scan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying %1 baud, parity %2, unit %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unit %1 at %2 baud, parity %3, %n stop bit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The port could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scan stopped; %n meter(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan done; %n meter(s) found. Pick one to use its settings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commissioner::gui::LiveReadingsPanel</name>
    <message>
        <source>Live readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apparent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since power-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kvar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commissioner::gui::MainWindow</name>
    <message>
        <source>Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade firmware…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commissioner %1&lt;/h3&gt;&lt;p&gt;Commissioning tool for Modbus power meters.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libmodbus %1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo meter could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo meter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modem link could not be opened: %1

Dial-up support is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused while the upgrade runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the demo meter (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readings: the meter is not in normal mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 %2, firmware %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the meter does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a meter first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commissioner::gui::MeterPanel</name>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootloader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware upgrade state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dual bank (keeps measuring while upgrading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single bank (stops measuring while upgrading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 of firmware %3 (%4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package folder set (Tools ▸ Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No newer firmware for this meter in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware %1 is available: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commissioner::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an upgrade waits for a silent meter before it stops (the meter stays resumable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tries per request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait for a silent meter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data folder (logs, backups):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Package folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Commissioner starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commissioner::gui::TemplatesPage</name>
    <message>
        <source>&amp;Save the meter&apos;s template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with the meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore these groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore to the meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a meter to save, compare or restore its template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored and read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore is incomplete: see the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Template %1 restored: %2 written, %n mismatch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device profile for type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored unless ticked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the meter&apos;s template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the meter&apos;s settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not on meter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s settings match %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) differ between %1 and the meter (marked ≠).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one group to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the ticked groups of %1 to the meter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commissioner::gui::UpgradeFlow</name>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings restore incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meter (%1) is in upgrade mode with %2 of %3 of firmware %4. It does not measure until the firmware is installed.

Recover now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted upgrade of this meter (%1) to firmware %2 waits in its spare bank: %3 of %4 received. The meter goes on measuring with firmware %5.

Finish the upgrade now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meter (%1) has no firmware to run: %2.

Install firmware now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 needs recovery: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery postponed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package of the meter&apos;s pending image was not found in the data or package folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the package of the pending image: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the firmware package (.UPG) for the recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware packages (*.upg *.UPG);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery postponed: no package chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 is not signed. Use it anyway? Only do so if you trust where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering %1 with firmware %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to firmware %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort requested; stopping after the current request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade of %1 to %2 started (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter came back with its factory settings and no backup of it was found. Restore its template from a saved file (Templates page) or set it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter came back with its factory settings (transformer ratios, clock, nameplate, energy readings, ITC).

Restore them from the backup %1 now? Communications settings are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commissioner::gui::UpgradeProgressDialog</name>
    <message>
        <source>Firmware upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 % — %2 of %3 — %4 — %5 left — comm efficiency %6 % — %n retry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The meter is not answering. Check the cable or line; the upgrade goes on by itself when it answers again (waiting up to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings backup: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the settings from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings restored from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings restore from %1 incomplete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort the upgrade?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the upgrade after the current request?

The meter keeps what it has received. Connect to it again and the upgrade resumes from there; until then a single-bank meter stays in upgrade mode and does not measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commissioner::gui::UpgradeWizard</name>
    <message>
        <source>Upgrade the firmware of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the .UPG file to install on this meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the meter and the package say before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow an &amp;unsigned package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the same or an &amp;older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a firmware package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware packages (*.upg *.UPG);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be used.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: it is for device type %1, this meter is type %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: it is for hardware revisions %1 to %2, this meter is revision %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (type %1, hardware %2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meter runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits this meter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the upgrade of meter %1 to firmware %2. The meter already holds part of this image; the transfer goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade meter %1 (%2) from firmware %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its settings are read and saved first, to %1. If the meter comes back with factory settings, you will be offered to restore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter is in upgrade mode, so its settings cannot be read now; the latest backup in %1 is offered afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a single-bank meter: it stops measuring until the new firmware is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost connection does not harm the meter: the upgrade waits for it and resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the meter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade can go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade cannot go ahead as it is:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commissioning tool for Modbus power meters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the built-in demo meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render each main screen to PNG files in DIR and exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
