#pragma once

#include <atomic>
#include <thread>

// A Modbus server for the client's tests, built on libmodbus in a std::thread, listening on
// 127.0.0.1 on a port the OS picks. It speaks Modbus TCP or Modbus RTU frames on the TCP
// socket (an "RTU over TCP" gateway), answers holding-register requests from a 200-register
// map (register i holds 1000 + i), and injects faults by mode. One client at a time.
class TestModbusServer
{
public:
    enum class Framing
    {
        Tcp,
        Rtu
    };
    enum class Mode
    {
        Answer,          // normal answers
        Silent,          // reads every request, answers none
        Exception,       // answers every request with exceptionCode
        CloseConnection, // closes the connection on receiving a request
    };

    explicit TestModbusServer(Framing framing = Framing::Tcp, int unitId = 1);
    ~TestModbusServer();
    TestModbusServer(const TestModbusServer&) = delete;
    TestModbusServer& operator=(const TestModbusServer&) = delete;

    bool start(); // false if no socket could be bound
    void stop();
    int port() const { return m_port; }

    void setMode(Mode mode) { m_mode = mode; }
    void setExceptionCode(int code) { m_exceptionCode = code; }
    // The first n requests get `mode` behaviour, then Answer (for retry-then-succeed cases).
    void setFaultCount(int n) { m_faultsLeft = n; }
    // With Answer: the next n answers are sent this late (to outlive the client's timeout).
    void setLateAnswers(int n, int delayMs)
    {
        m_lateDelayMs = delayMs;
        m_lateLeft = n;
    }
    int requestsSeen() const { return m_requests; }
    int connectionsAccepted() const { return m_connections; }
    unsigned short registerValue(int address) const;

private:
    void run();
    void serve(int clientFd);

    Framing m_framing;
    int m_unitId;
    int m_listenFd = -1;
    int m_port = 0;
    std::thread m_thread;
    std::atomic_bool m_stop{false};
    std::atomic<Mode> m_mode{Mode::Answer};
    std::atomic_int m_exceptionCode{2};
    std::atomic_int m_faultsLeft{-1}; // -1: the mode applies to every request
    std::atomic_int m_lateLeft{0};
    std::atomic_int m_lateDelayMs{0};
    std::atomic_int m_requests{0};
    std::atomic_int m_connections{0};
    void* m_mapping = nullptr; // modbus_mapping_t, written by the server thread only
};
