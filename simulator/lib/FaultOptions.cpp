#include "FaultOptions.h"

#include "OptionValues.h"
#include "SimulatorHost.h"
#include "TemplateTable.h"

#include <QCommandLineParser>

namespace metersim {

namespace {

// Reads a group of number options. Every option of the group is read before the caller looks
// at error(), so with several bad ones the last is named.
class NumberOptions
{
public:
    explicit NumberOptions(const QCommandLineParser& parser) : m_parser(parser) {}

    // An integer in [min, max]: decimal, 0x hex or 0 octal.
    template <typename T> void readInteger(const char* name, T* out, qint64 min, qint64 max)
    {
        if (!optionSet(m_parser, name))
            return;
        bool good = false;
        const qint64 v = optionValue(m_parser, name).toLongLong(&good, 0);
        if (!good || v < min || v > max) {
            fail(name);
            return;
        }
        *out = T(v);
    }

    // A NEXT_OFFSET, any u32: decimal, 0x hex or 0 octal.
    void readOffset(const char* name, std::optional<quint32>* out)
    {
        if (!optionSet(m_parser, name))
            return;
        bool good = false;
        const quint32 v = optionValue(m_parser, name).toUInt(&good, 0);
        if (!good)
            fail(name);
        *out = v;
    }

    // A register value, any u16: decimal or 0x hex.
    void readRegisterValue(const char* name, std::optional<quint16>* out)
    {
        if (!optionSet(m_parser, name))
            return;
        quint64 v = 0;
        if (!toNumber(optionValue(m_parser, name), &v) || v > 0xFFFF)
            fail(name);
        *out = quint16(v);
    }

    QString error() const { return m_error; }

private:
    void fail(const char* name)
    {
        m_error = QStringLiteral("bad value for --%1").arg(QLatin1String(name));
    }

