#pragma once

#include <QIODevice>
#include <QStringList>

class QSocketNotifier;

namespace metersim {

struct SerialSettings
{
    qint32 baud = 19200;
    char parity = 'E'; // 'N', 'E', 'O'
    int stopBits = 1;
};

// A serial line as a QIODevice over a POSIX file descriptor: a serial device or one end
// of a socat pty pair (--serial DEV), or a pseudo-terminal created here (--pty), whose
// slave path clients open. Settings the OS refuses (parity on a pty) are warned about
// and the line stays raw 8N1: on a pty the bytes are the same either way.
class TtyDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit TtyDevice(QObject* parent = nullptr);
    ~TtyDevice() override;

    bool openDevice(const QString& path, const SerialSettings& settings);
    bool openPty(const SerialSettings& settings);
    void applySettings(const SerialSettings& settings);

    QString path() const { return m_path; }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool waitForBytesWritten(int msecs) override;
    void close() override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    bool start(int ioFd, int settingsFd, const QString& path, const SerialSettings& settings);

    int m_fd = -1;         // where the bytes go
    int m_settingsFd = -1; // where termios is set (the slave of our own pty)
    QString m_path;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace metersim
