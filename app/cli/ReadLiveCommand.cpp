#include "CliText.h"
#include "Commands.h"
#include "ErrorText.h"
#include "ExitCodes.h"
#include "meter/MeterQueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace commissioner::cli {

static QJsonObject measurementsToJson(const Measurements& m)
{
    return QJsonObject{
        {QStringLiteral("v1"), m.voltage[0]}, {QStringLiteral("v2"), m.voltage[1]},
        {QStringLiteral("v3"), m.voltage[2]}, {QStringLiteral("i1"), m.current[0]},
        {QStringLiteral("i2"), m.current[1]}, {QStringLiteral("i3"), m.current[2]},
        {QStringLiteral("kw"), m.kwTotal},    {QStringLiteral("kvar"), m.kvarTotal},
        {QStringLiteral("kva"), m.kvaTotal},  {QStringLiteral("pf"), m.powerFactor},
        {QStringLiteral("hz"), m.frequency},  {QStringLiteral("uptime_s"), m.secondsSincePowerUp},
    };
}

int runReadLive(CommandLine& cl)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), CliText::tr("Print JSON, one object per reading.")});
    p.addOption({QStringLiteral("count"),
                 CliText::tr("Readings to take (default 1; 0 = until stopped)."),
                 QStringLiteral("N"), QStringLiteral("1")});
    p.addOption({QStringLiteral("interval-ms"), CliText::tr("Time between readings."),
                 QStringLiteral("MS"), QStringLiteral("1000")});
    if (!cl.parse(p))
        return cl.parseExitCode();
    bool okCount = false, okInterval = false;
    const int count = p.value(QStringLiteral("count")).toInt(&okCount);
    const int interval = p.value(QStringLiteral("interval-ms")).toInt(&okInterval);
    if (!okCount || count < 0 || !okInterval || interval < 0)
        return cl.usageError(
            CliText::tr("--count and --interval-ms must be whole numbers, 0 or more"));
    int exit = ExitOk;
    auto client = cl.connect(p, &exit);
    if (!client)
        return exit;

    for (int n = 0; count == 0 || n < count; ++n) {
        if (n > 0)
            QThread::msleep(interval);
        const auto m = readMeasurements(*client);
        if (!m) {
            cl.err() << CliText::tr("commissioner-cli: reading failed: %1")
                            .arg(describeLinkError(m.error()))
                     << Qt::endl;
            if (m.error().isException(ModbusException::IllegalDataAddress))
                cl.err() << CliText::tr("(readings are only available while the meter runs its "
                                        "firmware in NORMAL mode; see `status`)")
                         << Qt::endl;
            return exitCodeFor(m.error());
        }
        const Measurements& v = m.value();
        if (p.isSet(QStringLiteral("json"))) {
            cl.out() << QJsonDocument(measurementsToJson(v)).toJson(QJsonDocument::Compact) << '\n';
        } else {
            cl.out() << CliText::tr(
                            "V: %1 %2 %3 V   I: %4 %5 %6 A   P: %7 kW  Q: %8 kvar  S: %9 kVA")
                            .arg(v.voltage[0], 0, 'f', 1)
                            .arg(v.voltage[1], 0, 'f', 1)
                            .arg(v.voltage[2], 0, 'f', 1)
                            .arg(v.current[0], 0, 'f', 2)
                            .arg(v.current[1], 0, 'f', 2)
                            .arg(v.current[2], 0, 'f', 2)
                            .arg(v.kwTotal, 0, 'f', 2)
                            .arg(v.kvarTotal, 0, 'f', 2)
                            .arg(v.kvaTotal, 0, 'f', 2)
                     << CliText::tr("   PF: %1  f: %2 Hz  up %3 s")
                            .arg(v.powerFactor, 0, 'f', 3)
                            .arg(v.frequency, 0, 'f', 2)
                            .arg(v.secondsSincePowerUp, 0, 'f', 0)
                     << '\n';
        }
        cl.out().flush();
    }
    return ExitOk;
}

} // namespace commissioner::cli
