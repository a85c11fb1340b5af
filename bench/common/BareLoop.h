#pragma once

#include <QByteArray>
#include <QString>

namespace bench {

// The baseline: libmodbus alone, no job, no retries, no log. Descriptor, BEGIN, then every
// block of the image as one modbus_write_registers() at the data window, back to back.
// bench/ is measurement code: the product links libmodbus only in protocols/.
struct BareFigures
{
    bool ok = false;
    QString error;
    double transferSeconds = 0; // first data write .. last data write answered
    qint64 transferBytes = 0;
    double transferCpuSeconds = 0; // this thread's CPU time in that time
    bool committed = false;        // COMMIT taken and the meter's hash check passed (DONE)
    double rate() const { return transferSeconds > 0 ? transferBytes / transferSeconds : 0; }
};

BareFigures runBareLoop(const QString& host, int port, const QByteArray& payload,
                        const QByteArray& sha256, int blockBytes = 240, bool commit = true);
// The same over Modbus RTU on a serial device (8E1).
BareFigures runBareLoopRtu(const QString& device, int baud, const QByteArray& payload,
                           const QByteArray& sha256, int blockBytes = 240, bool commit = true);

} // namespace bench
