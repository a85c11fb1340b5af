#include "PacedBridge.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

namespace bench {

namespace {

using Clock = std::chrono::steady_clock;
using Ns = std::chrono::nanoseconds;

struct Pending
{
    Clock::time_point due; // the moment its last bit has crossed the wire
    char byte;
};

} // namespace

PacedBridge::PacedBridge(int baud, int bitsPerChar) : m_baud(baud), m_bitsPerChar(bitsPerChar) {}

PacedBridge::~PacedBridge()
{
    stop();
}

bool PacedBridge::start(QString* error)
{
    for (int i = 0; i < 2; ++i) {
        char name[128] = {};
        termios raw{};
        cfmakeraw(&raw);
        if (openpty(&m_master[i], &m_slave[i], name, &raw, nullptr) != 0) {
            if (error)
                *error = QStringLiteral("openpty: %1").arg(QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        fcntl(m_master[i], F_SETFL, fcntl(m_master[i], F_GETFL) | O_NONBLOCK);
        fcntl(m_master[i], F_SETFD, FD_CLOEXEC);
        fcntl(m_slave[i], F_SETFD, FD_CLOEXEC);
        m_sideName[i] = QString::fromLocal8Bit(name);
    }
    m_thread = std::thread([this] { run(); });
    return true;
}

void PacedBridge::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    for (int i = 0; i < 2; ++i) {
        if (m_master[i] >= 0)
            ::close(m_master[i]);
        if (m_slave[i] >= 0)
            ::close(m_slave[i]);
        m_master[i] = m_slave[i] = -1;
    }
}

void PacedBridge::run()
{
    const Ns charTime(qint64(1e9 * m_bitsPerChar / m_baud));
    const Ns silence(qint64(3.5e9 * m_bitsPerChar / m_baud));
    std::deque<Pending> queue[2]; // queue[d]: bytes from side d, bound for side 1-d
    Clock::time_point lineBusyUntil = Clock::now() - std::chrono::seconds(1);
    int lineDir = -1;
    char buf[512];
    char out[512];

    while (!m_stop) {
        // Sleep until a byte is due or either side writes; never longer than 20 ms.
        // Sleep until a chunk is due or either side writes; never longer than 20 ms.
        Clock::time_point wake = Clock::now() + std::chrono::milliseconds(20);
        for (const auto& q : queue)
            if (!q.empty())
                wake = std::min(wake, q.front().due);
        const Ns wait = std::max(Ns(0), wake - Clock::now());
        timespec ts{time_t(wait.count() / 1000000000), long(wait.count() % 1000000000)};
        pollfd p[2] = {{m_master[0], POLLIN, 0}, {m_master[1], POLLIN, 0}};
        const int n = ::ppoll(p, 2, &ts, nullptr);

        if (n > 0) {
            for (int d = 0; d < 2; ++d) {
                if (!(p[d].revents & POLLIN))
                    continue;
                const ssize_t got = ::read(m_master[d], buf, sizeof buf);
                if (got <= 0)
                    continue;
                const auto now = Clock::now();
                // Still sending this side's frame: the bytes follow on. Otherwise a new frame,
                // after the silence that must follow whatever the line carried last.
                Clock::time_point start;
                if (d == lineDir && now < lineBusyUntil)
                    start = lineBusyUntil;
                else
                    start = std::max(now, lineBusyUntil + silence);
                // The whole chunk (a frame, as both ends write them) is handed over when its last
                // character has crossed the wire: never sooner than the wire, and never with a
                // gap inside a frame that this process's scheduling could make longer than the
                // receiver's 3.5-character timer (metersim drops a frame cut by 3 ms).
                const Clock::time_point end = start + charTime * got;
                for (ssize_t i = 0; i < got; ++i)
                    queue[d].push_back({end, buf[i]});
                lineBusyUntil = start + charTime * got;
                lineDir = d;
            }
        }

        const auto now = Clock::now();
        for (int d = 0; d < 2; ++d) {
            int k = 0;
            Clock::time_point lastDue;
            while (!queue[d].empty() && queue[d].front().due <= now && k < int(sizeof out)) {
                if (k == 0)
                    lastDue = queue[d].front().due;
                out[k++] = queue[d].front().byte;
                queue[d].pop_front();
            }
            if (k > 0) {
                const qint64 lateUs =
                    std::chrono::duration_cast<std::chrono::microseconds>(now - lastDue).count();
                if (lateUs > m_maxLateUs)
                    m_maxLateUs = lateUs;
                // A full pty (a side that stopped reading) drops bytes, as a line would.
                const ssize_t put = ::write(m_master[1 - d], out, size_t(k));
                if (put > 0)
                    m_carried += put;
            }
        }
    }
}

} // namespace bench
