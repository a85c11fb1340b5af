#include "ModemOptions.h"

#include "SimulatorHost.h"

#include <QCommandLineParser>

namespace metersim {

namespace {

const char* const Help = R"(
Dial-up modem (device-protocol.md section 8):
  --modem                  with --pty or --serial DEV: a Hayes modem answers on the line. In
                           command mode: AT, ATZ, AT&F, ATE0/ATE1, ATV1, ATQ0, AT&D0/AT&D2,
                           ATS0=n, ATDTnumber/ATDPnumber, ATH/ATH0, ATO (several may share a
                           line); anything else after AT answers ERROR; each answer is a line
                           ending CR LF. A dial answers CONNECT 19200 after the ring delay, and
                           the line carries Modbus RTU until "+++" (guard time of silence
                           before and after: OK, command mode, the call held) or ATH (OK).
  --modem-ring-ms N        from the dial to its answer (300)
  --modem-guard-ms N       the escape's guard time (1000)
  --modem-busy             a dial answers BUSY
  --modem-no-answer        a dial answers NO ANSWER after the ring delay
  --modem-no-dialtone      a dial answers NO DIALTONE
  --modem-error-on-dial    a dial answers ERROR
  --modem-mute             the modem answers nothing at all
  --modem-drop-after BYTES the carrier drops once BYTES bytes (both ways) have been carried in a
                           call: "NO CARRIER" on the line, command mode; once per call, a redial
                           works
)";

const char* const kValueOptions[] = {"modem-ring-ms", "modem-guard-ms", "modem-drop-after"};
const char* const kFlagOptions[] = {
    "modem",     "modem-busy", "modem-no-answer", "modem-no-dialtone", "modem-error-on-dial",
    "modem-mute"};

} // namespace

void addModemOptions(QCommandLineParser& p)
{
    for (const char* name : kValueOptions)
        p.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("v")));
    for (const char* name : kFlagOptions)
        p.addOption(QCommandLineOption(QString::fromLatin1(name)));
}

QString applyModemOptions(const QCommandLineParser& p, HostConfig* config)
{
    const auto has = [&p](const char* name) { return p.isSet(QString::fromLatin1(name)); };
    bool any = false;
    for (const char* name : kValueOptions)
        any |= has(name);
    for (const char* name : kFlagOptions)
        any |= has(name);
    if (!any)
        return {};
    if (!has("modem"))
        return QStringLiteral("the --modem-* options need --modem");
    ModemConfig& m = config->modem;
    m.enabled = true;
    bool serial = false;
    for (const ListenerSpec& l : std::as_const(config->listeners))
        serial |= l.kind == ListenerSpec::Kind::Serial || l.kind == ListenerSpec::Kind::Pty;
    if (!serial)
        return QStringLiteral("--modem needs a serial line: --pty or --serial DEV");

    const auto number = [&](const char* name, qint64 min, qint64 max, qint64* out) {
        if (!has(name))
            return true;
        bool ok = false;
        const qint64 v = p.value(QString::fromLatin1(name)).toLongLong(&ok);
        if (!ok || v < min || v > max)
            return false;
        *out = v;
        return true;
    };
    qint64 ring = m.ringMs, guard = m.guardMs, drop = m.dropAfterBytes;
    if (!number("modem-ring-ms", 0, 600000, &ring))
        return QStringLiteral("bad value for --modem-ring-ms");
    if (!number("modem-guard-ms", 20, 10000, &guard))
        return QStringLiteral("bad value for --modem-guard-ms (20-10000)");
    if (!number("modem-drop-after", 1, qint64(1) << 40, &drop))
        return QStringLiteral("bad value for --modem-drop-after");
    m.ringMs = int(ring);
    m.guardMs = int(guard);
    m.dropAfterBytes = drop;

    int answers = 0;
    const std::pair<const char*, ModemConfig::DialAnswer> faults[] = {
        {"modem-busy", ModemConfig::DialAnswer::Busy},
        {"modem-no-answer", ModemConfig::DialAnswer::NoAnswer},
        {"modem-no-dialtone", ModemConfig::DialAnswer::NoDialtone},
        {"modem-error-on-dial", ModemConfig::DialAnswer::Error}};
    for (const auto& [name, answer] : faults) {
        if (has(name)) {
            m.dialAnswer = answer;
            ++answers;
        }
    }
    if (answers > 1)
        return QStringLiteral("give only one of --modem-busy, --modem-no-answer, "
                              "--modem-no-dialtone, --modem-error-on-dial");
    m.mute = has("modem-mute");
    return {};
}

QString modemHelpText()
{
    return QString::fromUtf8(Help);
}

} // namespace metersim
