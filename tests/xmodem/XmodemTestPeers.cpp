#include "XmodemTestPeers.h"

#include "XmodemFrame.h"

#include <QElapsedTimer>
#include <cerrno>
#include <poll.h>
#include <unistd.h>

namespace xmtest {

using namespace commissioner::xmodem;

int readOne(int fd, int timeoutMs)
{
    char c = 0;
    return readExact(fd, &c, 1, timeoutMs) ? quint8(c) : -1;
}

bool readExact(int fd, char* out, int n, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    int got = 0;
    while (got < n) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0)
            return false;
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, int(left)) <= 0)
            continue;
        const ssize_t r = ::read(fd, out + got, size_t(n - got));
        if (r > 0)
            got += int(r);
        else if (r == 0 || (errno != EAGAIN && errno != EINTR))
            return false;
    }
    return true;
}

void writeBytes(int fd, const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t w = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (w > 0)
            done += w;
        else if (errno != EAGAIN && errno != EINTR)
            return;
    }
}

bool FdStream::write(const QByteArray& bytes)
{
    writeBytes(m_fd, bytes);
    return true;
}

int FdStream::readByte(int timeoutMs)
{
    const int c = readOne(m_fd, timeoutMs);
    return c < 0 ? TimedOut : c;
}

void FdStream::discardInput()
{
    char buf[256];
    for (;;) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, 0) <= 0 || ::read(m_fd, buf, sizeof buf) <= 0)
            return;
    }
}

ScriptedReceiver::ScriptedReceiver(int fd, char start, BlockAnswer answer, int idleMs)
    : m_fd(fd), m_start(start), m_answer(std::move(answer)), m_idleMs(idleMs),
      m_thread([this] { run(); })
{
}

ScriptedReceiver::~ScriptedReceiver()
{
    if (m_thread.joinable())
        m_thread.join();
}

ReceivedTransfer ScriptedReceiver::join()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_result;
}

void ScriptedReceiver::run()
{
    const bool crc = m_start == WantCrc;
    writeBytes(m_fd, QByteArray(1, m_start));
    quint8 lastNumber = 0;
    int attempt = 0;
    QByteArray pending; // data of the last block not yet known to be new
    for (;;) {
        const int c = readOne(m_fd, m_idleMs);
        if (c < 0)
            return;
        if (c == Eot) {
            writeBytes(m_fd, QByteArray(1, Ack));
            m_result.ended = true;
            return;
        }
        if (c == Can) {
            ++m_result.senderCans;
            while (readOne(m_fd, 200) == Can)
                ++m_result.senderCans;
            return;
        }
        if (c != Soh && c != Stx)
            continue;
        const int size = c == Stx ? LargeBlock : SmallBlock;
        (c == Stx ? m_result.largeBlocks : m_result.smallBlocks)++;
        QByteArray rest(2 + size + (crc ? 2 : 1), '\0');
        if (!readExact(m_fd, rest.data(), int(rest.size()), 2000))
            return;
        const quint8 number = quint8(rest[0]);
        const QByteArray data = rest.mid(2, size);
        bool good = quint8(number + quint8(rest[1])) == 0xFF;
        if (crc)
            good = good &&
                   crc16(data) == quint16((quint8(rest[2 + size]) << 8) | quint8(rest[3 + size]));
        else
            good = good && checksum8(data) == quint8(rest[2 + size]);
        if (!good) {
            ++m_result.badBlocks;
            writeBytes(m_fd, QByteArray(1, Nak));
            continue;
        }
        attempt = (number == lastNumber) ? attempt + 1 : 1;
        lastNumber = number;
        const char answer = m_answer ? m_answer(char(c), number, attempt) : Ack;
        if (answer == Can) {
            writeBytes(m_fd, QByteArray(2, Can));
            return;
        }
        if (answer == Ack) {
            // A repeat of the block just ACKed is ACKed again and dropped, as XMODEM does.
            if (!(attempt > 1 && pending == QByteArray::number(number)))
                m_result.data += data;
            pending = QByteArray::number(number);
        }
        if (answer != 0)
            writeBytes(m_fd, QByteArray(1, answer));
    }
}

} // namespace xmtest
