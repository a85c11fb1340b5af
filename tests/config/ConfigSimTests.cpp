// `config show|set|history` and `report` as a technician runs them, against metersim in its
// own process over Modbus TCP on 127.0.0.1; what the meter stored is read with
// `metersim --state F --dump`, register by register, as the spec lays the values out.
#include "CatchCompat.h"
#include "CliProcess.h"
#include "MeterFiles.h"
#include "MeterSimProcess.h"
#include "TestPackages.h"
#include "settings/DeviceProfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using testsupport::CliProcess;
using testsupport::MeterSimProcess;

namespace {

const QString kSerial = QStringLiteral("PC-0209A001-11");

const commissioner::DeviceProfile& profile()
{
    static const commissioner::DeviceProfiles all = commissioner::DeviceProfiles::load().value();
    return *all.forDeviceType(7350);
}

using Regs = QMap<int, int>;

// One metersim with its state file and a data folder for the CLI.
struct Meter
{
    QTemporaryDir dir;
    MeterSimProcess sim;
    QString statePath() const { return dir.filePath(QStringLiteral("meter.json")); }
    QString dataDir() const { return dir.filePath(QStringLiteral("data")); }

    void start(const QStringList& extra = {})
    {
        REQUIRE(dir.isValid());
        REQUIRE(sim.start(QStringList{QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0"),
                                      QStringLiteral("--state"), statePath(),
                                      QStringLiteral("--serial-number"), kSerial} +
                          extra));
    }
    QStringList link(int unit = 1) const
    {
        return {QStringLiteral("--tcp"),        QStringLiteral("127.0.0.1:%1").arg(sim.tcpPort()),
                QStringLiteral("--unit"),       QString::number(unit),
                QStringLiteral("--timeout-ms"), QStringLiteral("400"),
                QStringLiteral("--retries"),    QStringLiteral("1"),
                QStringLiteral("--data-dir"),   dataDir()};
    }
    // The template registers the meter stored.
    Regs stored() const
    {
        const QJsonObject t =
            MeterSimProcess::dump(statePath()).value(QStringLiteral("template")).toObject();
        Regs r;
        for (auto it = t.begin(); it != t.end(); ++it)
            r.insert(it.key().toInt(), it.value().toInt());
        REQUIRE(r.size() > 40);
        return r;
    }
    QStringList history() const
    {
        QFile f(meterHistoryPath(dataDir(), kSerial, 7350));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QStringList backups() const
    {
        return QDir(meterBackupsDir(dataDir(), kSerial, 7350))
            .entryList({QStringLiteral("*.json")}, QDir::Files);
    }
};

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run cli(const QStringList& args, int timeoutMs = 60000)
{
    CliProcess p;
    const bool finished = p.run(args, timeoutMs);
    Run r{p.exitCode(), p.out(), p.err()};
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n"
                                                   << r.out.toStdString() << r.err.toStdString());
    REQUIRE(finished);
    REQUIRE_FALSE(p.crashed());
    return r;
}

// The spec's layouts, written out here rather than taken from core.
void u32(Regs& r, int at, quint32 v)
{
    r[at] = int(v >> 16);
    r[at + 1] = int(v & 0xFFFF);
}
void u64(Regs& r, int at, quint64 v)
{
    for (int i = 0; i < 4; ++i)
        r[at + i] = int((v >> (48 - 16 * i)) & 0xFFFF);
}
void ascii(Regs& r, int at, int count, const QByteArray& text)
{
    for (int i = 0; i < count; ++i) {
        const int hi = 2 * i < text.size() ? quint8(text[2 * i]) : 0;
        const int lo = 2 * i + 1 < text.size() ? quint8(text[2 * i + 1]) : 0;
        r[at + i] = (hi << 8) | lo;
    }
}

QStringList args(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* w : words)
        out << QString::fromUtf8(w);
    return out;
}

} // namespace

