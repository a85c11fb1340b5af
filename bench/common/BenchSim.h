#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace bench {

// metersim as a child process: started with the given options, its READY lines parsed.
// Every wait is bounded; the destructor kills and reaps it, so nothing outlives a bench.
class BenchSim
{
public:
    BenchSim() = default;
    ~BenchSim();
    BenchSim(const BenchSim&) = delete;
    BenchSim& operator=(const BenchSim&) = delete;

    // Waits for `readyCount` READY lines; false (with error()) if it exits or times out.
    bool start(const QStringList& arguments, int readyCount = 1, int timeoutMs = 10000);
    void kill9();                    // a power loss
    bool waitForExit(int timeoutMs); // e.g. after --power-loss-at-offset
    bool isRunning() const;
    quint16 tcpPort() const { return m_tcpPort; }
    QString error() const { return m_error; }

    // `metersim --state FILE --dump`, parsed; empty object on failure.
    static QJsonObject dump(const QString& stateFile);
    static QString program(); // METERSIM env, else the one built next to this bench

private:
    QProcess m_process;
    quint16 m_tcpPort = 0;
    QString m_error;
};

} // namespace bench
