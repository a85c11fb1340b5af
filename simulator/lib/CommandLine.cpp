#include "CommandLine.h"

#include "FaultOptions.h"
#include "MeterOptions.h"
#include "ModemOptions.h"
#include "OptionValues.h"

#include <QCommandLineParser>

namespace metersim {

namespace {

const char* const Help = R"(metersim: the EM7300-series meter of device-protocol.md (sections 1-6),
the other end of the wire for tests and demos.

Listeners (at least one unless --dump; each prints one line "READY KIND ADDRESS" to stdout):
  --tcp [HOST:]PORT        Modbus TCP (MBAP).                  READY tcp 127.0.0.1:40123
  --rtu-tcp [HOST:]PORT    Modbus RTU frames over raw TCP.     READY rtu-tcp 127.0.0.1:40124
  --serial DEV             Modbus RTU on a serial device (e.g. one end of a socat pty pair).
  --pty                    Modbus RTU on a pseudo-terminal created here. READY serial /dev/pts/7
  HOST defaults to 127.0.0.1 (nothing else is bound unless given); PORT 0 picks a free port.
  --baud N (19200) --parity N|E|O (E) --stop-bits 1|2 (1): the serial line, and the meter's
  COMM_BAUD/COMM_PARITY. Settings the OS refuses (parity on a pty) are warned about and ignored.

The meter (first meter; --meter adds more):
  --type 7330|7350         DEVICE_TYPE (7350). 7330: 1 bank, 2048 KiB; 7350: 2 banks, 4096 KiB.
  --hw N                   HW_REVISION (1)
  --fw X.Y.Z               running firmware at first start (1.0.0)
  --serial-number S        SERIAL_NUMBER (PC-0209A001-11); up to 16 bytes after the escapes
                           \xHH \n \r \t \\ (e.g. PC\x1b[2J puts an ESC in it)
  --unit N                 COMM_UNIT_ID at first start (1)
  --banks 1|2              BANKS (by type)
  --events BITS            ACTIVE_EVENTS (0); bit 0 critical, bit 1 warning, bit 2 wiring fault
  --max-block N            MAX_BLOCK (240; even, 16-240)
  --capacity-kib N         FLASH_CAPACITY_KIB (by type)
  --install-seconds N      INSTALL_SECONDS register (30); see --install-ms for the real time
  --bootloader-version N   BOOTLOADER_VERSION (3)
  --mode normal|upgrade|no-firmware   start state when there is no stored state (normal)
  --state FILE             keep all state in FILE (JSON) and FILE.image (the image bytes,
                           append-only: NEXT_OFFSET is its length). A process killed with -9
                           comes back as a meter that lost power. Without it, memory only.
                           The meter's identity (type, hw, serial, banks, capacity-kib,
                           max-block, install-seconds, bootloader-version) is kept there too:
                           a restart without those options is the same meter, and one given
                           that differs from the stored value is ignored with a warning on
                           stderr (a meter does not change its serial number).
  --fsync                  fsync the state and image files on every change
  --raw-template ADDR=VALUE[,ADDR=VALUE...]
                           first meter, first start only (no stored state): these template
                           registers hold these raw values (decimal or 0x hex), past the range
                           checks; e.g. 1002=0 (PT_SECONDARY out of range), 1020=0xFF41 (a
                           non-ASCII byte in NAMEPLATE_OWNER). Stored with --state like any
                           setting.
  --gone-at-offset N       first meter: once its NEXT_OFFSET reaches N (that write is stored,
                           not answered) it never answers again in this process; the other
                           meters on the bus go on answering.         EVENT gone unit=N ...
  --meter KEY=VALUE,...    another meter on the same listeners (an RS-485 bus; a TCP gateway).
                           Keys: unit (required, distinct), type, hw, fw, serial, banks, events,
                           max-block, capacity-kib, install-seconds, bootloader-version, mode,
                           state, gone-at-offset. Unset keys take the first meter's values,
                           except state and gone-at-offset (and --raw-template). serial takes
                           the escapes of --serial-number, and \x2c for a comma.
                           e.g. --meter unit=2,type=7330,serial=PC-0209A001-12

Faults (off by default; apply to every meter):
  --drop-replies PERCENT   act on the request, then do not send the reply (a lost answer)
  --seed N                 random seed for --drop-replies (1)
  --silent-between A:B     a request that arrives while NEXT_OFFSET is in [A,B) is acted on but
                           not answered; answers resume once NEXT_OFFSET leaves the range
  --silence-at-offset OFFSET --silence-seconds S
                           once NEXT_OFFSET reaches OFFSET (the write that reaches it is stored,
                           not answered), answer nothing and act on nothing for S seconds; once
  --flash-delay-ms N       wait N ms per stored block before the reply
  --verify-ms N            time in VERIFYING (300)
  --install-ms N           real silence while INSTALLING (1000); TCP connections are dropped
                           and refused meanwhile
  --fail-verify            the next COMMIT's hash check fails
  --power-loss-at-offset N die as if by kill -9 right after storing the block that makes
                           NEXT_OFFSET >= N (that block's reply is never sent)
  --power-loss-in verifying|installing   die as if by kill -9 halfway through that state
  --shared-unit            a request to a unit ID that more than one meter holds (one changed
                           its COMM_UNIT_ID, or came back at unit 1 after an install) is acted
                           on by each of them, as on an RS-485 bus; only the first meter's
                           answer is sent (on a real bus the answers would collide)

Meters that bend the spec (off by default; apply to every meter):
  --mute-first N           the first N requests each meter gets after the process starts are
                           neither acted on nor answered (not answering yet). EVENT muted
  --data-exception CODE[:COUNT]
                           data-window writes (function 16 at 9100) answer exception CODE and
                           are not acted on: the first COUNT of them, or all of them without
                           :COUNT.                                       EVENT data-exception
  --next-offset-skew N     NEXT_OFFSET reads N bytes (signed, modulo 2^32) off the true value,
                           always; data is stored only at the true offset and any other
                           offset (a repeat too) answers exception 03
  --max-block-at OFFSET:VALUE
                           once NEXT_OFFSET >= OFFSET, MAX_BLOCK reads VALUE (any u16, e.g. 0
                           or 250); the real limit for data writes stays --max-block
  --upg-status-after-install N
                           after an install, UPG_STATUS reads N instead of 4 DONE until the
                           next BEGIN; the new firmware runs normally
  --install-keeps-firmware an install ends as usual (UPG_STATUS 4 DONE, NORMAL mode) but the
                           meter goes on running its old firmware
  --device-mode-value N    DEVICE_MODE reads N whatever the real mode, which still decides
                           what the meter does
  --wrong-unit-id          every reply carries the request's unit ID + 1 (247 wraps to 1): the
                           MBAP unit on TCP, the address byte (valid CRC) on RTU
  --refuse-write ADDR[,ADDR...]
                           a write touching any of these template registers answers exception
                           03 and changes nothing.                        EVENT write-refused
  --ack-without-store      data-window writes (function 16 at 9100) are answered as accepted
                           but nothing is stored: NEXT_OFFSET does not move, the bytes are
                           not kept.                                      EVENT ack-without-store
  --offset-reset-at N      each time NEXT_OFFSET reaches N or more (that write is stored and
                           answered), the meter loses what it received: NEXT_OFFSET reads 0
                           again, still RECEIVING the same image.              EVENT offset-reset
  --long-write-silence N   a write (function 16) of more than N registers is neither acted on
                           nor answered; reads and shorter writes are.   EVENT long-write-silence
  --exception-at ADDR:CODE[,ADDR:CODE...]
                           a request (read or write) whose registers include ADDR answers
                           exception CODE (1-11) and does nothing; e.g. 9000:2 for reads of
                           9000-9030 and UPG_COMMAND writes.                   EVENT exception-at

Output on stdout, one line each, flushed:
  READY KIND ADDRESS       per listener, once listening
  EVENT NAME unit=N ...    NAME: begin, begin-rejected, commit, verifying, installing,
                           installed, verify-failed, abort, restart, power-loss (not per block);
                           and per request a fault acts on: muted left=K, data-exception
                           code=C, write-refused address=A, gone next_offset=N
                           (also ack-without-store offset=O length=L, offset-reset next_offset=N,
                           long-write-silence registers=K, exception-at address=A code=C)

  --dump                   with --state FILE: print the stored state as JSON and exit

XMODEM recovery bootloader (device-protocol.md section 7):
  --xmodem-bootloader      with --serial DEV or --pty (and no other listener, no --meter):
                           the meter answers no Modbus; it sends 'C' once a second at 115200
                           8N1 and takes a .UPG over XMODEM-CRC / XMODEM-1K. A good package is
                           installed (after --install-ms): NORMAL mode, the package's version,
                           factory-default settings, and Modbus RTU on the same line at 19200
                           8E1 unit 1 (--baud/--parity do not apply). A refused one gets CAN CAN
                           and the bootloader asks again. It always starts in the bootloader.
  --xmodem-window-s N      how long it asks after power-up or a refusal (60)
  EVENT lines: xmodem-waiting, xmodem-receiving, xmodem-refused reason=R, xmodem-aborted,
               xmodem-window-closed, xmodem-installed unit=1 fw=X.Y.Z sha256=H
)";

// metersim's own options, by kind (declareOptions adds the first meter's keys from
// MeterOptions' table, --xmodem-bootloader and the modem's).
const char* const kValueOptions[] = {"tcp",
                                     "rtu-tcp",
                                     "serial",
                                     "baud",
                                     "parity",
                                     "stop-bits",
                                     "meter",
                                     "drop-replies",
                                     "seed",
                                     "silent-between",
                                     "silence-at-offset",
                                     "silence-seconds",
                                     "flash-delay-ms",
                                     "verify-ms",
                                     "install-ms",
                                     "power-loss-at-offset",
                                     "power-loss-in",
                                     "raw-template",
                                     "mute-first",
                                     "data-exception",
                                     "next-offset-skew",
                                     "max-block-at",
                                     "upg-status-after-install",
                                     "device-mode-value",
                                     "refuse-write",
                                     "offset-reset-at",
                                     "long-write-silence",
                                     "exception-at",
                                     "xmodem-window-s"};
const char* const kFlagOptions[] = {"pty",
                                    "fsync",
                                    "fail-verify",
                                    "wrong-unit-id",
                                    "ack-without-store",
                                    "install-keeps-firmware",
                                    "shared-unit",
                                    "dump",
                                    "help"};

void declareOptions(QCommandLineParser& p)
{
    for (const char* name : kValueOptions)
        p.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("v")));
    for (const QString& name : firstMeterOptionNames())
        p.addOption(QCommandLineOption(name, QString(), QStringLiteral("v")));
    p.addOption(QCommandLineOption(QStringLiteral("xmodem-bootloader")));
    addModemOptions(p);
    for (const char* name : kFlagOptions)
        p.addOption(QCommandLineOption(QString::fromLatin1(name)));
    p.addOption(QCommandLineOption(QStringList{QStringLiteral("h")}));
}