TEST_CASE("config show prints every setting with its value, unit and rule; --json too",
          "[config][cli][sim]")
{
    Meter m;
    m.start();
    Run r = cli(m.link() + args({"config", "show"}));
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(kSerial));
    for (const auto& s : profile().settings())
        CHECK(r.out.contains(s.name));
    CHECK(r.out.contains(QStringLiteral("Transformers")));
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("PT_PRIMARY +120 +V +1 to 1000000"))));
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("VOLTS_MODE +0 \\(4W-WYE\\)"))));
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("CT_SECONDARY +5 +A +one of 1, 5"))));

    r = cli(m.link() + args({"config", "show", "--json"}));
    REQUIRE(r.exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(doc.value(QStringLiteral("serial_number")).toString() == kSerial);
    const QJsonArray settings = doc.value(QStringLiteral("settings")).toArray();
    REQUIRE(settings.size() == profile().settings().size());
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue& v : settings)
        byName.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    CHECK(byName[QStringLiteral("PT_PRIMARY")].value(QStringLiteral("value")).toInt() == 120);
    CHECK(byName[QStringLiteral("PT_PRIMARY")].value(QStringLiteral("unit")).toString() ==
          QStringLiteral("V"));
    CHECK(byName[QStringLiteral("KWH_DELIVERED")].value(QStringLiteral("value")).toString() ==
          QStringLiteral("0"));
    CHECK(byName[QStringLiteral("VOLTS_MODE")].value(QStringLiteral("display")).toString() ==
          QStringLiteral("0 (4W-WYE)"));
    CHECK(byName[QStringLiteral("COMM_BAUD")].value(QStringLiteral("display")).toString() ==
          QStringLiteral("1 (19200)"));

    // Names and groups pick what is shown; an unknown one is a usage error.
    r = cli(m.link() + args({"config", "show", "transformers", "comm_unit_id", "--json"}));
    REQUIRE(r.exitCode == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8())
              .object()
              .value(QStringLiteral("settings"))
              .toArray()
              .size() == 5);
    r = cli(m.link() + args({"config", "show", "NO_SUCH"}));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("NO_SUCH")));
}

TEST_CASE("config set writes several values, each stored as the spec lays it out",
          "[config][cli][sim]")
{
    Meter m;
    m.start();
    const Regs before = m.stored();
    Run r = cli(m.link() +
                QStringList{QStringLiteral("config"), QStringLiteral("set"),
                            QStringLiteral("PT_PRIMARY=14400"), QStringLiteral("CT_SECONDARY=1"),
                            QStringLiteral("volts_mode=delta"), QStringLiteral("TZ_OFFSET=-300"),
                            QStringLiteral("NAMEPLATE_OWNER=City <North>"),
                            QStringLiteral("ITC_PHASE_A=-300"), QStringLiteral("CT_PRIMARY=5"),
                            QStringLiteral("--yes")});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Every value written reads back as set")));
    CHECK(
        r.out.contains(QRegularExpression(QStringLiteral("PT_PRIMARY +verified: reads 14400 V"))));
    CHECK(r.out.contains(
        QRegularExpression(QStringLiteral("VOLTS_MODE +verified: reads 1 \\(DELTA\\)"))));
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("CT_PRIMARY +unchanged: already 5 A"))));

    Regs want = before;
    u32(want, 1000, 14400);
    want[1005] = 1;
    want[1006] = 1;
    want[1010] = 0x10000 - 300;
    ascii(want, 1020, 16, "City <North>");
    want[1137] = 0x10000 - 300;
    CHECK(m.stored() == want);

    // A backup came first; the history has one line per changed setting.
    CHECK(m.backups().size() == 1);
    CHECK(m.backups().value(0).contains(QStringLiteral("config-set")));
    const QStringList h = m.history();
    REQUIRE(h.size() == 6);
    const QJsonObject first = QJsonDocument::fromJson(h[0].toUtf8()).object();
    CHECK(first.value(QStringLiteral("setting")).toString() == QStringLiteral("PT_PRIMARY"));
    CHECK(first.value(QStringLiteral("from")).toString() == QStringLiteral("120"));
    CHECK(first.value(QStringLiteral("to")).toString() == QStringLiteral("14400"));
    CHECK(first.value(QStringLiteral("unit")).toString() == QStringLiteral("V"));
    CHECK(first.value(QStringLiteral("result")).toString() == QStringLiteral("verified"));
    CHECK(first.value(QStringLiteral("tool")).toString() ==
          QStringLiteral("commissioner-cli config set"));
    CHECK_FALSE(first.value(QStringLiteral("user")).toString().isEmpty());
    CHECK(QDateTime::fromString(first.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
              .isValid());
    CHECK(QJsonDocument::fromJson(h[2].toUtf8()).object().value(QStringLiteral("to")).toString() ==
          QStringLiteral("1 (DELTA)"));

    // `config history` prints them.
    r = cli(m.link() + args({"config", "history"}));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(
        QRegularExpression(QStringLiteral("VOLTS_MODE +0 \\(4W-WYE\\) +1 \\(DELTA\\) +verified"))));
    CHECK(r.out.contains(QStringLiteral("commissioner-cli config set")));
    r = cli(args({"config", "history", "--json", "--meter"}) +
            QStringList{kSerial, QStringLiteral("--data-dir"), m.dataDir()});
    CHECK(r.exitCode == 0);
    CHECK(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 6);
}

