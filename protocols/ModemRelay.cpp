#include "ModemRelay.h"

#include <cerrno>

#ifndef _WIN32
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include "ModemLogging.h"
#include "ModemPort.h"
#include "ModemResult.h"

namespace commissioner {

ModemRelay::~ModemRelay()
{
    stop();
}

#ifndef _WIN32

namespace {

constexpr int kDcdPollMs = 100;

// Writes everything to the (non-blocking) port, waiting a bounded time for room.
bool writePort(int fd, const char* data, ssize_t size)
{
    ssize_t done = 0;
    int waits = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, size_t(size - done));
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EINTR)
            return false;
        if (++waits > 100) { // 5 s without room: flow control stuck
            errno = ETIMEDOUT;
            return false;
        }
        pollfd p{fd, POLLOUT, 0};
        ::poll(&p, 1, 50);
    }
    return true;
}

} // namespace

int ModemRelay::start(ModemPort& port, const QByteArray& leftover)
{
    stop();
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0)
        return -1;
    if (::pipe2(m_wake, O_CLOEXEC | O_NONBLOCK) != 0) {
        const int err = errno;
        ::close(pair[0]);
        ::close(pair[1]);
        errno = err;
        return -1;
    }
    m_clientFd = pair[0];
    m_relayFd = pair[1];
    m_port = &port;
    m_pending = leftover;
    m_loss = Loss::None;
    m_lossErrno = 0;
    const bool watchDcd = port.carrierDetect().has_value();
    m_thread = std::thread([this, fd = port.fd(), watchDcd] { run(fd, watchDcd); });
    return m_clientFd;
}

void ModemRelay::stop()
{
    if (m_thread.joinable()) {
        const char wake = 1;
        (void)!::write(m_wake[1], &wake, 1);
        m_thread.join();
    }
    for (int* fd : {&m_clientFd, &m_relayFd, &m_wake[0], &m_wake[1]}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
    m_port = nullptr;
}

void ModemRelay::lose(Loss why, int err)
{
    m_lossErrno = err;
    m_loss = why;
    // libmodbus's next read sees end of file (ECONNRESET), its next write EPIPE.
    ::shutdown(m_relayFd, SHUT_RDWR);
}

void ModemRelay::run(int portFd, bool watchDcd)
{
    CarrierLossDetector detector;
    bool dcdSeenUp = false;
    if (!m_pending.isEmpty()) {
        (void)::send(m_relayFd, m_pending.constData(), size_t(m_pending.size()),
                     MSG_DONTWAIT | MSG_NOSIGNAL);
        detector.feed(m_pending);
    }
    char buf[512];
    for (;;) {
        pollfd fds[3] = {{portFd, POLLIN, 0}, {m_relayFd, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
        const int rc = ::poll(fds, 3, watchDcd ? kDcdPollMs : -1);
        if (rc < 0 && errno != EINTR) {
            lose(Loss::PortFailed, errno);
            return;
        }
        if (fds[2].revents)
            return; // stop()
        if (fds[0].revents) {
            const ssize_t n = ::read(portFd, buf, sizeof buf);
            if (n > 0) {
                // Bytes libmodbus is not waiting for (a late answer) may be dropped here;
                // it flushes stale input before each request anyway.
                (void)::send(m_relayFd, buf, size_t(n), MSG_DONTWAIT | MSG_NOSIGNAL);
                if (detector.feed(QByteArray::fromRawData(buf, int(n)))) {
                    qCInfo(lcModem) << "the modem said NO CARRIER: the call is lost";
                    lose(Loss::NoCarrier);
                    return;
                }
            } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                const int err = n == 0 ? EIO : errno;
                qCWarning(lcModem) << "the modem's port failed, errno" << err;
                lose(Loss::PortFailed, err);
                return;
            }
        }
        if (fds[1].revents) {
            const ssize_t n = ::read(m_relayFd, buf, sizeof buf);
            if (n > 0) {
                if (!writePort(portFd, buf, n)) {
                    lose(Loss::PortFailed, errno);
                    return;
                }
            } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                return; // libmodbus's end closed: the owner is stopping us
            }
        }
        if (watchDcd && m_port) {
            const auto dcd = m_port->carrierDetect();
            if (dcd && *dcd)
                dcdSeenUp = true;
            else if (dcd && dcdSeenUp) {
                qCInfo(lcModem) << "DCD dropped: the call is lost";
                lose(Loss::DcdDropped);
                return;
            }
        }
    }
}

#else // _WIN32: modem links are POSIX only for now (see ModemPort.h)

int ModemRelay::start(ModemPort&, const QByteArray&)
{
    return -1;
}
void ModemRelay::stop() {}
void ModemRelay::lose(Loss why, int err)
{
    m_loss = why;
    m_lossErrno = err;
}
void ModemRelay::run(int, bool) {}

#endif

} // namespace commissioner
