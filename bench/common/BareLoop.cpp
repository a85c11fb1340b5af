#include "BareLoop.h"

#include "ThreadCpu.h"

#include <QElapsedTimer>
#include <QThread>
#include <cerrno>
#include <modbus.h>
#include <vector>

namespace bench {

namespace {
constexpr int UpgCommand = 9000, UpgStatus = 9001, Descriptor = 9002, DataWindow = 9100;

QString lastError(const char* what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what),
                                        QString::fromLocal8Bit(modbus_strerror(errno)));
}
} // namespace

namespace {
BareFigures runOn(modbus_t* ctx, const QByteArray& payload, const QByteArray& sha256,
                  int blockBytes, bool commit)
{
    BareFigures f;
    if (!ctx) {
        f.error = lastError("modbus_new");
        return f;
    }
    modbus_set_slave(ctx, 1);
    modbus_set_response_timeout(ctx, 2, 0);
    modbus_set_debug(ctx, qEnvironmentVariableIsEmpty("BENCH_MODBUS_DEBUG") ? FALSE : TRUE);
    if (modbus_connect(ctx) == -1) {
        f.error = lastError("modbus_connect");
        modbus_free(ctx);
        return f;
    }

    // Descriptor (9002-9025): size, SHA-256, type 7350, hardware 1..3, version 2.0.0.
    const quint32 size = quint32(payload.size());
    std::vector<uint16_t> d{uint16_t(size >> 16), uint16_t(size & 0xFFFF)};
    for (int i = 0; i < 32; i += 2)
        d.push_back(uint16_t((quint8(sha256[i]) << 8) | quint8(sha256[i + 1])));
    for (uint16_t v : {7350, 1, 3, 2, 0, 0})
        d.push_back(v);
    if (modbus_write_registers(ctx, Descriptor, int(d.size()), d.data()) == -1) {
        f.error = lastError("descriptor");
    } else if (modbus_write_register(ctx, UpgCommand, 1) == -1) {
        f.error = lastError("BEGIN");
    } else {
        std::vector<uint16_t> block(3 + (blockBytes + 1) / 2);
        const auto* bytes = reinterpret_cast<const quint8*>(payload.constData());
        QElapsedTimer clock;
        clock.start();
        const double cpu0 = threadCpuSeconds();
        quint32 offset = 0;
        while (offset < size) {
            const int length = int(std::min<quint32>(quint32(blockBytes), size - offset));
            block[0] = uint16_t(offset >> 16);
            block[1] = uint16_t(offset & 0xFFFF);
            block[2] = uint16_t(length);
            for (int i = 0; i < length; i += 2)
                block[3 + i / 2] = uint16_t((bytes[offset + i] << 8) |
                                            (i + 1 < length ? bytes[offset + i + 1] : 0));
            const int regs = 3 + (length + 1) / 2;
            if (modbus_write_registers(ctx, DataWindow, regs, block.data()) != regs) {
                f.error = lastError("data write") + QStringLiteral(" at offset %1").arg(offset);
                break;
            }
            offset += quint32(length);
        }
        f.transferSeconds = clock.nsecsElapsed() / 1e9;
        f.transferCpuSeconds = threadCpuSeconds() - cpu0;
        f.transferBytes = offset;
        f.ok = offset == size;
    }

    // Outside the timed part: COMMIT, so the meter's own hash check says the bytes were right.
    if (f.ok && commit) {
        modbus_write_register(ctx, UpgCommand,
                              2);       // its answer may be lost to the install's restart
        for (int i = 0; i < 100; ++i) { // bounded: 100 x 50 ms
            uint16_t status = 0;
            if (modbus_read_registers(ctx, UpgStatus, 1, &status) == 1) {
                if (status == 4 || status == 18) { // DONE, or VERIFY_FAILED
                    f.committed = status == 4;
                    break;
                }
            } else {
                modbus_close(ctx); // the meter restarts to install: open the link again
                QThread::msleep(50);
                modbus_connect(ctx);
            }
            QThread::msleep(50);
        }
    }
    modbus_close(ctx);
    modbus_free(ctx);
    return f;
}
} // namespace

BareFigures runBareLoop(const QString& host, int port, const QByteArray& payload,
                        const QByteArray& sha256, int blockBytes, bool commit)
{
    return runOn(modbus_new_tcp(host.toLatin1().constData(), port), payload, sha256, blockBytes,
                 commit);
}

BareFigures runBareLoopRtu(const QString& device, int baud, const QByteArray& payload,
                           const QByteArray& sha256, int blockBytes, bool commit)
{
    return runOn(modbus_new_rtu(device.toLocal8Bit().constData(), baud, 'E', 8, 1), payload, sha256,
                 blockBytes, commit);
}

} // namespace bench
