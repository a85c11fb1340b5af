// bench-resume: what an interrupted upgrade costs when it is resumed (issue 3; issue 9 part c).
// Three interruptions, each on a fresh meter (metersim 7350, Modbus TCP on 127.0.0.1):
//   power   the meter dies (--power-loss-at-offset, its reply never sent) and comes back on
//           the same port with the same state; the same job rides through the outage
//   cancel  the job is cancelled between two requests at half way; a new job resumes
//   kill    commissioner-cli is killed with SIGKILL at half way; a new commissioner-cli resumes
// Figure: bytes the meter received beyond the image (bytes_received_total - image size);
// target: at most one block (240 bytes).
#include "BenchImage.h"
#include "BenchReport.h"
#include "BenchSim.h"
#include "JobRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <thread>

using namespace bench;

namespace {

QStringList simArgs(const QString& state, quint16 port)
{
    return {QStringLiteral("--tcp"),        QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("--type"),       QStringLiteral("7350"),
            QStringLiteral("--state"),      state,
            QStringLiteral("--verify-ms"),  QStringLiteral("100"),
            QStringLiteral("--install-ms"), QStringLiteral("300")};
}

JobRunOptions jobOptions(const QString& dir, quint16 port)
{
    JobRunOptions o;
    o.link.kind = commissioner::LinkDescription::Kind::Tcp;
    o.link.host = QStringLiteral("127.0.0.1");
    o.link.port = port;
    o.dataDir = dir + QStringLiteral("/data");
    return o;
}

qint64 extraBytes(const QString& state, int size, QString* status)
{
    const auto d = BenchSim::dump(state);
    *status = QStringLiteral("%1, fw %2")
                  .arg(d.value(QStringLiteral("status_name")).toString(),
                       d.value(QStringLiteral("fw")).toString());
    return qint64(d.value(QStringLiteral("bytes_received_total")).toDouble()) - size;
}

void report(const QString& name, const QString& how, qint64 extra, const QString& status,
            const QString& more)
{
    say(QStringLiteral("  %1: %2").arg(name, how));
    say(QStringLiteral("    bytes received beyond the image: %1 (%2 blocks of 240; target <= 240)  "
                       "meter: %3%4")
            .arg(extra)
            .arg(double(extra) / 240.0, 0, 'f', 2)
            .arg(status, more.isEmpty() ? QString() : QStringLiteral("  ") + more));
}

void powerLoss(int size)
{
    QTemporaryDir dir;
    const QString state = dir.path() + QStringLiteral("/meter.json");
    const commissioner::UpgradeImage image = makeBenchImage(dir.path(), size);
    BenchSim sim;
    QStringList first = simArgs(state, 0);
    first << QStringLiteral("--power-loss-at-offset") << QString::number(size / 2);
    if (!sim.start(first)) {
        say(QStringLiteral("  power: metersim: %1").arg(sim.error()));
        return;
    }
    const quint16 port = sim.tcpPort();
    JobFigures f;
    std::thread worker([&] { f = runUpgradeJob(image, jobOptions(dir.path(), port)); });
    QElapsedTimer outage;
    bool restarted = false;
    if (sim.waitForExit(120000)) { // the power loss
        outage.start();
        QThread::msleep(500); // the meter stays dark a moment
        restarted = sim.start(simArgs(state, port));
    }
    worker.join(); // bounded: the job's outage wait is 60 s
    sim.kill9();
    QString status;
    const qint64 extra = extraBytes(state, size, &status);
    report(QStringLiteral("power"),
           QStringLiteral("meter killed after storing byte %1 of %2 (reply lost), back 0.5 s later "
                          "on the same port")
               .arg(size / 2)
               .arg(size),
           extra, status,
           QStringLiteral("job: %1, %2 retries, restarted %3, job's bytes_sent %4")
               .arg(f.outcomeName)
               .arg(f.retries)
               .arg(restarted ? QStringLiteral("yes") : QStringLiteral("NO"))
               .arg(f.bytesSent));
}

void cancelAndResume(int size)
{
    QTemporaryDir dir;
    const QString state = dir.path() + QStringLiteral("/meter.json");
    const commissioner::UpgradeImage image = makeBenchImage(dir.path(), size);
    BenchSim sim;
    if (!sim.start(simArgs(state, 0))) {
        say(QStringLiteral("  cancel: metersim: %1").arg(sim.error()));
        return;
    }
    JobRunOptions o = jobOptions(dir.path(), sim.tcpPort());
    o.cancelAtBytes = size / 2;
    const JobFigures a = runUpgradeJob(image, o);
    o.cancelAtBytes = -1;
    const JobFigures b = runUpgradeJob(image, o);
    sim.kill9();
    QString status;
    const qint64 extra = extraBytes(state, size, &status);
    report(QStringLiteral("cancel"),
           QStringLiteral("job cancelled at %1 of %2 bytes, then a new job on the same data folder")
               .arg(size / 2)
               .arg(size),
           extra, status,
           QStringLiteral("first job: %1; second: %2, resumed from %3")
               .arg(a.outcomeName, b.outcomeName)
               .arg(b.resumedFrom));
}

bool runCli(QProcess& cli, const QString& dir, const QString& package, quint16 port)
{
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.setStandardOutputFile(dir + QStringLiteral("/cli.out"), QIODevice::Append);
    cli.start(QStringLiteral(BENCH_CLI_PATH),
              {QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:%1").arg(port),
               QStringLiteral("--data-dir"), dir + QStringLiteral("/data"),
               QStringLiteral("upgrade"), package, QStringLiteral("--yes"),
               QStringLiteral("--allow-unsigned")});
    return cli.waitForStarted(10000);
}

void killToolAndResume(int size)
{
    QTemporaryDir dir;
    const QString state = dir.path() + QStringLiteral("/meter.json");
    const commissioner::UpgradeImage image = makeBenchImage(dir.path(), size);
    BenchSim sim;
    if (!sim.start(simArgs(state, 0))) {
        say(QStringLiteral("  kill: metersim: %1").arg(sim.error()));
        return;
    }
    QProcess cli;
    if (!runCli(cli, dir.path(), image.sourcePath, sim.tcpPort())) {
        say(QStringLiteral("  kill: cannot start %1").arg(QStringLiteral(BENCH_CLI_PATH)));
        return;
    }
    // NEXT_OFFSET is the length of metersim's image file: kill the tool once it passes half.
    QElapsedTimer clock;
    clock.start();
    qint64 killedAt = -1;
    while (clock.elapsed() < 120000 && cli.state() == QProcess::Running) {
        const qint64 stored = QFileInfo(state + QStringLiteral(".image")).size();
        if (stored >= size / 2) {
            cli.kill();
            killedAt = stored;
            break;
        }
        QThread::msleep(1);
    }
    cli.waitForFinished(5000);
    QProcess again;
    int code = -1;
    if (runCli(again, dir.path(), image.sourcePath, sim.tcpPort())) {
        if (!again.waitForFinished(120000)) {
            again.kill();
            again.waitForFinished(5000);
        }
        code = again.exitCode();
    }
    sim.kill9();
    QString status;
    const qint64 extra = extraBytes(state, size, &status);
    report(QStringLiteral("kill"),
           QStringLiteral(
               "commissioner-cli killed (SIGKILL) with %1 of %2 bytes stored, then run again")
               .arg(killedAt)
               .arg(size),
           extra, status, QStringLiteral("second run's exit code %1").arg(code));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    quietLogs();
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Bytes sent again when an interrupted upgrade is resumed."));
    p.addHelpOption();
    p.addOptions({{QStringLiteral("size-kib"), QStringLiteral("Image size (1024)."),
                   QStringLiteral("N"), QStringLiteral("1024")},
                  {QStringLiteral("only"), QStringLiteral("power, cancel or kill."),
                   QStringLiteral("NAME")}});
    p.process(app);
    const int size = std::clamp(p.value(QStringLiteral("size-kib")).toInt(), 16, 4096) * 1024;
    const QString only = p.value(QStringLiteral("only"));
    say(QStringLiteral(
            "bench-resume: image %1 bytes, Modbus TCP on 127.0.0.1, metersim 7350 with --state")
            .arg(size));
    if (only.isEmpty() || only == QLatin1String("power"))
        powerLoss(size);
    if (only.isEmpty() || only == QLatin1String("cancel"))
        cancelAndResume(size);
    if (only.isEmpty() || only == QLatin1String("kill"))
        killToolAndResume(size);
    return 0;
}
