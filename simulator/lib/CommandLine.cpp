#include "CommandLine.h"

#include "ModemOptions.h"
#include "TemplateTable.h"

#include <QCommandLineParser>
#include <QRegularExpression>

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
  --device-mode-value N    DEVICE_MODE reads N whatever the real mode, which still decides
                           what the meter does
  --wrong-unit-id          every reply carries the request's unit ID + 1 (247 wraps to 1): the
                           MBAP unit on TCP, the address byte (valid CRC) on RTU
  --refuse-write ADDR[,ADDR...]
                           a write touching any of these template registers answers exception
                           03 and changes nothing.                        EVENT write-refused

Output on stdout, one line each, flushed:
  READY KIND ADDRESS       per listener, once listening
  EVENT NAME unit=N ...    NAME: begin, begin-rejected, commit, verifying, installing,
                           installed, verify-failed, abort, restart, power-loss (not per block);
                           and per request a fault acts on: muted left=K, data-exception
                           code=C, write-refused address=A, gone next_offset=N

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

bool parseVersion(const QString& text, quint16* v)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\.(\\d+)\\.(\\d+)$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    for (int i = 0; i < 3; ++i)
        v[i] = quint16(m.captured(i + 1).toUInt());
    return true;
}

bool parseMode(const QString& text, DeviceMode* mode)
{
    if (text == QLatin1String("normal"))
        *mode = DeviceMode::Normal;
    else if (text == QLatin1String("upgrade"))
        *mode = DeviceMode::Upgrade;
    else if (text == QLatin1String("no-firmware"))
        *mode = DeviceMode::NoFirmware;
    else
        return false;
    return true;
}

// Decimal, or hex with 0x (no octal: 010 is ten).
bool toNumber(const QString& text, quint64* out)
{
    bool ok = false;
    if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        *out = text.mid(2).toULongLong(&ok, 16);
    else
        *out = text.toULongLong(&ok, 10);
    return ok;
}

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'));
}

// \xHH, \n, \r, \t and \\ in a serial number; false on any other escape.
bool unescape(const QString& text, QString* out)
{
    out->clear();
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('\\')) {
            out->append(text[i]);
            continue;
        }
        if (++i >= text.size())
            return false;
        const QChar c = text[i];
        if (c == QLatin1Char('n'))
            out->append(QLatin1Char('\n'));
        else if (c == QLatin1Char('r'))
            out->append(QLatin1Char('\r'));
        else if (c == QLatin1Char('t'))
            out->append(QLatin1Char('\t'));
        else if (c == QLatin1Char('\\'))
            out->append(QLatin1Char('\\'));
        else if (c == QLatin1Char('x') && i + 2 < text.size() && isHexDigit(text[i + 1]) &&
                 isHexDigit(text[i + 2])) {
            out->append(QChar(text.mid(i + 1, 2).toUInt(nullptr, 16))); // Latin-1: one byte
            i += 2;
        } else
            return false;
    }
    return true;
}

bool toU16(const QString& text, quint16* out, uint min = 0, uint max = 65535)
{
    bool ok = false;
    const uint v = text.toUInt(&ok, 0);
    if (!ok || v < min || v > max)
        return false;
    *out = quint16(v);
    return true;
}

