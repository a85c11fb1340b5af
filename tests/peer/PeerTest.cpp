// Peers nobody here wrote, against metersim: mbpoll (libmodbus) over Modbus TCP and over
// RTU on a socat pty pair, and pymodbus doing a small upgrade over Modbus TCP.
#include "CatchCompat.h"
#include "MeterSimProcess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using testsupport::MeterSimProcess;

namespace {

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString out;
};

// Runs a program to completion, bounded in time; never leaves it behind.
Run run(const QString& program, const QStringList& args, int timeoutMs = 20000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Run r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromLocal8Bit(p.readAll());
    return r;
}

// mbpoll prints one "[ADDRESS]: <tab>VALUE" line per register.
QMap<int, int> mbpollValues(const QString& out)
{
    QMap<int, int> values;
    static const QRegularExpression line(QStringLiteral("^\\[(\\d+)\\]:\\s+(-?\\d+)\\s*$"),
                                         QRegularExpression::MultilineOption);
    auto it = line.globalMatch(out);
    while (it.hasNext()) {
        const auto m = it.next();
        values.insert(m.captured(1).toInt(), m.captured(2).toInt());
    }
    return values;
}

QString asciiFrom(const QMap<int, int>& v, int first, int regs)
{
    QByteArray b;
    for (int a = first; a < first + regs; ++a) {
        b.append(char(v.value(a) >> 8));
        b.append(char(v.value(a) & 0xFF));
    }
    return QString::fromLatin1(b.constData());
}

// A socat pty pair, both ends raw; reaped when it goes out of scope.
struct SocatPair
{
    QProcess process;
    QString a;
    QString b;
    bool start()
    {
        process.start(QStringLiteral("socat"),
                      {QStringLiteral("-d"), QStringLiteral("-d"), QStringLiteral("pty,raw,echo=0"),
                       QStringLiteral("pty,raw,echo=0")});
        if (!process.waitForStarted(5000))
            return false;
        static const QRegularExpression pty(QStringLiteral("PTY is (\\S+)"));
        QString err;
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && process.state() == QProcess::Running) {
            process.setReadChannel(QProcess::StandardError);
            process.waitForReadyRead(200);
            err += QString::fromLocal8Bit(process.readAllStandardError());
            if (err.contains(QLatin1String("starting data transfer loop"))) {
                auto it = pty.globalMatch(err);
                QStringList paths;
                while (it.hasNext())
                    paths << it.next().captured(1);
                if (paths.size() == 2) {
                    a = paths[0];
                    b = paths[1];
                    return true;
                }
            }
        }
        return false;
    }
    ~SocatPair()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(3000)) {
                process.kill();
                process.waitForFinished(3000);
            }
        }
    }
};

} // namespace

TEST_CASE("mbpoll over Modbus TCP reads the identity block and writes a template setting", "[peer]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("mbpoll")).isEmpty());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString state = dir.filePath(QStringLiteral("tcp.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--tcp"), QStringLiteral("0"), QStringLiteral("--state"),
                       state, QStringLiteral("--serial-number"), QStringLiteral("PC-0209A001-42"),
                       QStringLiteral("--fw"), QStringLiteral("1.6.3"), QStringLiteral("--hw"),
                       QStringLiteral("4")}));
    const QStringList tcp = {
        QStringLiteral("-m"),           QStringLiteral("tcp"), QStringLiteral("-p"),
        QString::number(sim.tcpPort()), QStringLiteral("-a"),  QStringLiteral("1"),
        QStringLiteral("-0"),           QStringLiteral("-o"),  QStringLiteral("2")};

    Run r = run(QStringLiteral("mbpoll"),
                tcp + QStringList{QStringLiteral("-r"), QStringLiteral("0"), QStringLiteral("-c"),
                                  QStringLiteral("32"), QStringLiteral("-1"), sim.tcpHost()});
    INFO(r.out.toStdString());
    REQUIRE(r.exitCode == 0);
    QMap<int, int> v = mbpollValues(r.out);
    REQUIRE(v.size() == 32);
    CHECK(v[0] == 1);
    CHECK(v[1] == 7350);
    CHECK(v[2] == 4);
    CHECK((QList<int>{v[3], v[4], v[5]}) == (QList<int>{1, 6, 3}));
    CHECK(asciiFrom(v, 6, 8) == QStringLiteral("PC-0209A001-42"));
    CHECK(asciiFrom(v, 14, 8) == QStringLiteral("EM7350"));
    CHECK(v[22] == 0);
    CHECK(v[25] == 2);

    // DST_ENABLE = 1, then read back
    r = run(QStringLiteral("mbpoll"),
            tcp + QStringList{QStringLiteral("-r"), QStringLiteral("1011"), sim.tcpHost(),
                              QStringLiteral("1")});
    INFO(r.out.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QLatin1String("Written 1 references")));
    r = run(QStringLiteral("mbpoll"),
            tcp + QStringList{QStringLiteral("-r"), QStringLiteral("1011"), QStringLiteral("-1"),
                              sim.tcpHost()});
    CHECK(mbpollValues(r.out).value(1011, -1) == 1);
    // CT_SECONDARY only takes 1 or 5: mbpoll reports the exception
    r = run(QStringLiteral("mbpoll"),
            tcp + QStringList{QStringLiteral("-r"), QStringLiteral("1005"), sim.tcpHost(),
                              QStringLiteral("2")});
    CHECK(r.exitCode != 0);
    CHECK(r.out.contains(QLatin1String("Illegal data value")));

    REQUIRE(sim.stop());
    const QJsonObject d = MeterSimProcess::dump(state);
    CHECK(d.value(QStringLiteral("template")).toObject().value(QStringLiteral("1011")).toInt() ==
          1);
    CHECK(d.value(QStringLiteral("template")).toObject().value(QStringLiteral("1005")).toInt() ==
          5);
}

