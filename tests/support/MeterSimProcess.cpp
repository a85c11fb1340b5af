#include "MeterSimProcess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

namespace testsupport {

QString MeterSimProcess::program()
{
    return QStringLiteral(METERSIM_PATH);
}

MeterSimProcess::~MeterSimProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool MeterSimProcess::start(const QStringList& arguments, int timeoutMs)
{
    int expected = 0;
    for (const QString& a : arguments) {
        if (a == QLatin1String("--tcp") || a == QLatin1String("--rtu-tcp") ||
            a == QLatin1String("--serial") || a == QLatin1String("--pty"))
            ++expected;
    }
    m_ready.clear();
    m_events.clear();
    m_eventCursor = 0;
    m_partial.clear();
    m_process.setProgram(program());
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_stderr += "metersim did not start: " + m_process.errorString().toUtf8();
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (m_ready.size() < expected) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
            drain();
            return m_ready.size() >= expected;
        }
        m_process.waitForReadyRead(int(qMin<qint64>(100, deadline.remainingTime())));
        drain();
    }
    return true;
}

bool MeterSimProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 MeterSimProcess::pid() const
{
    return m_process.processId();
}

void MeterSimProcess::drain()
{
    m_stderr += m_process.readAllStandardError();
    m_partial += m_process.readAllStandardOutput();
    int nl;
    while ((nl = m_partial.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_partial.left(nl)).trimmed();
        m_partial.remove(0, nl + 1);
        if (line.startsWith(QLatin1String("READY ")))
            m_ready.append(line.mid(6));
        else if (line.startsWith(QLatin1String("EVENT ")))
            m_events.append(line.mid(6));
    }
}

QString MeterSimProcess::readyAddress(const QString& kind) const
{
    for (const QString& r : m_ready) {
        if (r.startsWith(kind + QLatin1Char(' ')))
            return r.mid(kind.size() + 1);
    }
    return {};
}

QString MeterSimProcess::tcpHost() const
{
    const QString a = readyAddress(QStringLiteral("tcp"));
    return a.left(a.lastIndexOf(QLatin1Char(':')));
}

quint16 MeterSimProcess::tcpPort() const
{
    const QString a = readyAddress(QStringLiteral("tcp"));
    return a.isEmpty() ? 0 : quint16(a.mid(a.lastIndexOf(QLatin1Char(':')) + 1).toUInt());
}

QString MeterSimProcess::rtuTcpHost() const
{
    const QString a = readyAddress(QStringLiteral("rtu-tcp"));
    return a.left(a.lastIndexOf(QLatin1Char(':')));
}

quint16 MeterSimProcess::rtuTcpPort() const
{
    const QString a = readyAddress(QStringLiteral("rtu-tcp"));
    return a.isEmpty() ? 0 : quint16(a.mid(a.lastIndexOf(QLatin1Char(':')) + 1).toUInt());
}

QString MeterSimProcess::serialPath() const
{
    return readyAddress(QStringLiteral("serial"));
}

bool MeterSimProcess::waitForEvent(const QString& name, int timeoutMs, QString* line)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        drain();
        for (int i = m_eventCursor; i < m_events.size(); ++i) {
            const QString& e = m_events[i];
            if (e == name || e.startsWith(name + QLatin1Char(' '))) {
                m_eventCursor = i + 1;
                if (line)
                    *line = e;
                return true;
            }
        }
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
            return false;
        m_process.waitForReadyRead(int(qMin<qint64>(100, deadline.remainingTime())));
    }
}

QStringList MeterSimProcess::events()
{
    drain();
    return m_events;
}

void MeterSimProcess::kill9()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill(); // SIGKILL on Unix
    m_process.waitForFinished(5000);
    drain();
}

bool MeterSimProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    m_process.terminate();
    if (m_process.waitForFinished(timeoutMs)) {
        drain();
        return true;
    }
    kill9();
    return false;
}

bool MeterSimProcess::waitForExit(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    const bool done = m_process.waitForFinished(timeoutMs);
    drain();
    return done;
}

QString MeterSimProcess::errorOutput()
{
    drain();
    return QString::fromUtf8(m_stderr);
}

QJsonObject MeterSimProcess::dump(const QString& stateFile, int timeoutMs)
{
    QProcess p;
    p.start(program(), {QStringLiteral("--state"), stateFile, QStringLiteral("--dump")});
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace testsupport