// One meter option, shared by the top-level options and --meter keys. Returns an error text.
QString applyMeterKey(MeterConfig* m, const QString& key, const QString& value, bool* banksSet,
                      bool* capacitySet)
{
    bool ok = true;
    if (key == QLatin1String("type")) {
        ok = toU16(value, &m->deviceType) && (m->deviceType == 7330 || m->deviceType == 7350);
        if (ok) {
            const quint16 banks = m->banks, capacity = m->capacityKib;
            m->applyTypeDefaults();
            if (*banksSet)
                m->banks = banks;
            if (*capacitySet)
                m->capacityKib = capacity;
        }
    } else if (key == QLatin1String("hw")) {
        ok = toU16(value, &m->hwRevision, 1);
    } else if (key == QLatin1String("fw")) {
        ok = parseVersion(value, m->fw);
    } else if (key == QLatin1String("serial") || key == QLatin1String("serial-number")) {
        ok = unescape(value, &m->serialNumber) && m->serialNumber.size() <= 16;
    } else if (key == QLatin1String("unit")) {
        ok = toU16(value, &m->unitId, 1, 247);
    } else if (key == QLatin1String("banks")) {
        ok = toU16(value, &m->banks, 1, 2);
        *banksSet = true;
    } else if (key == QLatin1String("events")) {
        ok = toU16(value, &m->activeEvents);
    } else if (key == QLatin1String("max-block")) {
        ok = toU16(value, &m->maxBlock, 16, 240) && m->maxBlock % 2 == 0;
    } else if (key == QLatin1String("capacity-kib")) {
        ok = toU16(value, &m->capacityKib, 1);
        *capacitySet = true;
    } else if (key == QLatin1String("install-seconds")) {
        ok = toU16(value, &m->installSeconds);
    } else if (key == QLatin1String("bootloader-version")) {
        ok = toU16(value, &m->bootloaderVersion);
    } else if (key == QLatin1String("mode")) {
        ok = parseMode(value, &m->startMode);
    } else if (key == QLatin1String("state")) {
        m->statePath = value;
    } else if (key == QLatin1String("gone-at-offset")) {
        quint64 n = 0;
        ok = toNumber(value, &n) && n >= 1 && n <= 0xFFFFFFFFu;
        m->goneAtOffset = quint32(n);
    } else {
        return QStringLiteral("unknown meter option %1").arg(key);
    }
    if (!ok)
        return QStringLiteral("bad value for %1: %2").arg(key, value);
    static const QStringList identityKeys = {QStringLiteral("type"),
                                             QStringLiteral("hw"),
                                             QStringLiteral("serial"),
                                             QStringLiteral("banks"),
                                             QStringLiteral("capacity-kib"),
                                             QStringLiteral("max-block"),
                                             QStringLiteral("install-seconds"),
                                             QStringLiteral("bootloader-version")};
    const QString identityKey =
        key == QLatin1String("serial-number") ? QStringLiteral("serial") : key;
    if (identityKeys.contains(identityKey))
        m->givenKeys.insert(identityKey);
    return {};
}

// --raw-template ADDR=VALUE,...: registers of template settings (not the clock).
QString parseRawTemplate(const QString& text, QMap<quint16, quint16>* out)
{
    for (const QString& pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        quint64 address = 0;
        quint64 value = 0;
        if (eq <= 0 || !toNumber(pair.left(eq).trimmed(), &address) ||
            !toNumber(pair.mid(eq + 1).trimmed(), &value) || value > 0xFFFF)
            return QStringLiteral("--raw-template wants ADDR=VALUE pairs, not %1").arg(pair);
        if (address > 0xFFFF || !TemplateTable::isTemplateRegister(quint16(address)))
            return QStringLiteral("--raw-template: %1 is no template setting's register")
                .arg(address);
        out->insert(quint16(address), quint16(value));
    }
    return out->isEmpty() ? QStringLiteral("--raw-template wants ADDR=VALUE pairs") : QString();
}