TEST_CASE("mbpoll over Modbus RTU on a socat pty pair", "[peer]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty());
    SocatPair line;
    REQUIRE(line.start());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString state = dir.filePath(QStringLiteral("rtu.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--serial"), line.a, QStringLiteral("--baud"),
                       QStringLiteral("19200"), QStringLiteral("--parity"), QStringLiteral("E"),
                       QStringLiteral("--state"), state, QStringLiteral("--type"),
                       QStringLiteral("7330"), QStringLiteral("--meter"),
                       QStringLiteral("unit=5,serial=PC-0209A001-55")}));
    CHECK(sim.serialPath() == line.a);
    const QStringList rtu = {QStringLiteral("-m"),    QStringLiteral("rtu"), QStringLiteral("-b"),
                             QStringLiteral("19200"), QStringLiteral("-P"),  QStringLiteral("even"),
                             QStringLiteral("-0"),    QStringLiteral("-o"),  QStringLiteral("2")};

    Run r = run(QStringLiteral("mbpoll"),
                rtu + QStringList{QStringLiteral("-a"), QStringLiteral("1"), QStringLiteral("-r"),
                                  QStringLiteral("0"), QStringLiteral("-c"), QStringLiteral("32"),
                                  QStringLiteral("-1"), line.b});
    INFO(r.out.toStdString());
    REQUIRE(r.exitCode == 0);
    QMap<int, int> v = mbpollValues(r.out);
    CHECK(v.value(1) == 7330);
    CHECK(asciiFrom(v, 14, 8) == QStringLiteral("EM7330"));
    CHECK(v.value(25) == 1);

    r = run(QStringLiteral("mbpoll"),
            rtu + QStringList{QStringLiteral("-a"), QStringLiteral("5"), QStringLiteral("-r"),
                              QStringLiteral("6"), QStringLiteral("-c"), QStringLiteral("8"),
                              QStringLiteral("-1"), line.b});
    CHECK(asciiFrom(mbpollValues(r.out), 6, 8) == QStringLiteral("PC-0209A001-55"));

    // ITC_ENABLE = 1 on unit 5 only
    r = run(QStringLiteral("mbpoll"),
            rtu + QStringList{QStringLiteral("-a"), QStringLiteral("5"), QStringLiteral("-r"),
                              QStringLiteral("1130"), line.b, QStringLiteral("1")});
    INFO(r.out.toStdString());
    REQUIRE(r.exitCode == 0);
    r = run(QStringLiteral("mbpoll"),
            rtu + QStringList{QStringLiteral("-a"), QStringLiteral("5"), QStringLiteral("-r"),
                              QStringLiteral("1130"), QStringLiteral("-1"), line.b});
    CHECK(mbpollValues(r.out).value(1130, -1) == 1);
    r = run(QStringLiteral("mbpoll"),
            rtu + QStringList{QStringLiteral("-a"), QStringLiteral("1"), QStringLiteral("-r"),
                              QStringLiteral("1130"), QStringLiteral("-1"), line.b});
    CHECK(mbpollValues(r.out).value(1130, -1) == 0);
    // a unit nobody answers to times out
    r = run(QStringLiteral("mbpoll"),
            rtu + QStringList{QStringLiteral("-a"), QStringLiteral("9"), QStringLiteral("-r"),
                              QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("-o"),
                              QStringLiteral("0.5"), line.b});
    CHECK(mbpollValues(r.out).isEmpty());

    REQUIRE(sim.stop());
    // the first meter's state file; the second keeps its state in memory
    CHECK(MeterSimProcess::dump(state)
              .value(QStringLiteral("template"))
              .toObject()
              .value(QStringLiteral("1130"))
              .toInt() == 0);
}

TEST_CASE("pymodbus reads the identity and upgrades the meter over Modbus TCP", "[peer]")
{
    const QString python = QStringLiteral("/usr/bin/python3");
    REQUIRE(QFile::exists(python));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString state = dir.filePath(QStringLiteral("py.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--tcp"), QStringLiteral("0"), QStringLiteral("--state"),
                       state, QStringLiteral("--verify-ms"), QStringLiteral("200"),
                       QStringLiteral("--install-ms"), QStringLiteral("700")}));
    const int size = 5001;
    QByteArray image(size, '\0');
    for (int i = 0; i < size; ++i)
        image[i] = char((i * 7 + 3) % 256);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex());

    const Run r = run(python,
                      {QStringLiteral(PEER_SCRIPT_DIR "/pymodbus_upgrade.py"), sim.tcpHost(),
                       QString::number(sim.tcpPort()), QString::number(size)},
                      60000);
    INFO(r.out.toStdString());
    REQUIRE(r.finished);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("OK ") + sha));
    CHECK(r.out.contains(QLatin1String("identity type=7350 model=EM7350 fw=1.0.0")));
    CHECK(sim.waitForEvent(QStringLiteral("begin"), 1000));
    CHECK(sim.waitForEvent(QStringLiteral("installed"), 1000));

    REQUIRE(sim.stop());
    const QJsonObject d = MeterSimProcess::dump(state);
    CHECK(d.value(QStringLiteral("installed_sha256")).toString() == sha);
    CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("3.2.1"));
    CHECK(d.value(QStringLiteral("status")).toInt() == 4);
    CHECK(d.value(QStringLiteral("next_offset")).toInt() == 0);
    CHECK(d.value(QStringLiteral("bytes_received_total")).toInt() == size);
}
