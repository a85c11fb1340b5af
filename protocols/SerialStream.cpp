#include "SerialStream.h"

#include <QDeadlineTimer>

namespace commissioner {

SerialStream::~SerialStream()
{
    close();
}

bool SerialStream::open(const Settings& s)
{
    close();
    m_port.setPortName(s.device);
    m_port.setBaudRate(s.baud);
    m_port.setDataBits(QSerialPort::Data8);
    m_port.setParity(s.parity);
    m_port.setStopBits(s.stopBits);
    m_port.setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port.open(QIODevice::ReadWrite)) {
        m_error = QStringLiteral("%1: %2").arg(s.device, m_port.errorString());
        return false;
    }
    // Input that was waiting is kept: on a pty it may be the receiver's 'C'. The sender
    // itself drops what is stale once it knows the receiver is there.
    m_buffer.clear();
    m_pos = 0;
    return true;
}

void SerialStream::close()
{
    if (m_port.isOpen())
        m_port.close();
}

bool SerialStream::write(const QByteArray& bytes)
{
    if (!m_port.isOpen()) {
        m_error = QStringLiteral("the port is not open");
        return false;
    }
    if (m_port.write(bytes) != bytes.size()) {
        m_error = m_port.errorString();
        return false;
    }
    // 1029 bytes at 9600 baud take about 1.1 s; allow plenty, but not forever.
    const QDeadlineTimer deadline(10000);
    while (m_port.bytesToWrite() > 0) {
        if (deadline.hasExpired() ||
            !m_port.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_port.error() != QSerialPort::NoError &&
                m_port.error() != QSerialPort::TimeoutError) {
                m_error = m_port.errorString();
                return false;
            }
            if (deadline.hasExpired()) {
                m_error = QStringLiteral("the port did not take the bytes within 10 s");
                return false;
            }
        }
    }
    return true;
}

bool SerialStream::fill(int timeoutMs)
{
    const QDeadlineTimer deadline(qMax(0, timeoutMs));
    for (;;) {
        if (m_port.bytesAvailable() > 0) {
            m_buffer = m_port.readAll();
            m_pos = 0;
            return !m_buffer.isEmpty();
        }
        if (deadline.hasExpired())
            return false;
        if (!m_port.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            const auto e = m_port.error();
            if (e != QSerialPort::NoError && e != QSerialPort::TimeoutError) {
                m_error = m_port.errorString();
                return false;
            }
        }
    }
}

int SerialStream::readByte(int timeoutMs)
{
    if (!m_port.isOpen())
        return Failed;
    if (m_pos >= m_buffer.size() && !fill(timeoutMs)) {
        const auto e = m_port.error();
        if (e != QSerialPort::NoError && e != QSerialPort::TimeoutError)
            return Failed;
        m_port.clearError();
        return TimedOut;
    }
    return quint8(m_buffer.at(m_pos++));
}

void SerialStream::discardInput()
{
    m_buffer.clear();
    m_pos = 0;
    if (!m_port.isOpen())
        return;
    m_port.clear(QSerialPort::Input);
    if (m_port.bytesAvailable() > 0) // bytes Qt had already buffered
        m_port.readAll();
}

} // namespace commissioner
