#pragma once

#include "ModemIo.h"
#include "base/Result.h"
#include "meter/LinkError.h"
#include "meter/LinkSettings.h"

#include <QString>
#include <optional>

namespace commissioner {

// The serial port a modem hangs on, opened once and kept open for the whole session: the
// dialer talks AT on it, then the Modbus traffic of the call goes over the same descriptor
// (see ModemLine.h for why it is never closed between dialing and Modbus).
//
// POSIX only (termios, raw, the link's baud rate and parity; CLOCAL so that opening does
// not wait for carrier). On Windows open() answers NotConnected: the design carries over
// (a HANDLE opened once with CreateFile, WaitCommEvent/EV_RLSD for DCD, EscapeCommFunction
// for DTR), but it is not written yet.
class ModemPort final : public ModemIo
{
public:
    ModemPort() = default;
    ~ModemPort() override;
    ModemPort(const ModemPort&) = delete;
    ModemPort& operator=(const ModemPort&) = delete;

    Result<Ok, LinkError> open(const LinkSettings& settings);
    void close();
    bool isOpen() const { return m_fd >= 0; }
    int fd() const { return m_fd; }
    QString device() const { return m_device; }

    // DCD where the port has modem lines; nullopt where it has none (a pseudo-terminal).
    std::optional<bool> carrierDetect() const;

    bool writeAll(const QByteArray& bytes) override;
    QByteArray readSome(int timeoutMs, bool* failed) override;
    void discardInput() override;
    bool setDtr(bool on) override;
    void pause(int ms) override;
    int lastErrno() const override { return m_errno; }

private:
    int m_fd = -1;
    int m_errno = 0;
    QString m_device;
};

} // namespace commissioner