bool parseHostPort(const QString& text, ListenerSpec* spec)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    QString host = colon >= 0 ? text.left(colon) : QString();
    const QString port = colon >= 0 ? text.mid(colon + 1) : text;
    bool ok = false;
    const uint p = port.toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    spec->port = quint16(p);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!host.isEmpty()) {
        if (host == QLatin1String("localhost"))
            host = QStringLiteral("127.0.0.1");
        if (!spec->host.setAddress(host))
            return false;
    }
    return true;
}

// --baud, --parity, --stop-bits: the serial line (and the meters' COMM_BAUD/COMM_PARITY).
QString applySerialLineOptions(const QCommandLineParser& p, HostConfig* config)
{
    SerialSettings& serial = config->serial;
    if (optionSet(p, "baud")) {
        bool ok = false;
        serial.baud = optionValue(p, "baud").toInt(&ok);
        if (!ok || serial.baud <= 0)
            return QStringLiteral("bad --baud");
    }
    if (optionSet(p, "parity")) {
        const QString parity = optionValue(p, "parity").toUpper();
        if (parity != QLatin1String("N") && parity != QLatin1String("E") &&
            parity != QLatin1String("O"))
            return QStringLiteral("--parity is N, E or O");
        serial.parity = parity.at(0).toLatin1();
    }
    if (optionSet(p, "stop-bits")) {
        serial.stopBits = optionValue(p, "stop-bits").toInt();
        if (serial.stopBits != 1 && serial.stopBits != 2)
            return QStringLiteral("--stop-bits is 1 or 2");
    }
    return {};
}

