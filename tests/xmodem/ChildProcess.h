#pragma once

#include <QProcess>
#include <QStringList>

namespace xmtest {

// A peer program (rx, sx) run through sh so its stdin/stdout can be a pty; bounded waits,
// and always killed and reaped by the destructor.
class ChildProcess
{
public:
    ~ChildProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    // shellCommand should `exec` the program, so that the pid killed is the program's.
    bool start(const QString& shellCommand)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), shellCommand});
        return m_process.waitForStarted(5000);
    }
    // Exit code, or -1 if it did not end in time (it is killed then) or crashed.
    int waitForExit(int timeoutMs)
    {
        if (!m_process.waitForFinished(timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(3000);
            return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QString errorOutput() { return QString::fromLocal8Bit(m_process.readAllStandardError()); }

private:
    QProcess m_process;
};

inline QString shellQuote(const QString& s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

} // namespace xmtest
