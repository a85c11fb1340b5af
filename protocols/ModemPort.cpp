#include "ModemPort.h"

#include <cerrno>
#include <chrono>
#include <thread>

#ifndef _WIN32
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#endif

#include "ModbusErrors.h"
#include "ModemLogging.h"

#include <QElapsedTimer>
#include <QFile>

namespace commissioner {

ModemPort::~ModemPort()
{
    close();
}

void ModemPort::pause(int ms)
{
    if (ms > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

#ifndef _WIN32

namespace {

speed_t speedFor(int baud)
{
    switch (baud) {
    case 1200:
        return B1200;
    case 2400:
        return B2400;
    case 4800:
        return B4800;
    case 9600:
        return B9600;
    case 19200:
        return B19200;
    case 38400:
        return B38400;
    case 57600:
        return B57600;
    case 115200:
        return B115200;
    default:
        return 0;
    }
}

} // namespace

Result<Ok, LinkError> ModemPort::open(const LinkSettings& s)
{
    close();
    m_device = s.device;
    const int fd =
        ::open(QFile::encodeName(s.device).constData(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return connectErrorFromErrno(errno, s.device);
    termios t{};
    if (::tcgetattr(fd, &t) == 0) {
        ::cfmakeraw(&t);
        t.c_cflag |= CLOCAL | CREAD | HUPCL; // HUPCL: closing the port drops DTR
        t.c_cflag &= ~(CSIZE | PARENB | PARODD | CSTOPB | CRTSCTS);
        t.c_cflag |= s.dataBits == 7 ? CS7 : CS8;
        if (s.parity == 'E')
            t.c_cflag |= PARENB;
        else if (s.parity == 'O')
            t.c_cflag |= PARENB | PARODD;
        if (s.stopBits == 2)
            t.c_cflag |= CSTOPB;
        if (const speed_t speed = speedFor(s.baudRate)) {
            ::cfsetispeed(&t, speed);
            ::cfsetospeed(&t, speed);
        }
        t.c_cc[VMIN] = 0;
        t.c_cc[VTIME] = 0;
        if (::tcsetattr(fd, TCSANOW, &t) != 0) // a pty refuses parity: the bytes are the same
            qCDebug(lcModem) << s.device << "did not take all line settings";
    }
    m_fd = fd;
    setDtr(true);
    qCDebug(lcModem) << "opened" << s.device;
    return Ok{};
}

void ModemPort::close()
{
    if (m_fd < 0)
        return;
    ::close(m_fd);
    m_fd = -1;
}

std::optional<bool> ModemPort::carrierDetect() const
{
    int bits = 0;
    if (m_fd < 0 || ::ioctl(m_fd, TIOCMGET, &bits) != 0)
        return std::nullopt;
    return (bits & TIOCM_CAR) != 0;
}

bool ModemPort::setDtr(bool on)
{
    int bit = TIOCM_DTR;
    return m_fd >= 0 && ::ioctl(m_fd, on ? TIOCMBIS : TIOCMBIC, &bit) == 0;
}

bool ModemPort::writeAll(const QByteArray& bytes)
{
    qint64 done = 0;
    QElapsedTimer clock;
    clock.start();
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EINTR) {
            m_errno = errno;
            return false;
        }
        if (clock.elapsed() > 5000) { // flow control held us that long: the port is stuck
            m_errno = ETIMEDOUT;
            return false;
        }
        pollfd p{m_fd, POLLOUT, 0};
        ::poll(&p, 1, 50);
    }
    return true;
}

QByteArray ModemPort::readSome(int timeoutMs, bool* failed)
{
    *failed = false;
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const int left = std::max(0, timeoutMs - int(clock.elapsed()));
        pollfd p{m_fd, POLLIN, 0};
        const int rc = ::poll(&p, 1, left);
        if (rc < 0 && errno == EINTR)
            continue;
        if (rc < 0) {
            m_errno = errno;
            *failed = true;
            return {};
        }
        if (rc == 0)
            return {};
        char buf[256];
        const ssize_t n = ::read(m_fd, buf, sizeof buf);
        if (n > 0)
            return QByteArray(buf, int(n));
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
        // 0 or EIO: the device went away (a USB adapter unplugged, the pty's other end gone).
        m_errno = n < 0 ? errno : EIO;
        *failed = true;
        return {};
    }
}

void ModemPort::discardInput()
{
    if (m_fd < 0)
        return;
    ::tcflush(m_fd, TCIFLUSH);
    char buf[256];
    while (::read(m_fd, buf, sizeof buf) > 0) {
    }
}

#else // _WIN32: see the class comment

Result<Ok, LinkError> ModemPort::open(const LinkSettings& s)
{
    LinkError e;
    e.kind = LinkErrorKind::NotConnected;
    e.detail = s.device + QStringLiteral(": modem links are not available on Windows yet");
    return e;
}
void ModemPort::close() {}
std::optional<bool> ModemPort::carrierDetect() const
{
    return std::nullopt;
}
bool ModemPort::setDtr(bool)
{
    return false;
}
bool ModemPort::writeAll(const QByteArray&)
{
    return false;
}
QByteArray ModemPort::readSome(int, bool* failed)
{
    *failed = true;
    return {};
}
void ModemPort::discardInput() {}

#endif

} // namespace commissioner
