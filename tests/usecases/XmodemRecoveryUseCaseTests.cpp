// The XMODEM recovery use case with a fake transfer and fake meters: a failed send, a meter of
// another type answering, the history of a success, and the bounds of the identity poll.
#include "CatchCompat.h"
#include "FakeTemplateMeter.h"
#include "MeterClientDoubles.h"
#include "store/ChangeHistory.h"
#include "usecases/XmodemRecoveryUseCase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <optional>

using namespace commissioner;
using commissioner::test::FakeTemplateMeter;

namespace {

const QString kSerial = QStringLiteral("PC-0209A001-11");

// Takes the file (or fails as told) without a wire; reports a little progress.
class FakeTransfer : public XmodemTransfer
{
public:
    Result<Ok, XmodemSendFailure> send(const QByteArray& file, const XmodemSendEvents& events,
                                       const std::atomic_bool&) override
    {
        ++calls;
        sent = file;
        if (events.portOpened)
            events.portOpened();
        if (failure)
            return *failure;
        if (events.progress)
            events.progress(file.size(), file.size());
        return Ok{};
    }

    std::optional<XmodemSendFailure> failure;
    int calls = 0;
    QByteArray sent;
};

// A meter that never answers: every read times out at once.
class SilentMeter : public MeterClient
{
public:
    explicit SilentMeter(int* reads) : m_reads(reads) {}
    Result<Registers, LinkError> readRegisters(int address, int count) override
    {
        ++*m_reads;
        return testsupport::timedOut(address, count);
    }
    Result<Ok, LinkError> writeRegisters(int, const Registers&) override { return LinkError{}; }
    Result<Ok, LinkError> writeRegister(int, quint16) override { return LinkError{}; }
    Result<Ok, LinkError> reconnect() override { return Ok{}; }
    LinkDescription description() const override { return {}; }
    void setRetryPolicy(const RetryPolicy& policy) override { m_policy = policy; }
    RetryPolicy retryPolicy() const override { return m_policy; }
    void setRetryObserver(RetryObserver) override {}
    RequestRecord lastRecord() const override { return {}; }

private:
    int* m_reads;
    RetryPolicy m_policy;
};

UpgradeImage image7350(FirmwareVersion version = {2, 3, 4})
{
    UpgradeImage i;
    i.deviceType = 7350;
    i.hwMin = 1;
    i.hwMax = 9;
    i.version = version;
    i.signature = PreflightInput::Signature::Unsigned;
    i.fileBytes = QByteArray("UPG header and payload");
    return i;
}

XmodemRecoveryRequest requestFor(const UpgradeImage& image)
{
    XmodemRecoveryRequest r;
    r.image = image;
    r.allowUnsigned = true;
    r.device = QStringLiteral("/dev/ttyFAKE0");
    r.answerWaitMs = 2000;
    r.pollIntervalMs = 1;
    r.tool = QStringLiteral("test xmodem-recover");
    return r;
}

// Opens a meter of `deviceType` running `firmware`, counting the opens.
MeterClientOpener meterOpener(int deviceType, FirmwareVersion firmware, int* opens)
{
    return [=](const LinkSettings&) -> std::unique_ptr<MeterClient> {
        ++*opens;
        auto m = std::make_unique<FakeTemplateMeter>(deviceType, kSerial);
        m->setReg(3, quint16(firmware.major));
        m->setReg(4, quint16(firmware.minor));
        m->setReg(5, quint16(firmware.build));
        return m;
    };
}

int historyEntries(const QString& dir)
{
    int n = 0;
    for (int type : {7330, 7350})
        n += ChangeHistory::read(DataFolder(dir), kSerial, type).size();
    return n;
}

// One recovery against a fake transfer and a fake meter of `type` running `firmware`.
struct RecoveryCase
{
    QTemporaryDir dir;
    FakeTransfer transfer;
    int opens = 0;
    XmodemRecoveryObserver observer;
    std::optional<XmodemRecovery> recovery;

    XmodemRecoveryResult run(int type, FirmwareVersion firmware,
                             const XmodemRecoveryRequest& request = requestFor(image7350()))
    {
        recovery.emplace(transfer, meterOpener(type, firmware, &opens), DataFolder(dir.path()));
        recovery->setObserver(observer);
        const std::atomic_bool cancel{false};
        return recovery->run(request, cancel);
    }
    int history() const { return historyEntries(dir.path()); }
};

} // namespace

TEST_CASE("XMODEM recovery: a failed send is reported with its offset, nothing polled or "
          "recorded",
          "[usecase][xmodem]")
{
    RecoveryCase c;
    XmodemSendFailure f;
    f.kind = XmodemSendError::TooManyRetries;
    f.offset = 4096;
    c.transfer.failure = f;
    const XmodemRecoveryResult r = c.run(7350, {2, 3, 4});
    CHECK(r.outcome == XmodemRecoveryOutcome::SendFailed);
    CHECK(r.sendFailure.kind == XmodemSendError::TooManyRetries);
    CHECK(r.sendFailure.offset == 4096);
    CHECK(c.transfer.calls == 1);
    CHECK(c.opens == 0);
    CHECK(c.recovery->client() == nullptr);
    CHECK(c.history() == 0);
}

