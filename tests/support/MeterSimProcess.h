#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace testsupport {

// metersim (METERSIM_PATH) as a child process for tests: started with the given options,
// READY lines parsed, EVENT lines collected. Every wait is bounded; the destructor always
// reaps the process, so a failing test leaves nothing behind.
class MeterSimProcess
{
public:
    MeterSimProcess() = default;
    ~MeterSimProcess();
    MeterSimProcess(const MeterSimProcess&) = delete;
    MeterSimProcess& operator=(const MeterSimProcess&) = delete;

    // Starts metersim and waits for one READY line per --tcp/--rtu-tcp/--serial/--pty given.
    // False (with errorOutput() explaining) if it exits or is not ready in time.
    bool start(const QStringList& arguments, int timeoutMs = 10000);
    bool isRunning() const;
    qint64 pid() const;

    // From the READY lines (the first of each kind); empty / 0 when there is none.
    QString tcpHost() const;
    quint16 tcpPort() const;
    QString rtuTcpHost() const;
    quint16 rtuTcpPort() const;
    QString serialPath() const; // --serial DEV or the slave of --pty
    QStringList readyLines() const { return m_ready; }

    // Waits for the next "EVENT NAME ..." line not yet consumed by an earlier wait; the
    // line is returned in *line. Events seen before are consumed up to the match.
    bool waitForEvent(const QString& name, int timeoutMs = 10000, QString* line = nullptr);
    QStringList events(); // every EVENT line so far (without "EVENT ")

    void kill9();                    // SIGKILL and reap: a power loss
    bool stop(int timeoutMs = 3000); // terminate, bounded wait, then kill
    bool waitForExit(int timeoutMs); // e.g. after a --power-loss-* fault
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    int exitCode() const { return m_process.exitCode(); }
    QString errorOutput(); // stderr so far

    // `metersim --state FILE --dump`, parsed; empty object on failure.
    static QJsonObject dump(const QString& stateFile, int timeoutMs = 10000);
    static QString program();

private:
    void drain();
    QString readyAddress(const QString& kind) const;

    QProcess m_process;
    QByteArray m_partial;
    QStringList m_ready;
    QStringList m_events;
    int m_eventCursor = 0;
    QByteArray m_stderr;
};

} // namespace testsupport
