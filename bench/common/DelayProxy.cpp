#include "DelayProxy.h"

#include <algorithm>
#include <arpa/inet.h>
#include <chrono>
#include <deque>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace bench {

namespace {

using Clock = std::chrono::steady_clock;

void noDelay(int fd)
{
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

int connectLoopback(int port)
{
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(uint16_t(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    noDelay(fd);
    return fd;
}

struct Chunk
{
    Clock::time_point due;
    std::vector<char> bytes;
};

// One direction: read from `from` as it comes, write each chunk to `to` oneWayMs later.
void pump(int from, int to, int oneWayMs, const std::atomic<bool>& stop, std::atomic<bool>& closed)
{
    std::deque<Chunk> queue;
    bool eof = false;
    char buf[4096];
    while (!stop && !closed) {
        int waitMs = 50;
        if (!queue.empty()) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                queue.front().due - Clock::now());
            waitMs = int(std::max<long long>(0, std::min<long long>(left.count(), 50)));
        }
        pollfd p{from, short(eof ? 0 : POLLIN), 0};
        const int n = ::poll(&p, 1, waitMs);
        if (n > 0 && (p.revents & (POLLIN | POLLHUP | POLLERR))) {
            const ssize_t got = ::read(from, buf, sizeof buf);
            if (got > 0)
                queue.push_back(
                    {Clock::now() + std::chrono::milliseconds(oneWayMs), {buf, buf + got}});
            else
                eof = true;
        }
        while (!queue.empty() && queue.front().due <= Clock::now()) {
            const std::vector<char>& b = queue.front().bytes;
            if (::send(to, b.data(), b.size(), MSG_NOSIGNAL) != ssize_t(b.size())) {
                closed = true;
                break;
            }
            queue.pop_front();
        }
        if (eof && queue.empty()) {
            ::shutdown(to, SHUT_WR);
            closed = true; // either side closing ends the relay (Modbus has no half-close)
        }
    }
}

} // namespace

struct DelayProxy::Connection
{
    int client = -1;
    int server = -1;
    std::atomic<bool> closed{false};
    std::thread up;
    std::thread down;
    ~Connection()
    {
        if (up.joinable())
            up.join();
        if (down.joinable())
            down.join();
        ::close(client);
        ::close(server);
    }
};

DelayProxy::DelayProxy(int targetPort, int oneWayMs)
    : m_targetPort(targetPort), m_oneWayMs(oneWayMs)
{
}

DelayProxy::~DelayProxy()
{
    stop();
}

bool DelayProxy::start()
{
    m_listen = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (m_listen < 0 || ::bind(m_listen, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
        ::listen(m_listen, 4) != 0 ||
        ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&a), &len) != 0)
        return false;
    m_port = ntohs(a.sin_port);
    m_acceptThread = std::thread([this] { acceptLoop(); });
    return true;
}

void DelayProxy::acceptLoop()
{
    while (!m_stop) {
        pollfd p{m_listen, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        const int client = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        noDelay(client);
        const int server = connectLoopback(m_targetPort);
        if (server < 0) {
            ::close(client); // the meter is away: so is the relay
            continue;
        }
        auto c = std::make_unique<Connection>();
        c->client = client;
        c->server = server;
        Connection* raw = c.get();
        c->up = std::thread(
            [this, raw] { pump(raw->client, raw->server, m_oneWayMs, m_stop, raw->closed); });
        c->down = std::thread(
            [this, raw] { pump(raw->server, raw->client, m_oneWayMs, m_stop, raw->closed); });
        m_connections.push_back(std::move(c));
        // Finished relays are reaped as new ones come, so a long run holds few threads.
        for (auto it = m_connections.begin(); it != m_connections.end();) {
            if ((*it)->closed && it->get() != raw)
                it = m_connections.erase(it);
            else
                ++it;
        }
    }
}

void DelayProxy::stop()
{
    m_stop = true;
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    m_connections.clear();
    if (m_listen >= 0)
        ::close(m_listen);
    m_listen = -1;
}

} // namespace bench