TEST_CASE("XMODEM recovery: an unsigned package is not sent unless allowed", "[usecase][xmodem]")
{
    RecoveryCase c;
    XmodemRecoveryRequest request = requestFor(image7350());
    request.allowUnsigned = false;
    const XmodemRecoveryResult r = c.run(7350, {2, 3, 4}, request);
    CHECK(r.outcome == XmodemRecoveryOutcome::PackageRefused);
    CHECK(r.packageCheck == XmodemPackageCheck::NotSigned);
    CHECK(c.transfer.calls == 0);
    CHECK(c.opens == 0);
}

TEST_CASE("XMODEM recovery: a meter of another device type answering afterwards is refused",
          "[usecase][xmodem]")
{
    RecoveryCase c;
    const XmodemRecoveryResult r = c.run(7330, {2, 3, 4});
    CHECK(r.outcome == XmodemRecoveryOutcome::WrongDeviceType);
    CHECK(r.meter.deviceType == 7330);
    CHECK(r.expectedDeviceType == 7350);
    CHECK(c.recovery->client() == nullptr);
    CHECK(c.history() == 0);
}

TEST_CASE("XMODEM recovery: a meter running another firmware afterwards is refused",
          "[usecase][xmodem]")
{
    RecoveryCase c;
    const XmodemRecoveryResult r = c.run(7350, {1, 0, 0});
    CHECK(r.outcome == XmodemRecoveryOutcome::WrongFirmware);
    CHECK(r.meter.firmware.toString() == QStringLiteral("1.0.0"));
    CHECK(c.history() == 0);
}

TEST_CASE("XMODEM recovery: success sends the whole file and records one history entry",
          "[usecase][xmodem]")
{
    RecoveryCase c;
    int identifying = 0;
    c.observer.identifying = [&](const LinkSettings& factory) {
        ++identifying;
        CHECK(factory.device == QStringLiteral("/dev/ttyFAKE0"));
    };
    const UpgradeImage image = image7350();
    const XmodemRecoveryResult r = c.run(7350, {2, 3, 4}, requestFor(image));
    REQUIRE(r.outcome == XmodemRecoveryOutcome::Installed);
    CHECK(c.transfer.sent == image.fileBytes); // header included
    CHECK(identifying == 1);
    CHECK(c.opens == 1);
    CHECK(r.polls == 1);
    CHECK(r.meter.serialNumber == kSerial);
    CHECK(r.historyError.isEmpty());
    CHECK(c.recovery->client() != nullptr); // for the template restore that follows

    const QVector<ChangeRecord> history =
        ChangeHistory::read(DataFolder(c.dir.path()), kSerial, 7350);
    REQUIRE(history.size() == 1);
    CHECK(history[0].setting == QStringLiteral("FIRMWARE"));
    CHECK(history[0].to == QStringLiteral("2.3.4"));
    CHECK(history[0].from.isEmpty()); // it answered nothing before: not known
    CHECK(history[0].result == QStringLiteral("verified"));
    CHECK(history[0].tool == QStringLiteral("test xmodem-recover"));
    CHECK(c.history() == 1);
}

TEST_CASE("XMODEM recovery: the identity poll stops within its bounds", "[usecase][xmodem]")
{
    QTemporaryDir dir;
    FakeTransfer transfer;
    int reads = 0;
    const MeterClientOpener silent = [&reads](const LinkSettings&) {
        return std::unique_ptr<MeterClient>(new SilentMeter(&reads));
    };
    const std::atomic_bool cancel{false};

    SECTION("the count bound")
    {
        XmodemRecovery recovery(transfer, silent, DataFolder(dir.path()));
        XmodemRecoveryRequest request = requestFor(image7350());
        request.answerWaitMs = 60000;
        request.maxPolls = 5;
        QElapsedTimer t;
        t.start();
        const XmodemRecoveryResult r = recovery.run(request, cancel);
        CHECK(r.outcome == XmodemRecoveryOutcome::NoAnswer);
        CHECK(r.polls == 5);
        CHECK(reads == 5);
        CHECK(r.lastError.kind == LinkErrorKind::Timeout);
        CHECK(t.elapsed() < 10000);
    }
    SECTION("the time bound")
    {
        XmodemRecovery recovery(transfer, silent, DataFolder(dir.path()));
        XmodemRecoveryRequest request = requestFor(image7350());
        request.answerWaitMs = 300;
        request.pollIntervalMs = 50;
        request.maxPolls = 100000;
        QElapsedTimer t;
        t.start();
        const XmodemRecoveryResult r = recovery.run(request, cancel);
        CHECK(r.outcome == XmodemRecoveryOutcome::NoAnswer);
        CHECK(t.elapsed() >= 300);
        CHECK(t.elapsed() < 5000);
        CHECK(r.polls >= 2);
        CHECK(r.polls < 100);
    }
    SECTION("cancel stops it at once")
    {
        XmodemRecovery recovery(transfer, silent, DataFolder(dir.path()));
        const std::atomic_bool cancelled{true};
        const XmodemRecoveryResult r = recovery.run(requestFor(image7350()), cancelled);
        CHECK(r.outcome == XmodemRecoveryOutcome::NoAnswer);
        CHECK(r.polls == 1);
        CHECK(r.lastError.kind == LinkErrorKind::Cancelled);
    }
    CHECK(historyEntries(dir.path()) == 0);
}
