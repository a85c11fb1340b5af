#include "CliProcess.h"

#include <QElapsedTimer>

#ifndef Q_OS_WIN
#include <signal.h>
#endif

namespace testsupport {

CliProcess::~CliProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString CliProcess::program()
{
    return QStringLiteral(COMMISSIONER_CLI_PATH);
}

bool CliProcess::start(const QStringList& arguments)
{
    m_out.clear();
    m_err.clear();
    m_process.setProgram(program());
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    return m_process.waitForStarted(10000);
}

bool CliProcess::run(const QStringList& arguments, int timeoutMs)
{
    if (!start(arguments))
        return false;
    return waitForFinished(timeoutMs);
}

bool CliProcess::waitForFinished(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (m_process.state() != QProcess::NotRunning) {
        if (clock.elapsed() > timeoutMs) {
            m_process.kill();
            m_process.waitForFinished(5000);
            drain();
            return false;
        }
        m_process.waitForFinished(100);
        drain();
    }
    drain();
    return true;
}

void CliProcess::kill9()
{
    m_process.kill();
    m_process.waitForFinished(5000);
    drain();
}

void CliProcess::interrupt()
{
#ifndef Q_OS_WIN
    if (m_process.processId() > 0)
        ::kill(pid_t(m_process.processId()), SIGINT);
#else
    m_process.terminate();
#endif
}

void CliProcess::drain()
{
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
}

QString CliProcess::out()
{
    drain();
    return QString::fromUtf8(m_out);
}

QString CliProcess::err()
{
    drain();
    return QString::fromUtf8(m_err);
}

} // namespace testsupport
