#include "ModbusErrors.h"

#include "meter/RegisterMap.h"

#include <cerrno>
#include <modbus.h>

namespace commissioner {

namespace {

bool isNotConnectedErrno(int err)
{
    switch (err) {
    case ECONNREFUSED:
    case EHOSTUNREACH:
    case ENETUNREACH:
    case ENOENT:
    case EACCES:
    case EBUSY:
    case ENODEV:
        return true;
    default:
        return false;
    }
}

QString errnoDetail(int err)
{
    return QString::fromLocal8Bit(modbus_strerror(err));
}

} // namespace

LinkError linkErrorFromErrno(int err, int address, int count)
{
    LinkError e;
    e.address = address;
    e.count = count;
    e.detail = errnoDetail(err);

    if (err == ETIMEDOUT) {
        e.kind = LinkErrorKind::Timeout;
        return e;
    }
    if (err >= EMBXILFUN && err <= EMBXGTAR) {
        e.kind = LinkErrorKind::Exception;
        e.exceptionCode = err - MODBUS_ENOBASE;
        return e;
    }
    switch (err) {
    case EMBBADCRC:
    case EMBBADDATA:
    case EMBBADEXC:
    case EMBUNKEXC:
    case EMBMDATA:
    case EMBBADSLAVE:
        e.kind = LinkErrorKind::BadResponse;
        return e;
    case ECONNRESET:
    case EPIPE:
    case EBADF:
    case ENOTCONN:
    case EIO:
    case ENXIO:
    case ECONNABORTED:
    case ENETDOWN:
    case ESHUTDOWN:
        e.kind = LinkErrorKind::LinkDown;
        e.sysErrno = err;
        return e;
    case EINVAL:
        e.kind = LinkErrorKind::InvalidArgument;
        return e;
    default:
        break;
    }
    if (isNotConnectedErrno(err)) {
        e.kind = LinkErrorKind::NotConnected;
        e.sysErrno = err;
        return e;
    }
    // Unknown: the state of the line is unknown too, so reopen it before trying again.
    e.kind = LinkErrorKind::LinkDown;
    e.sysErrno = err;
    return e;
}

LinkError connectErrorFromErrno(int err, const QString& endpoint)
{
    LinkError e;
    e.kind = LinkErrorKind::NotConnected;
    e.sysErrno = err;
    e.detail = endpoint + QStringLiteral(": ") + errnoDetail(err);
    return e;
}

int modbusExceptionErrno(int exceptionCode)
{
    return MODBUS_ENOBASE + exceptionCode;
}

std::optional<LinkError> checkRequestLimits(int address, int count, bool write)
{
    const int maxCount = write ? regs::MaxWriteRegisters : regs::MaxReadRegisters;
    if (count >= 1 && count <= maxCount && address >= 0 && address + count <= 0x10000)
        return std::nullopt;
    LinkError e;
    e.kind = LinkErrorKind::InvalidArgument;
    e.address = address;
    e.count = count;
    e.detail = QStringLiteral("%1 of %2 registers at %3 (Modbus allows 1-%4 within 0-65535)")
                   .arg(write ? QStringLiteral("write") : QStringLiteral("read"))
                   .arg(count)
                   .arg(address)
                   .arg(maxCount);
    return e;
}

} // namespace commissioner