TEST_CASE("config set refuses bad values, naming each, and writes nothing", "[config][cli][sim]")
{
    Meter m;
    m.start();
    const Regs before = m.stored();
    const Run r = cli(
        m.link() + args({"config", "set", "PT_PRIMARY=14400", "CT_SECONDARY=3", "PT_SECONDARY=691",
                         "NO_SUCH=1", "CLOCK_UTC=5", "VOLTS_MODE=wye", "TZ_OFFSET=abc", "--yes"}));
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(
        QStringLiteral("CT_SECONDARY: \"3\" is not one of the choices (one of 1, 5)")));
    CHECK(r.err.contains(
        QStringLiteral("PT_SECONDARY: 691 is above the maximum (allowed: 1 to 690)")));
    CHECK(r.err.contains(QStringLiteral("NO_SUCH: no such setting")));
    CHECK(r.err.contains(QStringLiteral("CLOCK_UTC is not a setting")));
    CHECK(r.err.contains(QStringLiteral("VOLTS_MODE: \"wye\" is not one of the choices")));
    CHECK(r.err.contains(QStringLiteral("TZ_OFFSET: \"abc\" is not a whole number")));
    CHECK(r.err.contains(QStringLiteral("nothing was written")));
    CHECK(m.stored() == before);
    CHECK(m.history().isEmpty());
    CHECK(m.backups().isEmpty());

    // Not NAME=VALUE: refused before the meter is even asked.
    const Run bad = cli(m.link() + args({"config", "set", "PT_PRIMARY", "--yes"}));
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("\"PT_PRIMARY\" is not NAME=VALUE")));
}

TEST_CASE(
    "config set asks first: no terminal and no --yes writes nothing; energy needs --preset-energy",
    "[config][cli][sim]")
{
    Meter m;
    m.start();
    const Regs before = m.stored();
    Run r = cli(m.link() + args({"config", "set", "PT_PRIMARY=14400"}));
    CHECK(r.exitCode == 7);
    CHECK(r.err.contains(QStringLiteral("give --yes")));
    r = cli(m.link() +
            args({"config", "set", "KWH_DELIVERED=123456789012", "PT_PRIMARY=14400", "--yes"}));
    CHECK(r.exitCode == 7);
    CHECK(r.out.contains(QStringLiteral("energy readings used for billing")));
    CHECK(r.err.contains(QStringLiteral("--preset-energy")));
    CHECK(m.stored() == before);
    r = cli(m.link() + args({"config", "set", "KWH_DELIVERED=123456789012", "--dry-run"}));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Dry run: nothing was written.")));
    CHECK(m.stored() == before);
    CHECK(m.history().isEmpty());

    r = cli(m.link() + args({"config", "set", "KWH_DELIVERED=123456789012",
                             "KVAH=18446744073709551615", "--yes", "--preset-energy"}));
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    Regs want = before;
    u64(want, 1100, Q_UINT64_C(123456789012));
    u64(want, 1116, Q_UINT64_C(18446744073709551615));
    CHECK(m.stored() == want);
    CHECK(m.history().size() == 2);
}

