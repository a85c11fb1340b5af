#include "TtyDevice.h"

#include "SimLogging.h"

#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace metersim {

TtyDevice::TtyDevice(QObject* parent) : QIODevice(parent) {}

TtyDevice::~TtyDevice()
{
    close();
}

#ifdef Q_OS_UNIX
namespace {
speed_t speedConstant(qint32 baud)
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
    case 230400:
        return B230400;
    default:
        return 0;
    }
}

bool setTermios(int fd, const SerialSettings& s, bool full)
{
    termios t{};
    if (::tcgetattr(fd, &t) != 0)
        return false;
    ::cfmakeraw(&t);
    t.c_cflag |= CLOCAL | CREAD;
    t.c_cflag &= ~(CSIZE | PARENB | PARODD | CSTOPB | CRTSCTS);
    t.c_cflag |= CS8;
    if (full) {
        if (s.parity == 'E')
            t.c_cflag |= PARENB;
        else if (s.parity == 'O')
            t.c_cflag |= PARENB | PARODD;
        if (s.stopBits == 2)
            t.c_cflag |= CSTOPB;
        const speed_t speed = speedConstant(s.baud);
        if (speed) {
            ::cfsetispeed(&t, speed);
            ::cfsetospeed(&t, speed);
        }
    }
    t.c_cc[VMIN] = 0;
    t.c_cc[VTIME] = 0;
    if (::tcsetattr(fd, TCSANOW, &t) != 0)
        return false;
    if (!full)
        return true;
    termios back{};
    ::tcgetattr(fd, &back);
    // tcsetattr succeeds if any part was taken: check what stuck.
    return (back.c_cflag & (PARENB | PARODD | CSTOPB)) ==
               (t.c_cflag & (PARENB | PARODD | CSTOPB)) &&
           ::cfgetospeed(&back) == ::cfgetospeed(&t);
}
} // namespace

void TtyDevice::applySettings(const SerialSettings& s)
{
    if (m_settingsFd < 0)
        return;
    if (!setTermios(m_settingsFd, s, true)) {
        qCWarning(lcSimWire).nospace().noquote()
            << m_path << ": the OS does not take " << s.baud << " " << s.parity << " " << s.stopBits
            << "; the line stays raw 8N1, the bytes are the same";
        setTermios(m_settingsFd, s, false);
    }
}

bool TtyDevice::start(int ioFd, int settingsFd, const QString& path, const SerialSettings& s)
{
    m_fd = ioFd;
    m_settingsFd = settingsFd;
    m_path = path;
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    applySettings(s);
    m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        if (bytesAvailable() > 0) {
            Q_EMIT readyRead();
            return;
        }
        // Readable yet nothing to read: the other end hung up. Look again a little
        // later rather than spin; a client may open the line again.
        m_notifier->setEnabled(false);
        QTimer::singleShot(50, this, [this] {
            if (m_notifier)
                m_notifier->setEnabled(true);
        });
    });
    return QIODevice::open(QIODevice::ReadWrite | QIODevice::Unbuffered);
}

bool TtyDevice::openDevice(const QString& path, const SerialSettings& s)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        setErrorString(
            QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    return start(fd, fd, path, s);
}

bool TtyDevice::openPty(const SerialSettings& s)
{
    int master = -1;
    int slave = -1;
    char name[256] = {0};
    if (::openpty(&master, &slave, name, nullptr, nullptr) != 0) {
        setErrorString(
            QStringLiteral("openpty: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    // We keep the slave open too: with no slave open, the master reports hang-up and
    // clients could not come and go.
    ::fcntl(master, F_SETFD, FD_CLOEXEC);
    ::fcntl(slave, F_SETFD, FD_CLOEXEC);
    return start(master, slave, QString::fromLocal8Bit(name), s);
}

qint64 TtyDevice::bytesAvailable() const
{
    int n = 0;
    if (m_fd >= 0)
        ::ioctl(m_fd, FIONREAD, &n);
    return qint64(n) + QIODevice::bytesAvailable();
}

qint64 TtyDevice::readData(char* data, qint64 maxSize)
{
    const ssize_t n = ::read(m_fd, data, size_t(maxSize));
    if (n < 0)
        return (errno == EAGAIN || errno == EINTR || errno == EIO) ? 0 : -1;
    return n;
}

qint64 TtyDevice::writeData(const char* data, qint64 size)
{
    qint64 done = 0;
    int spins = 0;
    while (done < size && spins < 200) {
        const ssize_t n = ::write(m_fd, data + done, size_t(size - done));
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EINTR)
            return done > 0 ? done : -1;
        pollfd p{m_fd, POLLOUT, 0};
        ::poll(&p, 1, 10); // nobody reading: wait a little, then give up (bytes are lost)
        ++spins;
    }
    return done;
}

bool TtyDevice::waitForBytesWritten(int)
{
    if (m_fd >= 0 && m_settingsFd == m_fd)
        ::tcdrain(m_fd);
    return true;
}

void TtyDevice::close()
{
    if (m_fd < 0)
        return;
    delete m_notifier;
    m_notifier = nullptr;
    if (m_settingsFd != m_fd)
        ::close(m_settingsFd);
    ::close(m_fd);
    m_fd = m_settingsFd = -1;
    QIODevice::close();
}

#else // not Unix: the simulator's serial lines are a Unix feature for now

void TtyDevice::applySettings(const SerialSettings&) {}
bool TtyDevice::start(int, int, const QString&, const SerialSettings&)
{
    return false;
}
bool TtyDevice::openDevice(const QString&, const SerialSettings&)
{
    setErrorString(QStringLiteral("serial lines are not supported on this platform"));
    return false;
}
bool TtyDevice::openPty(const SerialSettings&)
{
    setErrorString(QStringLiteral("pseudo-terminals are not supported on this platform"));
    return false;
}
qint64 TtyDevice::bytesAvailable() const
{
    return QIODevice::bytesAvailable();
}
qint64 TtyDevice::readData(char*, qint64)
{
    return -1;
}
qint64 TtyDevice::writeData(const char*, qint64)
{
    return -1;
}
bool TtyDevice::waitForBytesWritten(int)
{
    return true;
}
void TtyDevice::close()
{
    QIODevice::close();
}

#endif

} // namespace metersim
