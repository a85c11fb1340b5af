#include "XmodemRecoverCommand.h"

#include "CliText.h"
#include "ErrorText.h"
#include "ExitCodes.h"
#include "MeterClientFactory.h"
#include "PackageLoading.h"
#include "PreflightText.h"
#include "RestoreOffer.h"
#include "XmodemTransferAdapter.h"
#include "base/PrintableText.h"
#include "usecases/XmodemRecoveryUseCase.h"

#include <atomic>
#include <csignal>
#include <optional>

namespace commissioner::cli {

namespace {

std::atomic_bool g_cancel{false};

extern "C" void onInterrupt(int)
{
    g_cancel.store(true); // the sender sees it between blocks and sends CAN CAN CAN
}

// Ctrl-C during the transfer cancels it cleanly instead of leaving the bootloader mid-file.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        g_cancel.store(false);
        m_previous = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }

private:
    void (*m_previous)(int) = SIG_DFL;
};

bool secondsOption(CommandLine& cl, const QCommandLineParser& p, const QString& name, int* out)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const int s = p.value(name).toInt(&ok);
    if (!ok || s < 1 || s > 3600) {
        cl.usageError(CliText::tr("--%1 must be seconds from 1 to 3600").arg(name));
        return false;
    }
    *out = s;
    return true;
}

// Why a package is not sent, in words, and its exit code; ExitOk for a usable one.
int refusePackage(CommandLine& cl, XmodemPackageCheck check, const QString& path)
{
    switch (check) {
    case XmodemPackageCheck::NotSigned:
        cl.err()
            << CliText::tr(
                   "commissioner-cli: %1 is not signed; give --allow-unsigned to send it anyway")
                   .arg(path)
            << Qt::endl;
        return ExitPreflight;
    case XmodemPackageCheck::Untrusted: // loadUpgradeImage has refused those already
        cl.err() << CliText::tr("commissioner-cli: %1 cannot be sent: its signature does not count")
                        .arg(path)
                 << Qt::endl;
        return ExitBadPackage;
    case XmodemPackageCheck::Usable:
        break;
    }
    return ExitOk;
}

// The package, checked before the port is even opened: nothing is sent on bad input.
int checkPackage(CommandLine& cl, const QCommandLineParser& p, const QString& path,
                 UpgradeImage* out)
{
    int exit = ExitOk;
    const auto image =
        loadUpgradeImage(cl, path, cl.dataDir(p), p.value(QStringLiteral("keys")), &exit);
    if (!image)
        return exit;
    const XmodemPackageCheck check =
        checkXmodemPackage(*image, p.isSet(QStringLiteral("allow-unsigned")));
    if (const int rc = refusePackage(cl, check, path); rc != ExitOk)
        return rc;
    cl.out() << CliText::tr("Package: %1, firmware %2 for type %3, hardware %4-%5, %6 bytes")
                    .arg(path, image->version.toString())
                    .arg(image->deviceType)
                    .arg(image->hwMin)
                    .arg(image->hwMax)
                    .arg(image->fileBytes.size())
             << Qt::endl;
    *out = *image;
    return ExitOk;
}

