#include "RawSocket.h"

#include <cerrno>
#include <cstring>

#ifndef _WIN32
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#endif

#include "ModbusErrors.h"

#include <QElapsedTimer>

namespace commissioner::rawsocket {

#ifndef _WIN32

namespace {

// Waits for a non-blocking connect() to finish; returns 0 or the errno it failed with.
int finishConnect(int fd, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const int left = timeoutMs - static_cast<int>(clock.elapsed());
        if (left <= 0)
            return ETIMEDOUT;
        pollfd p{fd, POLLOUT, 0};
        const int rc = ::poll(&p, 1, left);
        if (rc < 0 && errno == EINTR)
            continue;
        if (rc < 0)
            return errno;
        if (rc == 0)
            return ETIMEDOUT;
        int soError = 0;
        socklen_t len = sizeof soError;
        if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len) < 0)
            return errno;
        return soError;
    }
}

} // namespace

Result<int, LinkError> connectTcp(const QString& host, int port, int timeoutMs)
{
    const QString endpoint = QStringLiteral("%1:%2").arg(host).arg(port);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const QByteArray node = host.toUtf8();
    const QByteArray service = QByteArray::number(port);
    const int gai = ::getaddrinfo(node.constData(), service.constData(), &hints, &found);
    if (gai != 0 || !found) {
        LinkError e = connectErrorFromErrno(EHOSTUNREACH, endpoint);
        e.detail = endpoint + QStringLiteral(": ") + QString::fromLocal8Bit(::gai_strerror(gai));
        return e;
    }

    int lastErr = ECONNREFUSED;
    for (addrinfo* ai = found; ai; ai = ai->ai_next) {
        const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
        if (fd < 0) {
            lastErr = errno;
            continue;
        }
        const int flags = ::fcntl(fd, F_GETFL, 0);
        ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
        int rc = ::connect(fd, ai->ai_addr, ai->ai_addrlen);
        int err = 0;
        if (rc < 0)
            err = (errno == EINPROGRESS) ? finishConnect(fd, timeoutMs) : errno;
        if (err != 0) {
            lastErr = err;
            ::close(fd);
            continue;
        }
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK); // libmodbus select()s, then read()s
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        ::freeaddrinfo(found);
        return fd;
    }
    ::freeaddrinfo(found);
    return connectErrorFromErrno(lastErr, endpoint);
}

int drain(int fd)
{
    if (fd < 0)
        return -1;
    char buffer[512];
    int dropped = 0;
    for (int round = 0; round < 1024; ++round) { // bounded: at most 512 KiB of junk
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n > 0) {
            dropped += static_cast<int>(n);
            continue;
        }
        if (n == 0)
            return -1; // the peer closed the connection
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return dropped;
        return -1;
    }
    return dropped;
}

void close(int fd)
{
    if (fd >= 0)
        ::close(fd);
}

SigPipeGuard::SigPipeGuard()
{
    sigset_t pending;
    sigemptyset(&pending);
    sigpending(&pending);
    m_wasPending = sigismember(&pending, SIGPIPE) == 1;
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGPIPE);
    m_active = pthread_sigmask(SIG_BLOCK, &block, &m_oldMask) == 0;
}

SigPipeGuard::~SigPipeGuard()
{
    if (!m_active)
        return;
    if (!m_wasPending) {
        sigset_t pending;
        sigemptyset(&pending);
        sigpending(&pending);
        if (sigismember(&pending, SIGPIPE) == 1) {
            sigset_t only;
            sigemptyset(&only);
            sigaddset(&only, SIGPIPE);
            const timespec zero{0, 0};
            const int saved = errno;
            while (sigtimedwait(&only, nullptr, &zero) == -1 && errno == EINTR) {
            }
            errno = saved;
        }
    }
    const int saved = errno;
    pthread_sigmask(SIG_SETMASK, &m_oldMask, nullptr);
    errno = saved;
}

#else // _WIN32

// Windows: libmodbus's RTU backend reads a serial HANDLE there (ReadFile, ClearCommError),
// never ctx->s, so a socket cannot be handed to it. The Windows build needs the small RTU
// framer over a QTcpSocket described in ModbusMeterClient.cpp; until then, say so.
Result<int, LinkError> connectTcp(const QString& host, int port, int)
{
    LinkError e;
    e.kind = LinkErrorKind::NotConnected;
    e.detail =
        QStringLiteral("%1:%2: RTU over TCP is not available on Windows yet").arg(host).arg(port);
    return e;
}

int drain(int)
{
    return -1;
}
void close(int) {}
SigPipeGuard::SigPipeGuard() = default;
SigPipeGuard::~SigPipeGuard() = default;

#endif

} // namespace commissioner::rawsocket