TEST_CASE(
    "a meter that refuses a value: the settings before it are written, it and those after are not",
    "[config][cli][sim]")
{
    Meter m;
    m.start({QStringLiteral("--refuse-write"), QStringLiteral("1008")});
    const Regs before = m.stored();
    const Run r = cli(m.link() + args({"config", "set", "NAMEPLATE_TAG1=Bay 3",
                                       "NOMINAL_VOLTAGE=240", "PT_PRIMARY=14400", "--yes"}));
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 4);
    CHECK(
        r.out.contains(QRegularExpression(QStringLiteral("PT_PRIMARY +verified: reads 14400 V"))));
    CHECK(r.out.contains(QRegularExpression(
        QStringLiteral("NOMINAL_VOLTAGE +REFUSED by the meter, unchanged: .*exception 03"))));
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("NAMEPLATE_TAG1 +not written"))));
    Regs want = before;
    u32(want, 1000, 14400);
    CHECK(m.stored() == want);
    const QStringList h = m.history();
    REQUIRE(h.size() == 1);
    CHECK(h[0].contains(QStringLiteral("\"setting\":\"PT_PRIMARY\"")));
}

TEST_CASE("a COMM_UNIT_ID change is written last and the tool follows the meter to its new unit",
          "[config][cli][sim]")
{
    Meter m;
    m.start();
    const Regs before = m.stored();
    Run r =
        cli(m.link() + args({"config", "set", "COMM_UNIT_ID=7", "NOMINAL_FREQUENCY=50", "--yes"}));
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("looks for the meter at unit 7")));
    CHECK(r.out.contains(QStringLiteral("the meter answers at its new settings (unit 7)")));
    CHECK(r.out.contains(QStringLiteral("--unit 7")));
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("COMM_UNIT_ID +verified: reads 7"))));
    Regs want = before;
    want[1007] = 50;
    want[1150] = 7;
    CHECK(m.stored() == want);
    const QStringList h = m.history();
    REQUIRE(h.size() == 2);
    CHECK(h[1].contains(QStringLiteral("\"setting\":\"COMM_UNIT_ID\"")));
    CHECK(h[1].contains(QStringLiteral("\"from\":\"1\"")));
    CHECK(h[1].contains(QStringLiteral("\"to\":\"7\"")));

    // The meter is at unit 7 now, and no longer at unit 1.
    r = cli(m.link(7) + args({"identify"}));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(kSerial));
    r = cli(m.link(1) + args({"identify"}));
    CHECK(r.exitCode == 3);

    // Its serial line's settings change too; over Modbus TCP the session is not theirs.
    r = cli(m.link(7) + args({"config", "set", "COMM_BAUD=9600", "COMM_PARITY=none", "--yes"}));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("the meter answers at its new settings (unit 7)")));
    want[1151] = 0;
    want[1152] = 0;
    CHECK(m.stored() == want);
}

TEST_CASE(
    "the commissioning report holds the identity, the firmware before and after, every setting",
    "[config][cli][sim][report]")
{
    Meter m;
    m.start({QStringLiteral("--fw"), QStringLiteral("1.0.0"), QStringLiteral("--install-ms"),
             QStringLiteral("200"), QStringLiteral("--verify-ms"), QStringLiteral("50")});
    // A real upgrade first, so upgrade.jsonl has this meter's run.
    const auto pkg = testsupport::makePackage(m.dir.path(), 7350, 1, 9, {2, 1, 0}, 4096, 5);
    Run r = cli(m.link() + QStringList{QStringLiteral("upgrade"), pkg.path, QStringLiteral("--yes"),
                                       QStringLiteral("--allow-unsigned")},
                120000);
    REQUIRE(r.exitCode == 0);
    r = cli(m.link() +
            args({"config", "set", "PT_PRIMARY=14400", "NAMEPLATE_OWNER=City & North", "--yes"}));
    REQUIRE(r.exitCode == 0);

    const QString html = m.dir.filePath(QStringLiteral("report.html"));
    r = cli(m.link() + QStringList{QStringLiteral("report"), QStringLiteral("--out"), html,
                                   QStringLiteral("--technician"),
                                   QStringLiteral("A. Technician")});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    QFile f(html);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(kSerial));
    CHECK(text.contains(QStringLiteral("EM7350")));
    CHECK(text.contains(QStringLiteral("A. Technician")));
    CHECK(text.contains(QStringLiteral("<td>1.0.0</td>"))); // before the upgrade
    CHECK(text.contains(QStringLiteral("<td>2.1.0</td>"))); // after
    CHECK(text.contains(QStringLiteral("Checks passed")));
    for (const auto& s : profile().settings())
        CHECK(text.contains(QStringLiteral("<td>%1</td>").arg(s.name)));
    CHECK(text.contains(QStringLiteral("<td>14400</td>")));
    CHECK(text.contains(QStringLiteral("City &amp; North")));
    CHECK(text.contains(QStringLiteral("Live readings")));
    CHECK(text.contains(QStringLiteral("Frequency")));
    // Compared with the backup config set took: the two settings it changed differ.
    CHECK(text.contains(QStringLiteral("Settings that differ from the backup: 2")));
    CHECK(text.contains(QStringLiteral("commissioner-cli config set")));

    const QString pdf = m.dir.filePath(QStringLiteral("report.pdf"));
    r = cli(m.link() + QStringList{QStringLiteral("report"), QStringLiteral("--out"), pdf});
    CHECK(r.exitCode == 0);
    QFile p(pdf);
    REQUIRE(p.open(QIODevice::ReadOnly));
    const QByteArray bytes = p.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.size() > 10000);
    CHECK(bytes.trimmed().endsWith("%%EOF"));

    r = cli(m.link() + QStringList{QStringLiteral("report"), QStringLiteral("--out"),
                                   m.dir.filePath(QStringLiteral("r.txt"))});
    CHECK(r.exitCode == 2);
}