int reportFailure(CommandLine& cl, const XmodemSendFailure& f, const QString& device)
{
    QTextStream& e = cl.err();
    switch (f.kind) {
    case XmodemSendError::PortNotOpened:
        e << CliText::tr("commissioner-cli: cannot open %1: %2").arg(device, f.detail) << Qt::endl;
        return ExitUnreachable;
    case XmodemSendError::NoReceiver:
        e << CliText::tr(
                 "commissioner-cli: no XMODEM bootloader answered on %1; power-cycle the meter and "
                 "start again within its first minute, and check the cable")
                 .arg(device)
          << Qt::endl;
        return ExitUnreachable;
    case XmodemSendError::CancelledByReceiver:
        e << CliText::tr(
                 "commissioner-cli: the meter's bootloader refused the package (wrong device type, "
                 "hardware revision, or a damaged file)")
          << Qt::endl;
        return ExitMeterRefused;
    case XmodemSendError::Cancelled:
        e << CliText::tr(
                 "commissioner-cli: cancelled; the meter's bootloader will ask for a package again")
          << Qt::endl;
        return ExitCancelled;
    case XmodemSendError::TooManyRetries:
    case XmodemSendError::EndNotAcknowledged:
        e << CliText::tr("commissioner-cli: the transfer failed at %1 bytes: the meter stopped "
                         "acknowledging; "
                         "check the cable, power-cycle the meter and start again")
                 .arg(f.offset)
          << Qt::endl;
        return ExitUnreachable;
    case XmodemSendError::LinkFailed:
        e << CliText::tr("commissioner-cli: the serial port failed: %1").arg(f.detail) << Qt::endl;
        return ExitUnreachable;
    case XmodemSendError::EmptyFile:
        break;
    }
    e << CliText::tr("commissioner-cli: the transfer failed (%1)").arg(f.logText) << Qt::endl;
    return ExitFailed;
}

// The options of `recover --xmodem` (the link options are the shared ones).
void addXmodemOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringLiteral("xmodem"), CliText::tr("Recover over the meter's XMODEM bootloader.")},
        {QStringLiteral("package"), CliText::tr("The .UPG package to send."),
         QStringLiteral("FILE")},
        {QStringLiteral("wait-s"),
         CliText::tr("How long to wait for the bootloader to ask (default 60)."),
         QStringLiteral("S")},
        {QStringLiteral("answer-wait-s"),
         CliText::tr("How long to wait for the meter to answer Modbus afterwards (default 30)."),
         QStringLiteral("S")},
        {QStringLiteral("allow-unsigned"), CliText::tr("Accept a package that is not signed.")},
        {QStringLiteral("keys"), CliText::tr("A folder of further trusted public keys."),
         QStringLiteral("DIR")},
        {QStringLiteral("restore-template"),
         CliText::tr("Restore the meter's last template backup afterwards without asking.")},
        {QStringLiteral("yes"), CliText::tr("Do not ask before sending.")},
    });
}

// Where and how long: the serial port and the two waits, in seconds.
struct XmodemRequest
{
    QString device;
    int waitS = 60;
    int answerWaitS = 30;
};

// The options checked in order, before anything else; ExitOk, or the usage error's code.
int readXmodemRequest(CommandLine& cl, const QCommandLineParser& p, XmodemRequest* r)
{
    if (!p.positionalArguments().isEmpty())
        return cl.usageError(CliText::tr("recover --xmodem takes no arguments"));
    r->device = p.value(QStringLiteral("serial"));
    if (r->device.isEmpty())
        return cl.usageError(CliText::tr("recover --xmodem needs --serial DEV"));
    for (const char* other : {"tcp", "rtu-tcp", "modem"}) {
        if (p.isSet(QString::fromLatin1(other)))
            return cl.usageError(
                CliText::tr("recover --xmodem works on a serial port only, not --%1")
                    .arg(QString::fromLatin1(other)));
    }
    if (!p.isSet(QStringLiteral("package")))
        return cl.usageError(CliText::tr("recover --xmodem needs --package FILE"));
    if (!secondsOption(cl, p, QStringLiteral("wait-s"), &r->waitS) ||
        !secondsOption(cl, p, QStringLiteral("answer-wait-s"), &r->answerWaitS))
        return ExitUsage;
    return ExitOk;
}