// Every value of one listener option; each is kept even when bad, and the last bad one named.
QString addListeners(const QCommandLineParser& p, const char* name, ListenerSpec::Kind kind,
                     QVector<ListenerSpec>* listeners)
{
    QString error;
    for (const QString& v : p.values(QString::fromLatin1(name))) {
        ListenerSpec spec;
        spec.kind = kind;
        if (kind == ListenerSpec::Kind::Serial)
            spec.device = v;
        else if (!parseHostPort(v, &spec))
            error = QStringLiteral("--%1 wants [HOST:]PORT, not %2").arg(QLatin1String(name), v);
        listeners->append(spec);
    }
    return error;
}

// --tcp, --rtu-tcp, --serial, --pty: at least one.
QString applyListenerOptions(const QCommandLineParser& p, HostConfig* config)
{
    QString error;
    const std::pair<const char*, ListenerSpec::Kind> kinds[] = {
        {"tcp", ListenerSpec::Kind::Tcp},
        {"rtu-tcp", ListenerSpec::Kind::RtuTcp},
        {"serial", ListenerSpec::Kind::Serial}};
    for (const auto& [name, kind] : kinds) {
        if (const QString e = addListeners(p, name, kind, &config->listeners); !e.isEmpty())
            error = e;
    }
    if (!error.isEmpty())
        return error;
    if (optionSet(p, "pty")) {
        ListenerSpec spec;
        spec.kind = ListenerSpec::Kind::Pty;
        config->listeners.append(spec);
    }
    if (config->listeners.isEmpty())
        return QStringLiteral("no listener: give --tcp, --rtu-tcp, --serial or --pty (see --help)");
    return {};
}

