#pragma once

#include <QString>

#ifndef _WIN32
#include <csignal>
#endif

#include "base/Result.h"
#include "meter/LinkError.h"

namespace commissioner {

// A plain connected TCP socket, for Modbus RTU frames over a raw TCP socket ("RTU over
// TCP" gateways). See ModbusMeterClient.cpp for why the socket is handed to libmodbus's
// RTU backend. POSIX only for now: on Windows connectTcpSocket() answers NotConnected.
namespace rawsocket {

// Resolves host (name or IPv4/IPv6 literal), connects within timeoutMs, and returns a
// blocking descriptor with TCP_NODELAY set.
Result<int, LinkError> connectTcp(const QString& host, int port, int timeoutMs);
// Reads and drops whatever has already arrived, without waiting. Returns the bytes dropped,
// or -1 if the peer has closed the connection or the socket failed.
int drain(int fd);
void close(int fd);

// Keeps a write() on a socket whose peer has gone from raising SIGPIPE (which would end the
// process): blocks SIGPIPE on this thread for the guard's life and consumes one that the
// guarded calls raised. The write then fails with EPIPE, which becomes LinkDown.
class SigPipeGuard
{
public:
    SigPipeGuard();
    ~SigPipeGuard();
    SigPipeGuard(const SigPipeGuard&) = delete;
    SigPipeGuard& operator=(const SigPipeGuard&) = delete;

private:
    bool m_active = false;
    bool m_wasPending = false;
#ifndef _WIN32
    sigset_t m_oldMask;
#endif
};

} // namespace rawsocket
} // namespace commissioner
