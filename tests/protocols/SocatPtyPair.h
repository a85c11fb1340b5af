#pragma once

#include <QProcess>
#include <QString>

// A connected pair of pseudo-terminals made by socat ("socat -d -d pty,raw,echo=0
// pty,raw,echo=0"): what one end writes, the other reads, as over a null-modem cable.
// Both paths are parsed from socat's stderr; the destructor kills socat.
class SocatPtyPair
{
public:
    SocatPtyPair() = default;
    ~SocatPtyPair();
    SocatPtyPair(const SocatPtyPair&) = delete;
    SocatPtyPair& operator=(const SocatPtyPair&) = delete;

    bool start(int timeoutMs = 5000); // false if socat is missing or too slow
    QString first() const { return m_first; }
    QString second() const { return m_second; }
    QString errorOutput() const { return QString::fromLocal8Bit(m_stderr); }

private:
    QProcess m_process;
    QByteArray m_stderr;
    QString m_first;
    QString m_second;
};
