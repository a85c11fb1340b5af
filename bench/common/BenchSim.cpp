#include "BenchSim.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace bench {

BenchSim::~BenchSim()
{
    kill9();
}

QString BenchSim::program()
{
    const QByteArray env = qgetenv("METERSIM");
    return env.isEmpty() ? QStringLiteral(BENCH_METERSIM_PATH) : QString::fromLocal8Bit(env);
}

bool BenchSim::start(const QStringList& arguments, int readyCount, int timeoutMs)
{
    kill9();
    m_tcpPort = 0;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // Its log goes nowhere unless asked for: a bench prints figures, not a trace.
    if (qEnvironmentVariableIsEmpty("BENCH_SIM_LOG"))
        m_process.setStandardErrorFile(QProcess::nullDevice());
    else
        m_process.setStandardErrorFile(qEnvironmentVariable("BENCH_SIM_LOG"), QIODevice::Append);
    m_process.start(program(), arguments);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program(), m_process.errorString());
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    int ready = 0;
    QByteArray pending;
    while (ready < readyCount && clock.elapsed() < timeoutMs) {
        if (m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("metersim exited (code %1); set BENCH_SIM_LOG=FILE to see why")
                          .arg(m_process.exitCode());
            return false;
        }
        m_process.waitForReadyRead(100);
        pending += m_process.readAllStandardOutput();
        int nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(nl).trimmed();
            pending.remove(0, nl + 1);
            if (!line.startsWith("READY "))
                continue;
            ++ready;
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() >= 3 && parts[1] == "tcp" && m_tcpPort == 0)
                m_tcpPort = quint16(parts[2].mid(parts[2].lastIndexOf(':') + 1).toUInt());
        }
    }
    if (ready < readyCount) {
        m_error = QStringLiteral("metersim not ready in %1 ms").arg(timeoutMs);
        kill9();
        return false;
    }
    // EVENT lines come a few per upgrade (never per block): the pipe cannot fill.
    return true;
}

void BenchSim::kill9()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool BenchSim::waitForExit(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    return m_process.waitForFinished(timeoutMs);
}

bool BenchSim::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QJsonObject BenchSim::dump(const QString& stateFile)
{
    QProcess p;
    p.start(program(), {QStringLiteral("--state"), stateFile, QStringLiteral("--dump")});
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(2000);
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace bench