// The transfer as it goes: the countdown and progress redrawn on a terminal, else a line per
// tenth. *lastTenth and *guard are the caller's and must outlive the transfer.
XmodemSendEvents transferEvents(CommandLine& cl, const QString& device, qint64 fileSize,
                                int* lastTenth, std::optional<InterruptGuard>* guard)
{
    const bool tty = cl.interactive();
    XmodemSendEvents events;
    events.portOpened = [&cl, device, guard] {
        cl.out()
            << CliText::tr(
                   "Waiting for the meter's bootloader ('C') on %1... power-cycle the meter now")
                   .arg(device)
            << Qt::endl;
        guard->emplace(); // Ctrl-C cancels the transfer from here on
    };
    events.waiting = [&cl, tty](int elapsedMs, int remainingMs) {
        if (tty && elapsedMs > 0) {
            cl.out() << '\r'
                     << CliText::tr("  still waiting, %1 s left ").arg((remainingMs + 999) / 1000)
                     << Qt::flush;
        }
    };
    events.started = [&cl, tty, fileSize](bool crc16, int blockSize) {
        if (tty)
            cl.out() << '\n';
        cl.out() << CliText::tr("The bootloader answered; sending %1 bytes (%2, %3-byte blocks)")
                        .arg(fileSize)
                        .arg(crc16 ? QStringLiteral("CRC") : QStringLiteral("checksum"))
                        .arg(blockSize)
                 << Qt::endl;
    };
    events.progress = [&cl, tty, lastTenth](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (tty) {
            cl.out() << '\r'
                     << CliText::tr("  %1% (%2 of %3 bytes)").arg(percent).arg(done).arg(total)
                     << Qt::flush;
            if (done == total)
                cl.out() << Qt::endl;
        } else if (percent / 10 != *lastTenth) {
            *lastTenth = percent / 10;
            cl.out() << CliText::tr("  %1% (%2 of %3 bytes)").arg(percent).arg(done).arg(total)
                     << Qt::endl;
        }
    };
    events.fellBackTo128 = [&cl] {
        cl.out() << CliText::tr(
                        "  the meter asked for smaller blocks; going on with 128-byte blocks")
                 << Qt::endl;
    };
    return events;
}

// The meter answers with the package's firmware: what it is, then the template restore offer.
int reportRecovered(CommandLine& cl, const QCommandLineParser& p, MeterClient& client,
                    const XmodemRecoveryResult& r)
{
    const MeterIdentity& m = r.meter;
    const LinkSettings& factory = r.factory;
    cl.out() << CliText::tr("Recovered: %1 (type %2, hardware %3), serial %4, firmware %5, %6 mode")
                    .arg(printableText(m.modelName))
                    .arg(m.deviceType)
                    .arg(m.hwRevision)
                    .arg(printableText(m.serialNumber), m.firmware.toString(), deviceModeName(m))
             << Qt::endl;
    // The bootloader installs with every template setting at its factory default.
    cl.out() << CliText::tr(
                    "The meter starts with factory-default settings (unit %1, %2 baud, %3).")
                    .arg(factory.unitId)
                    .arg(factory.baudRate)
                    .arg(serialFraming(factory))
             << Qt::endl;
    if (!r.historyError.isEmpty())
        cl.err() << CliText::tr("warning: the change could not be added to the meter's history: %1")
                        .arg(r.historyError)
                 << Qt::endl;
    return offerTemplateRestore(cl, client, DataFolder(cl.dataDir(p)), m, QString(),
                                p.isSet(QStringLiteral("restore-template")));
}

// After the transfer: the meter that answered something else, or none, in words; the exit code.
int reportAfterSending(CommandLine& cl, const XmodemRecoveryResult& r, int answerWaitS)
{
    if (r.outcome == XmodemRecoveryOutcome::WrongDeviceType) {
        cl.err() << CliText::tr("commissioner-cli: the package was sent, but the meter that "
                                "answers is %1 (type %2), not type %3 as the package; nothing "
                                "was recorded")
                        .arg(printableText(r.meter.modelName))
                        .arg(r.meter.deviceType)
                        .arg(r.expectedDeviceType)
                 << Qt::endl;
        return ExitFailed;
    }
    if (r.outcome == XmodemRecoveryOutcome::WrongFirmware) {
        cl.err() << CliText::tr("commissioner-cli: the package was sent, but the meter answers "
                                "with firmware %1, not %2; power-cycle it and run identify")
                        .arg(r.meter.firmware.toString(), r.expectedFirmware.toString())
                 << Qt::endl;
        return ExitFailed;
    }
    const LinkSettings& factory = r.factory;
    cl.err() << CliText::tr(
                    "commissioner-cli: the package was sent, but the meter does not answer Modbus "
                    "at %1 %2 unit %3 after %4 s (%5); power-cycle it and run identify")
                    .arg(factory.baudRate)
                    .arg(serialFraming(factory))
                    .arg(factory.unitId)
                    .arg(answerWaitS)
                    .arg(describeLinkError(r.lastError))
             << Qt::endl;
    return ExitUnreachable;
}

