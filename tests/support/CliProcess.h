#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace testsupport {

// commissioner-cli (COMMISSIONER_CLI_PATH) run as a person runs it: its own process, no
// terminal. run() waits (bounded) for the end; start() leaves it running for tests that
// kill it or change the meter under it. The destructor always reaps the process.
class CliProcess
{
public:
    CliProcess() = default;
    ~CliProcess();
    CliProcess(const CliProcess&) = delete;
    CliProcess& operator=(const CliProcess&) = delete;

    // Runs to the end; false when it did not finish within timeoutMs (it is killed then).
    bool run(const QStringList& arguments, int timeoutMs = 60000);
    bool start(const QStringList& arguments);
    bool waitForFinished(int timeoutMs);
    void kill9();
    void interrupt(); // SIGINT, as Ctrl-C

    int exitCode() const { return m_process.exitCode(); }
    bool crashed() const { return m_process.exitStatus() == QProcess::CrashExit; }
    QString out();
    QString err();
    QString all() { return out() + err(); }

    static QString program();

private:
    void drain();
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace testsupport