    const QCommandLineParser& m_parser;
    QString m_error;
};

QString readTimings(const QCommandLineParser& p, FaultConfig* f)
{
    NumberOptions numbers(p);
    numbers.readInteger("drop-replies", &f->dropRepliesPercent, 0, 100);
    numbers.readInteger("seed", &f->seed, 0, 0xFFFFFFFFLL);
    numbers.readInteger("silence-seconds", &f->silenceSeconds, 0, 86400);
    numbers.readInteger("flash-delay-ms", &f->flashDelayMs, 0, 60000);
    numbers.readInteger("verify-ms", &f->verifyMs, 0, 3600000);
    numbers.readInteger("install-ms", &f->installMs, 0, 3600000);
    return numbers.error();
}

QString readOffsets(const QCommandLineParser& p, FaultConfig* f)
{
    NumberOptions numbers(p);
    numbers.readOffset("silence-at-offset", &f->silenceAtOffset);
    numbers.readOffset("power-loss-at-offset", &f->powerLossAtOffset);
    return numbers.error();
}

QString readSilentBetween(const QCommandLineParser& p, FaultConfig* f)
{
    if (!optionSet(p, "silent-between"))
        return {};
    const QStringList ab = optionValue(p, "silent-between").split(QLatin1Char(':'));
    bool a = false;
    bool b = false;
    if (ab.size() == 2) {
        f->silentFrom = ab[0].toUInt(&a, 0);
        f->silentTo = ab[1].toUInt(&b, 0);
    }
    if (!a || !b || *f->silentFrom >= *f->silentTo)
        return QStringLiteral("--silent-between wants A:B with A < B");
    return {};
}

QString readFlags(const QCommandLineParser& p, FaultConfig* f)
{
    f->failVerify = optionSet(p, "fail-verify");
    f->wrongUnitId = optionSet(p, "wrong-unit-id");
    f->ackWithoutStore = optionSet(p, "ack-without-store");
    f->installKeepsFirmware = optionSet(p, "install-keeps-firmware");
    f->sharedUnit = optionSet(p, "shared-unit");
    return {};
}

QString readMuteAndSkew(const QCommandLineParser& p, FaultConfig* f)
{
    NumberOptions numbers(p);
    numbers.readInteger("mute-first", &f->muteFirst, 0, 1000000);
    numbers.readInteger("next-offset-skew", &f->nextOffsetSkew, -0x7FFFFFFFLL, 0x7FFFFFFFLL);
    return numbers.error();
}

QString readRegisterOverrides(const QCommandLineParser& p, FaultConfig* f)
{
    NumberOptions numbers(p);
    numbers.readRegisterValue("upg-status-after-install", &f->upgStatusAfterInstall);
    numbers.readRegisterValue("device-mode-value", &f->deviceModeValue);
    return numbers.error();
}

QString readDataException(const QCommandLineParser& p, FaultConfig* f)
{
    if (!optionSet(p, "data-exception"))
        return {};
    const QStringList parts = optionValue(p, "data-exception").split(QLatin1Char(':'));
    quint64 code = 0;
    quint64 count = 0;
    if (parts.size() > 2 || !toNumber(parts[0], &code) || code < 1 || code > 255 ||
        (parts.size() == 2 && (!toNumber(parts[1], &count) || count < 1 || count > 1000000)))
        return QStringLiteral("--data-exception wants CODE[:COUNT], CODE 1-255");
    f->dataExceptionCode = quint8(code);
    if (parts.size() == 2)
        f->dataExceptionCount = int(count);
    return {};
}

QString readMaxBlockAt(const QCommandLineParser& p, FaultConfig* f)
{
    if (!optionSet(p, "max-block-at"))
        return {};
    const QStringList parts = optionValue(p, "max-block-at").split(QLatin1Char(':'));
    quint64 offset = 0;
    quint64 value = 0;
    if (parts.size() != 2 || !toNumber(parts[0], &offset) || offset > 0xFFFFFFFFu ||
        !toNumber(parts[1], &value) || value > 0xFFFF)
        return QStringLiteral("--max-block-at wants OFFSET:VALUE");
    f->maxBlockAtOffset = quint32(offset);
    f->maxBlockAtValue = quint16(value);
    return {};
}

// --refuse-write ADDR,...: addresses of template settings (the clock is one).
QString readRefuseWrite(const QCommandLineParser& p, FaultConfig* f)
{
    if (!optionSet(p, "refuse-write"))
        return {};
    for (const QString& item :
         optionValue(p, "refuse-write").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        quint64 address = 0;
        if (!toNumber(item.trimmed(), &address) || address > 0xFFFF ||
            !TemplateTable::find(quint16(address)))
            return QStringLiteral("--refuse-write: %1 is no template setting's register").arg(item);
        f->refuseWrite.insert(quint16(address));
    }
    if (f->refuseWrite.isEmpty())
        return QStringLiteral("--refuse-write wants ADDR[,ADDR...]");
    return {};
}

// --offset-reset-at N (N >= 1: at 0 the image would be lost before any byte) and
// --long-write-silence N (a function-16 request has at most 123 registers).
QString readLostWrites(const QCommandLineParser& p, FaultConfig* f)
{
    NumberOptions numbers(p);
    quint32 resetAt = 0;
    numbers.readInteger("offset-reset-at", &resetAt, 1, 0xFFFFFFFFLL);
    if (resetAt != 0)
        f->offsetResetAt = resetAt;
    int longWrite = -1;
    numbers.readInteger("long-write-silence", &longWrite, 0, 123);
    if (longWrite >= 0)
        f->longWriteSilence = longWrite;
    return numbers.error();
}

// --exception-at ADDR:CODE,...: any request touching ADDR answers exception CODE.
QString readExceptionAt(const QCommandLineParser& p, FaultConfig* f)
{
    if (!optionSet(p, "exception-at"))
        return {};
    const QString usage =
        QStringLiteral("--exception-at wants ADDR:CODE[,ADDR:CODE...], CODE 1-11");
    for (const QString& item :
         optionValue(p, "exception-at").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(QLatin1Char(':'));
        quint64 address = 0;
        quint64 code = 0;
        if (parts.size() != 2 || !toNumber(parts[0], &address) || address > 0xFFFF ||
            !toNumber(parts[1], &code) || code < 1 || code > 11)
            return usage;
        f->exceptionAt.insert(quint16(address), quint8(code));
    }
    if (f->exceptionAt.isEmpty())
        return usage;
    return {};
}

QString readPowerLossIn(const QCommandLineParser& p, FaultConfig* f)
{
    if (!optionSet(p, "power-loss-in"))
        return {};
    const QString where = optionValue(p, "power-loss-in");
    if (where == QLatin1String("verifying"))
        f->powerLossIn = FaultConfig::PowerLossIn::Verifying;
    else if (where == QLatin1String("installing"))
        f->powerLossIn = FaultConfig::PowerLossIn::Installing;
    else
        return QStringLiteral("--power-loss-in is verifying or installing");
    return {};
}

} // namespace

QString applyFaultOptions(const QCommandLineParser& parser, HostConfig* config)
{
    // In this order: with bad options in several steps, the first step's error is shown.
    using Step = QString (*)(const QCommandLineParser&, FaultConfig*);
    const Step steps[] = {readTimings,       readOffsets,     readSilentBetween,
                          readFlags,         readMuteAndSkew, readRegisterOverrides,
                          readDataException, readMaxBlockAt,  readRefuseWrite,
                          readPowerLossIn,   readLostWrites,  readExceptionAt};
    for (const Step step : steps) {
        if (const QString e = step(parser, &config->faults); !e.isEmpty())
            return e;
    }
    return {};
}

} // namespace metersim