// --refuse-write ADDR,...: addresses of template settings (the clock is one).
QString parseAddresses(const QString& text, QSet<quint16>* out)
{
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        quint64 address = 0;
        if (!toNumber(item.trimmed(), &address) || address > 0xFFFF ||
            !TemplateTable::find(quint16(address)))
            return QStringLiteral("--refuse-write: %1 is no template setting's register").arg(item);
        out->insert(quint16(address));
    }
    return out->isEmpty() ? QStringLiteral("--refuse-write wants ADDR[,ADDR...]") : QString();
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
    const auto valueOpt = [&p](const char* name) {
        p.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("v")));
    };
    const auto flagOpt = [&p](const char* name) {
        p.addOption(QCommandLineOption(QString::fromLatin1(name)));
    };
    for (const char* name : {"tcp",
                             "rtu-tcp",
                             "serial",
                             "baud",
                             "parity",
                             "stop-bits",
                             "type",
                             "hw",
                             "fw",
                             "serial-number",
                             "unit",
                             "banks",
                             "events",
                             "max-block",
                             "capacity-kib",
                             "install-seconds",
                             "bootloader-version",
                             "mode",
                             "state",
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
                             "gone-at-offset",
                             "mute-first",
                             "data-exception",
                             "next-offset-skew",
                             "max-block-at",
                             "upg-status-after-install",
                             "device-mode-value",
                             "refuse-write"})
        valueOpt(name);
    valueOpt("xmodem-window-s");
    flagOpt("xmodem-bootloader");
    addModemOptions(p);
    for (const char* name : {"pty", "fsync", "fail-verify", "wrong-unit-id", "dump", "help"})
        flagOpt(name);
    p.addOption(QCommandLineOption(QStringList{QStringLiteral("h")}));

    if (!p.parse(arguments)) {
        cl.error = p.errorText();
        return cl;
    }
    if (p.isSet(QStringLiteral("help")) || p.isSet(QStringLiteral("h"))) {
        cl.helpShown = true;
        cl.ok = true;
        return cl;
    }
    if (!p.positionalArguments().isEmpty()) {
        cl.error = QStringLiteral("unexpected argument %1").arg(p.positionalArguments().first());
        return cl;
    }
    const auto fail = [&cl](const QString& text) {
        cl.error = text;
        return cl;
    };
    const auto val = [&p](const char* name) { return p.value(QString::fromLatin1(name)); };
    const auto has = [&p](const char* name) { return p.isSet(QString::fromLatin1(name)); };

    cl.statePath = val("state");
    cl.dump = has("dump");
    if (cl.dump) {
        if (cl.statePath.isEmpty())
            return fail(QStringLiteral("--dump needs --state FILE"));
        cl.ok = true;
        return cl;
    }

    // The serial line first: the meter's COMM_BAUD/COMM_PARITY follow it.
    HostConfig& h = cl.host;
    if (has("baud")) {
        bool ok = false;
        h.serial.baud = val("baud").toInt(&ok);
        if (!ok || h.serial.baud <= 0)
            return fail(QStringLiteral("bad --baud"));
    }
    if (has("parity")) {
        const QString parity = val("parity").toUpper();
        if (parity != QLatin1String("N") && parity != QLatin1String("E") &&
            parity != QLatin1String("O"))
            return fail(QStringLiteral("--parity is N, E or O"));
        h.serial.parity = parity.at(0).toLatin1();
    }
    if (has("stop-bits")) {
        h.serial.stopBits = val("stop-bits").toInt();
        if (h.serial.stopBits != 1 && h.serial.stopBits != 2)
            return fail(QStringLiteral("--stop-bits is 1 or 2"));
    }

    MeterConfig first;
    bool banksSet = false;
    bool capacitySet = false;
    static const qint32 bauds[] = {9600, 19200, 38400, 57600, 115200};
    for (quint16 i = 0; i < 5; ++i) {
        if (bauds[i] == h.serial.baud)
            first.commBaudCode = i;
    }
    first.commParityCode = h.serial.parity == 'N' ? 0 : h.serial.parity == 'E' ? 1 : 2;
    // type first: it sets defaults the other options may override
    const QStringList keys = {QStringLiteral("type"),
                              QStringLiteral("hw"),
                              QStringLiteral("fw"),
                              QStringLiteral("serial-number"),
                              QStringLiteral("unit"),
                              QStringLiteral("banks"),
                              QStringLiteral("events"),
                              QStringLiteral("max-block"),
                              QStringLiteral("capacity-kib"),
                              QStringLiteral("install-seconds"),
                              QStringLiteral("bootloader-version"),
                              QStringLiteral("mode"),
                              QStringLiteral("state"),
                              QStringLiteral("gone-at-offset")};
    for (const QString& key : keys) {
        if (!p.isSet(key))
            continue;
        const QString e = applyMeterKey(&first, key, p.value(key), &banksSet, &capacitySet);
        if (!e.isEmpty())
            return fail(e);
    }
    first.fsync = has("fsync");
    if (has("raw-template")) {
        if (const QString e = parseRawTemplate(val("raw-template"), &first.rawTemplate);
            !e.isEmpty())
            return fail(e);
    }
    h.meters.append(first);

    for (const QString& spec : p.values(QStringLiteral("meter"))) {
        MeterConfig m = first;
        m.statePath.clear();
        m.rawTemplate.clear();
        m.goneAtOffset.reset();
        m.givenKeys.clear(); // the first meter's values are only defaults here
        bool b = banksSet;
        bool c = capacitySet;
        bool unitGiven = false;
        QStringList pairs = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
        // type first, as above
        std::stable_sort(pairs.begin(), pairs.end(), [](const QString& a, const QString&) {
            return a.startsWith(QLatin1String("type="));
        });
        for (const QString& pair : pairs) {
            const int eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return fail(QStringLiteral("--meter wants KEY=VALUE pairs: %1").arg(pair));
            const QString key = pair.left(eq).trimmed();
            unitGiven |= key == QLatin1String("unit");
            const QString e = applyMeterKey(&m, key, pair.mid(eq + 1).trimmed(), &b, &c);
            if (!e.isEmpty())
                return fail(QStringLiteral("--meter: %1").arg(e));
        }
        if (!unitGiven)
            return fail(QStringLiteral("--meter needs unit=N"));
        for (const MeterConfig& other : std::as_const(h.meters)) {
            if (other.unitId == m.unitId)
                return fail(QStringLiteral("--meter: unit %1 is taken").arg(m.unitId));
            if (!m.statePath.isEmpty() && other.statePath == m.statePath)
                return fail(QStringLiteral("--meter: state file %1 is taken").arg(m.statePath));
        }
        h.meters.append(m);
    }

    FaultConfig& f = h.faults;
    bool ok = true;
    const auto intOpt = [&](const char* name, auto* out, qint64 min, qint64 max) {
        if (!has(name))
            return;
        bool good = false;
        const qint64 v = val(name).toLongLong(&good, 0);
        if (!good || v < min || v > max) {
            ok = false;
            cl.error = QStringLiteral("bad value for --%1").arg(QLatin1String(name));
            return;
        }
        *out = decltype(+*out)(v);
    };
    intOpt("drop-replies", &f.dropRepliesPercent, 0, 100);
    intOpt("seed", &f.seed, 0, 0xFFFFFFFFLL);
    intOpt("silence-seconds", &f.silenceSeconds, 0, 86400);
    intOpt("flash-delay-ms", &f.flashDelayMs, 0, 60000);
    intOpt("verify-ms", &f.verifyMs, 0, 3600000);
    intOpt("install-ms", &f.installMs, 0, 3600000);
    if (!ok)
        return cl;
    const auto offsetOpt = [&](const char* name, std::optional<quint32>* out) {
        if (!has(name))
            return;
        bool good = false;
        const quint32 v = val(name).toUInt(&good, 0);
        if (!good) {
            ok = false;
            cl.error = QStringLiteral("bad value for --%1").arg(QLatin1String(name));
        }
        *out = v;
    };
    offsetOpt("silence-at-offset", &f.silenceAtOffset);
    offsetOpt("power-loss-at-offset", &f.powerLossAtOffset);
    if (!ok)
        return cl;
    if (has("silent-between")) {
        const QStringList ab = val("silent-between").split(QLatin1Char(':'));
        bool a = false;
        bool b = false;
        if (ab.size() == 2) {
            f.silentFrom = ab[0].toUInt(&a, 0);
            f.silentTo = ab[1].toUInt(&b, 0);
        }
        if (!a || !b || *f.silentFrom >= *f.silentTo)
            return fail(QStringLiteral("--silent-between wants A:B with A < B"));
    }
    f.failVerify = has("fail-verify");
    f.wrongUnitId = has("wrong-unit-id");
    intOpt("mute-first", &f.muteFirst, 0, 1000000);
    intOpt("next-offset-skew", &f.nextOffsetSkew, -0x7FFFFFFFLL, 0x7FFFFFFFLL);
    if (!ok)
        return cl;
    const auto u16Opt = [&](const char* name, std::optional<quint16>* out) {
        quint64 v = 0;
        if (has(name) && (!toNumber(val(name), &v) || v > 0xFFFF)) {
            ok = false;
            cl.error = QStringLiteral("bad value for --%1").arg(QLatin1String(name));
        }
        if (has(name))
            *out = quint16(v);
    };
    u16Opt("upg-status-after-install", &f.upgStatusAfterInstall);
    u16Opt("device-mode-value", &f.deviceModeValue);
    if (!ok)
        return cl;
    if (has("data-exception")) {
        const QStringList parts = val("data-exception").split(QLatin1Char(':'));
        quint64 code = 0;
        quint64 count = 0;
        if (parts.size() > 2 || !toNumber(parts[0], &code) || code < 1 || code > 255 ||
            (parts.size() == 2 && (!toNumber(parts[1], &count) || count < 1 || count > 1000000)))
            return fail(QStringLiteral("--data-exception wants CODE[:COUNT], CODE 1-255"));
        f.dataExceptionCode = quint8(code);
        if (parts.size() == 2)
            f.dataExceptionCount = int(count);
    }
    if (has("max-block-at")) {
        const QStringList parts = val("max-block-at").split(QLatin1Char(':'));
        quint64 offset = 0;
        quint64 value = 0;
        if (parts.size() != 2 || !toNumber(parts[0], &offset) || offset > 0xFFFFFFFFu ||
            !toNumber(parts[1], &value) || value > 0xFFFF)
            return fail(QStringLiteral("--max-block-at wants OFFSET:VALUE"));
        f.maxBlockAtOffset = quint32(offset);
        f.maxBlockAtValue = quint16(value);
    }
    if (has("refuse-write")) {
        if (const QString e = parseAddresses(val("refuse-write"), &f.refuseWrite); !e.isEmpty())
            return fail(e);
    }
    if (has("power-loss-in")) {
        const QString where = val("power-loss-in");
        if (where == QLatin1String("verifying"))
            f.powerLossIn = FaultConfig::PowerLossIn::Verifying;
        else if (where == QLatin1String("installing"))
            f.powerLossIn = FaultConfig::PowerLossIn::Installing;
        else
            return fail(QStringLiteral("--power-loss-in is verifying or installing"));
    }

    const auto addListeners = [&](const char* name, ListenerSpec::Kind kind) {
        for (const QString& v : p.values(QString::fromLatin1(name))) {
            ListenerSpec spec;
            spec.kind = kind;
            if (kind == ListenerSpec::Kind::Serial)
                spec.device = v;
            else if (!parseHostPort(v, &spec)) {
                ok = false;
                cl.error =
                    QStringLiteral("--%1 wants [HOST:]PORT, not %2").arg(QLatin1String(name), v);
            }
            h.listeners.append(spec);
        }
    };
    addListeners("tcp", ListenerSpec::Kind::Tcp);
    addListeners("rtu-tcp", ListenerSpec::Kind::RtuTcp);
    addListeners("serial", ListenerSpec::Kind::Serial);
    if (!ok)
        return cl;
    if (has("pty")) {
        ListenerSpec spec;
        spec.kind = ListenerSpec::Kind::Pty;
        h.listeners.append(spec);
    }
    if (h.listeners.isEmpty())
        return fail(
            QStringLiteral("no listener: give --tcp, --rtu-tcp, --serial or --pty (see --help)"));
    if (has("xmodem-bootloader") || has("xmodem-window-s")) {
        // One meter on one serial line: the recovery bootloader of section 7.
        h.xmodemBootloader = true;
        if (h.listeners.size() != 1 || h.listeners.first().kind == ListenerSpec::Kind::Tcp ||
            h.listeners.first().kind == ListenerSpec::Kind::RtuTcp)
            return fail(
                QStringLiteral("--xmodem-bootloader takes one serial line: --serial DEV or --pty"));
        if (h.meters.size() != 1)
            return fail(QStringLiteral("--xmodem-bootloader is one meter: no --meter"));
        bool good = false;
        if (has("xmodem-window-s")) {
            h.xmodemWindowSeconds = val("xmodem-window-s").toInt(&good);
            if (!good || h.xmodemWindowSeconds < 1 || h.xmodemWindowSeconds > 86400)
                return fail(QStringLiteral("bad value for --xmodem-window-s"));
        }
    }
    if (const QString e = applyModemOptions(p, &h); !e.isEmpty())
        return fail(e);
    cl.ok = true;
    return cl;
}

} // namespace metersim
