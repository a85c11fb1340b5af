#include "TestModbusServer.h"

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <modbus.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int kRegisters = 200;

modbus_mapping_t* mappingOf(void* p)
{
    return static_cast<modbus_mapping_t*>(p);
}

} // namespace

TestModbusServer::TestModbusServer(Framing framing, int unitId)
    : m_framing(framing), m_unitId(unitId)
{
    modbus_mapping_t* map = modbus_mapping_new(0, 0, kRegisters, 0);
    for (int i = 0; i < kRegisters; ++i)
        map->tab_registers[i] = static_cast<uint16_t>(1000 + i);
    m_mapping = map;
}

TestModbusServer::~TestModbusServer()
{
    stop();
    modbus_mapping_free(mappingOf(m_mapping));
}

unsigned short TestModbusServer::registerValue(int address) const
{
    return mappingOf(m_mapping)->tab_registers[address];
}

bool TestModbusServer::start()
{
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listenFd < 0)
        return false;
    const int one = 1;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0; // the OS picks a free port
    if (::bind(m_listenFd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) < 0 ||
        ::listen(m_listenFd, 4) < 0) {
        ::close(m_listenFd);
        m_listenFd = -1;
        return false;
    }
    socklen_t len = sizeof addr;
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr*>(&addr), &len);
    m_port = ntohs(addr.sin_port);
    m_thread = std::thread([this] { run(); });
    return true;
}

void TestModbusServer::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listenFd >= 0) {
        ::close(m_listenFd);
        m_listenFd = -1;
    }
}

void TestModbusServer::run()
{
    while (!m_stop) {
        pollfd p{m_listenFd, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        const int client = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        ++m_connections;
        serve(client);
    }
}

void TestModbusServer::serve(int clientFd)
{
    // libmodbus never opens anything here: the accepted socket is handed to a context of
    // the wanted framing (the same trick the client uses for RTU over TCP).
    modbus_t* ctx = m_framing == Framing::Tcp ? modbus_new_tcp("127.0.0.1", m_port)
                                              : modbus_new_rtu("test-server", 19200, 'N', 8, 1);
    modbus_set_slave(ctx, m_unitId);
    modbus_set_socket(ctx, clientFd);
    modbus_set_indication_timeout(ctx, 0, 50000);
    uint8_t query[MODBUS_MAX_ADU_LENGTH];
    bool open = true;
    while (open && !m_stop) {
        const int rc = modbus_receive(ctx, query);
        if (rc == -1) {
            if (errno == ETIMEDOUT)
                continue;
            break; // the client went away (or sent garbage): wait for the next one
        }
        if (rc == 0)
            continue; // RTU: a request for another unit, ignored as a meter would
        ++m_requests;
        Mode mode = m_mode;
        if (m_faultsLeft >= 0) {
            if (m_faultsLeft == 0)
                mode = Mode::Answer;
            else
                --m_faultsLeft;
        }
        switch (mode) {
        case Mode::Answer:
            if (m_lateLeft > 0) {
                --m_lateLeft;
                std::this_thread::sleep_for(std::chrono::milliseconds(m_lateDelayMs.load()));
            }
            modbus_reply(ctx, query, rc, mappingOf(m_mapping));
            break;
        case Mode::Silent:
            break;
        case Mode::Exception:
            modbus_reply_exception(ctx, query, static_cast<unsigned>(m_exceptionCode.load()));
            break;
        case Mode::CloseConnection:
            open = false;
            break;
        }
    }
    modbus_set_socket(ctx, -1);
    modbus_free(ctx);
    ::close(clientFd);
}
