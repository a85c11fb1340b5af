#pragma once

#include "ByteStream.h"

#include <QSerialPort>

namespace commissioner {

// A serial port as a ByteStream. QSerialPort, used synchronously (waitForReadyRead on the
// thread that owns it): it already speaks Windows COM names and POSIX ttys and ptys, so
// there is no termios/Win32 code of our own to keep right on two systems.
class SerialStream final : public ByteStream
{
public:
    struct Settings
    {
        QString device; // "/dev/ttyUSB0", "COM10"
        qint32 baud = 115200;
        QSerialPort::Parity parity = QSerialPort::NoParity;
        QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    };

    SerialStream() = default;
    ~SerialStream() override;

    bool open(const Settings& settings);
    void close();
    bool isOpen() const { return m_port.isOpen(); }

    bool write(const QByteArray& bytes) override;
    int readByte(int timeoutMs) override;
    void discardInput() override;
    QString errorString() const override { return m_error; }

private:
    bool fill(int timeoutMs);

    QSerialPort m_port;
    QByteArray m_buffer;
    int m_pos = 0;
    QString m_error;
};

} // namespace commissioner
