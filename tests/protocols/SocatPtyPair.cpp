#include "SocatPtyPair.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

SocatPtyPair::~SocatPtyPair()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool SocatPtyPair::start(int timeoutMs)
{
    m_process.setProgram(QStringLiteral("socat"));
    m_process.setArguments({QStringLiteral("-d"), QStringLiteral("-d"),
                            QStringLiteral("pty,raw,echo=0"), QStringLiteral("pty,raw,echo=0")});
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    // socat -d -d logs "... N PTY is /dev/pts/7" for each end, then "starting data transfer loop".
    static const QRegularExpression ptyLine(QStringLiteral("PTY is (\\S+)"));
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(int(qMin<qint64>(100, deadline.remainingTime())));
        m_stderr += m_process.readAllStandardError();
        QStringList paths;
        auto it = ptyLine.globalMatch(QString::fromLocal8Bit(m_stderr));
        while (it.hasNext())
            paths.append(it.next().captured(1));
        if (paths.size() >= 2 && m_stderr.contains("starting data transfer loop")) {
            m_first = paths[0];
            m_second = paths[1];
            return true;
        }
    }
    return false;
}