// The recovery use case with the port, the waits and the words of this command: the package
// goes to the bootloader at 115200 8N1 (Ctrl-C cancels), then the meter is polled at its
// factory settings (the device profiles' COMM_* defaults).
int recover(CommandLine& cl, const QCommandLineParser& p, const XmodemRequest& r,
            const UpgradeImage& image)
{
    XmodemOptions options;
    options.startWaitMs = r.waitS * 1000;
    SerialXmodemTransfer transfer(r.device, options);
    XmodemRecovery recovery(
        transfer, [](const LinkSettings& link) { return MeterClientFactory::create(link); },
        DataFolder(cl.dataDir(p)));
    std::optional<InterruptGuard> guard;
    int lastTenth = -1;
    XmodemRecoveryObserver observer;
    observer.transfer = transferEvents(cl, r.device, image.fileBytes.size(), &lastTenth, &guard);
    observer.identifying = [&cl, &guard](const LinkSettings& factory) {
        guard.reset(); // the transfer is over: Ctrl-C ends the program again
        cl.out() << CliText::tr("The meter's bootloader took the package; waiting for the meter "
                                "to start (Modbus RTU, %1 baud, %2, unit %3)...")
                        .arg(factory.baudRate)
                        .arg(serialFraming(factory))
                        .arg(factory.unitId)
                 << Qt::endl;
    };
    recovery.setObserver(observer);

    XmodemRecoveryRequest request;
    request.image = image;
    request.allowUnsigned = p.isSet(QStringLiteral("allow-unsigned"));
    request.device = r.device;
    request.answerWaitMs = r.answerWaitS * 1000;
    request.pollIntervalMs = 500;
    request.tool = QStringLiteral("commissioner-cli recover --xmodem");
    const XmodemRecoveryResult result = recovery.run(request, g_cancel);
    guard.reset();

    switch (result.outcome) {
    case XmodemRecoveryOutcome::Installed:
        return reportRecovered(cl, p, *recovery.client(), result);
    case XmodemRecoveryOutcome::PackageRefused: // checkPackage refused it before the question
        return refusePackage(cl, result.packageCheck, p.value(QStringLiteral("package")));
    case XmodemRecoveryOutcome::SendFailed:
        return reportFailure(cl, result.sendFailure, r.device);
    case XmodemRecoveryOutcome::NoAnswer:
    case XmodemRecoveryOutcome::WrongDeviceType:
    case XmodemRecoveryOutcome::WrongFirmware:
        break;
    }
    return reportAfterSending(cl, result, r.answerWaitS);
}

} // namespace

int runXmodemRecover(CommandLine& cl)
{
    QCommandLineParser p;
    addXmodemOptions(p);
    if (!cl.parse(p))
        return cl.parseExitCode();
    XmodemRequest request;
    if (const int rc = readXmodemRequest(cl, p, &request); rc != ExitOk)
        return rc;

    // Nothing is sent on bad input: the package is checked and the question asked first.
    UpgradeImage image;
    if (const int rc = checkPackage(cl, p, p.value(QStringLiteral("package")), &image);
        rc != ExitOk)
        return rc;
    if (!goAhead(
            cl, p.isSet(QStringLiteral("yes")),
            CliText::tr("Send this package to the XMODEM bootloader on %1? The meter starts with "
                        "factory-default settings afterwards.")
                .arg(request.device))) {
        cl.out() << CliText::tr("Nothing was sent.") << Qt::endl;
        return ExitCancelled;
    }
    return recover(cl, p, request, image);
}

} // namespace commissioner::cli
