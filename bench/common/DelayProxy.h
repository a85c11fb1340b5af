#pragma once

#include <atomic>
#include <list>
#include <memory>
#include <thread>

namespace bench {

// A TCP relay on 127.0.0.1 that holds every byte for oneWayMs in each direction, so a
// request/answer pair takes 2 x oneWayMs more: a slow gateway or a cellular link, on
// loopback. Connections are relayed one after another or together; each has two threads.
class DelayProxy
{
public:
    DelayProxy(int targetPort, int oneWayMs);
    ~DelayProxy();
    DelayProxy(const DelayProxy&) = delete;
    DelayProxy& operator=(const DelayProxy&) = delete;

    bool start(); // binds 127.0.0.1:0
    void stop();  // closes everything and joins every thread
    int port() const { return m_port; }

private:
    struct Connection;
    void acceptLoop();

    int m_targetPort;
    int m_oneWayMs;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_acceptThread;
    std::list<std::unique_ptr<Connection>> m_connections; // the accept thread's, until stop()
};

} // namespace bench