// --xmodem-bootloader, --xmodem-window-s. Call after the listeners and meters are known.
QString applyXmodemOptions(const QCommandLineParser& p, HostConfig* config)
{
    if (!optionSet(p, "xmodem-bootloader") && !optionSet(p, "xmodem-window-s"))
        return {};
    // One meter on one serial line: the recovery bootloader of section 7.
    config->xmodemBootloader = true;
    const QVector<ListenerSpec>& listeners = config->listeners;
    if (listeners.size() != 1 || listeners.first().kind == ListenerSpec::Kind::Tcp ||
        listeners.first().kind == ListenerSpec::Kind::RtuTcp)
        return QStringLiteral("--xmodem-bootloader takes one serial line: --serial DEV or --pty");
    if (config->meters.size() != 1)
        return QStringLiteral("--xmodem-bootloader is one meter: no --meter");
    if (optionSet(p, "xmodem-window-s")) {
        bool good = false;
        config->xmodemWindowSeconds = optionValue(p, "xmodem-window-s").toInt(&good);
        if (!good || config->xmodemWindowSeconds < 1 || config->xmodemWindowSeconds > 86400)
            return QStringLiteral("bad value for --xmodem-window-s");
    }
    return {};
}

// Everything but help and --dump; an error text, or empty. In this order: the meters'
// COMM_BAUD/COMM_PARITY follow the serial line, the xmodem and modem checks look at the
// listeners, and with bad options in several groups the first group's error is shown.
QString applyHostOptions(const QCommandLineParser& p, HostConfig* config)
{
    using Step = QString (*)(const QCommandLineParser&, HostConfig*);
    const Step steps[] = {applySerialLineOptions, applyMeterOptions,  applyFaultOptions,
                          applyListenerOptions,   applyXmodemOptions, applyModemOptions};
    for (const Step step : steps) {
        if (const QString e = step(p, config); !e.isEmpty())
            return e;
    }
    return {};
}

} // namespace

QString CommandLine::helpText()
{
    return QString::fromUtf8(Help) + modemHelpText();
}

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine cl;
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    declareOptions(p);
    if (!p.parse(arguments)) {
        cl.error = p.errorText();
        return cl;
    }
    if (optionSet(p, "help") || optionSet(p, "h")) {
        cl.helpShown = true;
        cl.ok = true;
        return cl;
    }
    if (!p.positionalArguments().isEmpty()) {
        cl.error = QStringLiteral("unexpected argument %1").arg(p.positionalArguments().first());
        return cl;
    }
    cl.statePath = optionValue(p, "state");
    cl.dump = optionSet(p, "dump");
    if (cl.dump) {
        if (cl.statePath.isEmpty())
            cl.error = QStringLiteral("--dump needs --state FILE");
    } else {
        cl.error = applyHostOptions(p, &cl.host);
    }
    cl.ok = cl.error.isEmpty();
    return cl;
}

} // namespace metersim