TEST_CASE("config and report explain themselves with --help", "[config][cli]")
{
    for (const QStringList& a :
         {args({"config", "--help"}), args({"config", "show", "--help"}),
          args({"config", "set", "--help"}), args({"config", "history", "--help"}),
          args({"report", "--help"})}) {
        const Run r = cli(a);
        INFO(a.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("Usage:")));
    }
    CHECK(cli(args({"config", "set", "--help"})).out.contains(QStringLiteral("--preset-energy")));
    CHECK(cli(args({"report", "--help"})).out.contains(QStringLiteral("--out")));
}

TEST_CASE("clock sync goes into the meter's history", "[config][cli][sim]")
{
    Meter m;
    m.start();
    const Run r = cli(m.link() + args({"clock", "sync"}));
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    const QStringList h = m.history();
    REQUIRE(h.size() == 1);
    const QJsonObject o = QJsonDocument::fromJson(h[0].toUtf8()).object();
    CHECK(o.value(QStringLiteral("setting")).toString() == QStringLiteral("CLOCK_UTC"));
    CHECK(o.value(QStringLiteral("result")).toString() == QStringLiteral("verified"));
    CHECK(o.value(QStringLiteral("tool")).toString() ==
          QStringLiteral("commissioner-cli clock sync"));
    const QDateTime to =
        QDateTime::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
    REQUIRE(to.isValid());
    CHECK(qAbs(to.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

TEST_CASE("a template restore goes into the meter's history, setting by setting",
          "[config][cli][sim]")
{
    Meter m;
    m.start();
    const QString file = m.dir.filePath(QStringLiteral("site.json"));
    REQUIRE(
        cli(m.link() + args({"config", "set", "PT_PRIMARY=14400", "NAMEPLATE_TAG1=Bay 3", "--yes"}))
            .exitCode == 0);
    REQUIRE(cli(m.link() + QStringList{QStringLiteral("template"), QStringLiteral("save"), file})
                .exitCode == 0);
    REQUIRE(cli(m.link() + args({"config", "set", "PT_PRIMARY=7200", "--yes"})).exitCode == 0);
    REQUIRE(m.history().size() == 3);
    const Run r = cli(m.link() + QStringList{QStringLiteral("template"), QStringLiteral("restore"),
                                             file, QStringLiteral("--yes")});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    // Only the one setting whose value changed is recorded.
    const QStringList h = m.history();
    REQUIRE(h.size() == 4);
    const QJsonObject o = QJsonDocument::fromJson(h[3].toUtf8()).object();
    CHECK(o.value(QStringLiteral("setting")).toString() == QStringLiteral("PT_PRIMARY"));
    CHECK(o.value(QStringLiteral("from")).toString() == QStringLiteral("7200"));
    CHECK(o.value(QStringLiteral("to")).toString() == QStringLiteral("14400"));
    CHECK(o.value(QStringLiteral("result")).toString() == QStringLiteral("verified"));
    CHECK(o.value(QStringLiteral("tool")).toString() ==
          QStringLiteral("commissioner-cli template restore"));
}
