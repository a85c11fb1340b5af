#pragma once

#include <QByteArray>
#include <QString>
#include <atomic>
#include <mutex>
#include <thread>

namespace commissioner {

class ModemPort;

// Carries a connected call's bytes between the modem's serial port and one end of a
// socket pair whose other end libmodbus reads and writes, and watches them for the
// modem's "NO CARRIER" (and DCD where the port has it).
//
// Why not give libmodbus the port's descriptor itself: when the carrier is lost the modem
// says NO CARRIER in place of the answer, and libmodbus reads those bytes into a buffer of
// its own and reports only a timeout or a bad frame; the text is gone, and every retry
// would time out against a modem in command mode. Seeing the bytes first lets the request
// end at once with LinkDown. The port itself stays open (DTR up): only the copy stops.
// When the call is lost the relay shuts its end down, so libmodbus's next read returns
// 0 (ECONNRESET) and its next write fails (EPIPE): both become LinkDown.
class ModemRelay
{
public:
    ModemRelay() = default;
    ~ModemRelay();
    ModemRelay(const ModemRelay&) = delete;
    ModemRelay& operator=(const ModemRelay&) = delete;

    // Starts carrying; leftover is data that came in with CONNECT. Returns the descriptor
    // for libmodbus, or -1 (errno set) if no socket pair could be made.
    int start(ModemPort& port, const QByteArray& leftover);
    // Stops carrying and closes both ends of the pair. The port stays open.
    void stop();
    bool running() const { return m_thread.joinable(); }

    enum class Loss
    {
        None,
        NoCarrier,
        DcdDropped,
        PortFailed
    };
    Loss loss() const { return m_loss.load(); }
    int lossErrno() const { return m_lossErrno.load(); }

private:
    void run(int portFd, bool watchDcd);
    void lose(Loss why, int err = 0);

    std::thread m_thread;
    ModemPort* m_port = nullptr;
    int m_clientFd = -1; // libmodbus's end
    int m_relayFd = -1;  // ours
    int m_wake[2] = {-1, -1};
    QByteArray m_pending; // leftover, written first
    std::atomic<Loss> m_loss{Loss::None};
    std::atomic<int> m_lossErrno{0};
};

} // namespace commissioner
