#include "usecases/XmodemRecoveryUseCase.h"

#include "base/Logging.h"
#include "meter/MeterQueries.h"
#include "settings/CommSettings.h"
#include "store/ChangeHistory.h"

#include <QDeadlineTimer>
#include <QThread>

namespace commissioner {

XmodemPackageCheck checkXmodemPackage(const UpgradeImage& image, bool allowUnsigned)
{
    switch (image.signature) {
    case PreflightInput::Signature::Verified:
        return XmodemPackageCheck::Usable;
    case PreflightInput::Signature::Unsigned:
        return allowUnsigned ? XmodemPackageCheck::Usable : XmodemPackageCheck::NotSigned;
    case PreflightInput::Signature::UnknownKey:
    case PreflightInput::Signature::Bad:
        break;
    }
    return XmodemPackageCheck::Untrusted;
}

XmodemRecovery::XmodemRecovery(XmodemTransfer& transfer, MeterClientOpener openClient,
                               DataFolder folder)
    : m_transfer(transfer), m_openClient(std::move(openClient)), m_folder(std::move(folder))
{
}

XmodemRecoveryResult XmodemRecovery::run(const XmodemRecoveryRequest& request,
                                         const std::atomic_bool& cancel)
{
    XmodemRecoveryResult out;
    m_client.reset();
    // The bootloader installs, then the meter starts on the profiles' factory settings.
    out.factory = factorySerialLink(request.device);
    out.expectedDeviceType = request.image.deviceType;
    out.expectedFirmware = request.image.version;

    // Nothing is sent on a package that does not count.
    out.packageCheck = checkXmodemPackage(request.image, request.allowUnsigned);
    if (out.packageCheck != XmodemPackageCheck::Usable) {
        out.outcome = XmodemRecoveryOutcome::PackageRefused;
        return out;
    }

    const auto sent = m_transfer.send(request.image.fileBytes, m_observer.transfer, cancel);
    if (!sent) {
        qCInfo(lcUpgrade) << "XMODEM recovery: the transfer failed:" << sent.error().logText;
        out.outcome = XmodemRecoveryOutcome::SendFailed;
        out.sendFailure = sent.error();
        return out;
    }

    if (m_observer.identifying)
        m_observer.identifying(out.factory);
    if (!pollIdentity(request, cancel, out)) {
        out.outcome = XmodemRecoveryOutcome::NoAnswer;
        return out;
    }
    check(request, out);
    return out;
}

bool XmodemRecovery::pollIdentity(const XmodemRecoveryRequest& request,
                                  const std::atomic_bool& cancel, XmodemRecoveryResult& out)
{
    m_client = m_openClient ? m_openClient(out.factory) : nullptr;
    if (!m_client) {
        out.lastError.kind = LinkErrorKind::NotConnected;
        return false;
    }
    // Two bounds: the time the person gave, and a count so that reads that fail at once
    // (a port that is gone) cannot spin.
    const int interval = qMax(0, request.pollIntervalMs);
    const int maxPolls = request.maxPolls > 0
                             ? request.maxPolls
                             : qMax(0, request.answerWaitMs) / qMax(1, interval) + 1;
    const QDeadlineTimer deadline(qMax(0, request.answerWaitMs));
    for (;;) {
        ++out.polls;
        const auto id = readIdentity(*m_client);
        if (id) {
            out.meter = id.value();
            return true;
        }
        out.lastError = id.error();
        if (cancel.load() || deadline.hasExpired() || out.polls >= maxPolls)
            break;
        QThread::msleep(ulong(interval));
    }
    if (cancel.load())
        out.lastError.kind = LinkErrorKind::Cancelled;
    m_client.reset();
    return false;
}

void XmodemRecovery::check(const XmodemRecoveryRequest& request, XmodemRecoveryResult& out)
{
    // Another meter on the line, or a bootloader that did not install what it took.
    if (out.meter.deviceType != out.expectedDeviceType) {
        out.outcome = XmodemRecoveryOutcome::WrongDeviceType;
        m_client.reset();
        return;
    }
    if (out.meter.firmware != out.expectedFirmware) {
        out.outcome = XmodemRecoveryOutcome::WrongFirmware;
        m_client.reset();
        return;
    }
    out.outcome = XmodemRecoveryOutcome::Installed;
    // The meter answered no Modbus before: what it ran then is not known ("from" empty).
    ChangeRecord record = firmwareChangeRecord(MeterIdentity(), out.meter, request.tool);
    record.from.clear();
    // A meter with no serial number has no history of its own to add to.
    if (!hasSerialNumber(out.meter))
        out.historyError = QStringLiteral("the meter reports no serial number");
    else
        ChangeHistory::append(m_folder, {record}, &out.historyError);
    qCInfo(lcUpgrade) << "XMODEM recovery: installed" << out.meter.firmware.toString() << "on"
                      << out.meter.serialNumber;
}

} // namespace commissioner
