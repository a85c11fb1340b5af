#pragma once

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <csignal>
#include <unistd.h>

namespace xmtest {

// A peer program (rx, sx) run through sh so its stdin/stdout can be a pty; bounded waits.
// It runs in a process group of its own, and the destructor kills the whole group, so
// nothing the shell started is left behind.
class ChildProcess
{
public:
    ~ChildProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            if (m_process.processId() > 0)
                ::kill(-pid_t(m_process.processId()), SIGKILL);
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    bool start(const QString& shellCommand)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
        m_process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), shellCommand});
        return m_process.waitForStarted(5000);
    }
    // Exit code, or -1 if it did not end in time (it is killed then) or crashed.
    int waitForExit(int timeoutMs)
    {
        if (!m_process.waitForFinished(timeoutMs)) {
            if (m_process.processId() > 0)
                ::kill(-pid_t(m_process.processId()), SIGKILL);
            m_process.kill();
            m_process.waitForFinished(3000);
            return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QString errorOutput()
    {
        m_stderr += m_process.readAllStandardError();
        return QString::fromLocal8Bit(m_stderr);
    }
    // For socat: waits (bounded) until its stderr says "PTY is /dev/pts/N"; that path.
    QString waitForPty(int timeoutMs)
    {
        static const QRegularExpression pty(QStringLiteral("PTY is (\\S+)"));
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(50);
            m_stderr += m_process.readAllStandardError();
            const auto m = pty.match(QString::fromLocal8Bit(m_stderr));
            if (m.hasMatch() && m_stderr.contains("starting data transfer loop"))
                return m.captured(1);
        }
        return QString();
    }

private:
    QProcess m_process;
    QByteArray m_stderr;
};

inline QString shellQuote(const QString& s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

} // namespace xmtest
