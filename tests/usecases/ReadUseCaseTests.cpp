// The reading use cases against an in-memory meter: what identify decides on every connect (a
// meter with nothing pending, an unfinished transfer, an unsupported register map, transfer
// registers that do not answer) and the report's data (a meter whose settings block fails still
// gives a report that names the hole; a bad profile or a silent meter stops it).
#include "CatchCompat.h"
#include "FakeTemplateMeter.h"
#include "MeterClientDoubles.h"
#include "meter/RegisterMap.h"
#include "store/ChangeHistory.h"
#include "usecases/IdentifyUseCase.h"
#include "usecases/ReportUseCase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstring>

using namespace commissioner;
using commissioner::test::FakeTemplateMeter;

namespace {

const QString kSerial = QStringLiteral("SN-READ-1");

// FakeTemplateMeter answers the identity and template blocks only. This adds the transfer
// registers (9000-9030) and the measurements (100-123) as a meter holds them, and can make the
// reads of one address range time out; everything else goes to the fake meter.
class WholeMeter : public testsupport::ForwardingMeterClient
{
public:
    explicit WholeMeter(FakeTemplateMeter& inner)
        : ForwardingMeterClient(inner), transfer(regs::UpgradeControlCount, 0),
          measurements(regs::MeasurementsCount, 0)
    {
        transfer[regs::MaxBlock - regs::UpgradeControlStart] = 240;
        setFloat(measurements, 20, 60.0f); // FREQUENCY
    }

    // UPG_STATUS, IMAGE_SIZE and NEXT_OFFSET as an interrupted transfer leaves them.
    void setTransfer(UpgStatus status, quint32 imageSize, quint32 nextOffset)
    {
        transfer[regs::UpgStatus - regs::UpgradeControlStart] = quint16(status);
        setU32(transfer, regs::ImageSize - regs::UpgradeControlStart, imageSize);
        setU32(transfer, regs::NextOffset - regs::UpgradeControlStart, nextOffset);
    }
    void timeOutReads(int first, int last)
    {
        m_failFirst = first;
        m_failLast = last;
    }

    Result<Registers, LinkError> readRegisters(int address, int count) override
    {
        ++reads;
        if (address <= m_failLast && address + count - 1 >= m_failFirst)
            return testsupport::timedOut(address, count);
        if (address == regs::UpgradeControlStart && count == regs::UpgradeControlCount)
            return transfer;
        if (address == regs::MeasurementsStart && count == regs::MeasurementsCount)
            return measurements;
        return ForwardingMeterClient::readRegisters(address, count);
    }

    Registers transfer;     // 31 registers from 9000
    Registers measurements; // 24 registers from 100
    int reads = 0;

private:
    static void setU32(Registers& r, int at, quint32 v)
    {
        r[at] = quint16(v >> 16);
        r[at + 1] = quint16(v & 0xFFFF);
    }
    static void setFloat(Registers& r, int at, float f)
    {
        quint32 bits = 0;
        std::memcpy(&bits, &f, sizeof bits);
        setU32(r, at, bits);
    }

    int m_failFirst = -1;
    int m_failLast = -2;
};

} // namespace

TEST_CASE("identify of a meter in NORMAL mode with nothing pending: supported map, no recover",
          "[usecase][identify]")
{
    FakeTemplateMeter fake(7350, kSerial);
    WholeMeter m(fake);
    const IdentifyOutcome found = runIdentify(m);
    REQUIRE(found.identified());
    REQUIRE(found.upgradeRead());
    CHECK(found.snapshot.identity.serialNumber == kSerial);
    CHECK(found.snapshot.identity.deviceType == 7350);
    CHECK(found.snapshot.identity.mode == DeviceMode::Normal);
    CHECK(found.snapshot.upgrade.status == UpgStatus::Idle);
    CHECK(found.snapshot.upgrade.maxBlock == 240);
    CHECK(found.snapshot.state == RecoveryState::Normal);
    CHECK(found.mapSupported);
    CHECK_FALSE(found.needsRecover);
    CHECK(fake.writes == 0); // identify writes nothing
}

TEST_CASE("identify says an unfinished transfer needs recover, in NORMAL and in UPGRADE mode",
          "[usecase][identify]")
{
    FakeTemplateMeter fake(7350, kSerial);
    WholeMeter m(fake);
    // Dual-bank, still running its firmware: part of an image waits in the spare bank.
    m.setTransfer(UpgStatus::Receiving, 40000, 12000);
    const IdentifyOutcome pending = runIdentify(m);
    REQUIRE(pending.upgradeRead());
    CHECK(pending.snapshot.state == RecoveryState::NormalTransferPending);
    CHECK(pending.snapshot.upgrade.imageSize == 40000);
    CHECK(pending.snapshot.upgrade.nextOffset == 12000);
    CHECK(pending.needsRecover);

    // In the bootloader with part of an image.
    fake.setMode(1);
    const IdentifyOutcome partial = runIdentify(m);
    REQUIRE(partial.upgradeRead());
    CHECK(partial.snapshot.identity.mode == DeviceMode::Upgrade);
    CHECK(partial.snapshot.state == RecoveryState::UpgradeModePartial);
    CHECK(partial.needsRecover);

    // The transfer ended (DONE) and the meter runs again: nothing to finish.
    fake.setMode(0);
    m.setTransfer(UpgStatus::Done, 40000, 40000);
    const IdentifyOutcome done = runIdentify(m);
    REQUIRE(done.upgradeRead());
    CHECK(done.snapshot.state == RecoveryState::Normal);
    CHECK_FALSE(done.needsRecover);
    CHECK(fake.writes == 0);
}

TEST_CASE("identify flags a register map version other than the supported one",
          "[usecase][identify]")
{
    FakeTemplateMeter fake(7350, kSerial);
    fake.setReg(regs::MapVersion, regs::MapVersionSupported + 1);
    WholeMeter m(fake);
    const IdentifyOutcome found = runIdentify(m);
    REQUIRE(found.identified());
    CHECK(found.snapshot.identity.mapVersion == regs::MapVersionSupported + 1);
    CHECK_FALSE(found.mapSupported);
    // The rest is still read and decided: the warning stops nothing.
    CHECK(found.upgradeRead());
    CHECK(found.snapshot.state == RecoveryState::Normal);
    CHECK(found.snapshot.identity.serialNumber == kSerial);
}

TEST_CASE("identify keeps the identity when the transfer registers do not answer, and never "
          "calls that state NORMAL",
          "[usecase][identify]")
{
    // The fake meter alone has no transfer registers: 9000 answers exception 02.
    FakeTemplateMeter fake(7350, kSerial);
    const IdentifyOutcome found = runIdentify(fake);
    REQUIRE(found.identified());
    CHECK(found.snapshot.identity.serialNumber == kSerial);
    CHECK(found.mapSupported);
    CHECK_FALSE(found.upgradeRead());
    REQUIRE(found.upgradeError);
    CHECK(found.upgradeError->kind == LinkErrorKind::Exception);
    CHECK(found.upgradeError->exceptionCode == 2);
    CHECK(found.snapshot.state == RecoveryState::Unknown);
    CHECK_FALSE(found.needsRecover);
}

TEST_CASE("identify of a silent meter returns the link error and asks nothing else",
          "[usecase][identify]")
{
    FakeTemplateMeter fake(7350, kSerial);
    WholeMeter m(fake);
    m.timeOutReads(regs::IdentityStart, regs::IdentityStart + regs::IdentityCount - 1);
    const IdentifyOutcome found = runIdentify(m);
    CHECK_FALSE(found.identified());
    CHECK_FALSE(found.upgradeRead());
    REQUIRE(found.identityError);
    CHECK(found.identityError->kind == LinkErrorKind::Timeout);
    CHECK(m.reads == 1);
}

TEST_CASE("a report of a meter whose settings block fails names the hole and keeps the rest",
          "[usecase][report]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    FakeTemplateMeter fake(7350, kSerial);
    fake.setReg(1001, 14400); // PT_PRIMARY
    WholeMeter m(fake);

    // Every part answers: the report is complete.
    ReportRequest request;
    request.technician = QStringLiteral("A. Fitter");
    const auto whole = runReport(m, folder, request);
    REQUIRE(whole);
    CHECK(reportComplete(whole.value()));
    CHECK(whole->technician == QStringLiteral("A. Fitter"));
    CHECK(whole->identity.serialNumber == kSerial);
    CHECK(whole->settings.value(QStringLiteral("PT_PRIMARY")) == SettingValue::integer(14400));
    REQUIRE(whole->readings);
    CHECK(whole->readings->frequency == 60.0f);

    // The template block times out: still a report, with the identity and the readings.
    m.timeOutReads(regs::TemplateStart, regs::TemplateEnd);
    const auto holed = runReport(m, folder, {});
    REQUIRE(holed);
    CHECK_FALSE(reportComplete(holed.value()));
    CHECK(holed->identity.serialNumber == kSerial);
    CHECK(holed->identity.deviceType == 7350);
    REQUIRE(holed->settingsError);
    CHECK(holed->settingsError->kind == TemplateErrorKind::Link);
    CHECK(holed->settingsError->link.kind == LinkErrorKind::Timeout);
    CHECK(holed->settings.isEmpty());
    CHECK_FALSE(holed->readingsError);
    CHECK(holed->readings);
    // No technician given: this computer's user.
    CHECK(holed->technician == ChangeHistory::currentUser());
    CHECK(fake.writes == 0); // a report writes nothing to the meter
}

TEST_CASE("a report stops at the step that failed: a bad profile before the meter is asked, a "
          "silent meter at identify",
          "[usecase][report]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    FakeTemplateMeter fake(7350, kSerial);
    WholeMeter m(fake);

    m.timeOutReads(regs::IdentityStart, regs::IdentityStart + regs::IdentityCount - 1);
    const auto silent = runReport(m, folder, {});
    REQUIRE_FALSE(silent);
    CHECK(silent.error().step == ReportStep::Identify);
    CHECK(silent.error().linkError.kind == LinkErrorKind::Timeout);

    REQUIRE(QDir().mkpath(DeviceProfiles::userFolder(folder)));
    QFile broken(DeviceProfiles::userFolder(folder) + QStringLiteral("/broken.json"));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    const int readsBefore = m.reads;
    const auto badProfile = runReport(m, folder, {});
    REQUIRE_FALSE(badProfile);
    CHECK(badProfile.error().step == ReportStep::LoadProfiles);
    CHECK(badProfile.error().profilesError.kind == TemplateErrorKind::ProfileInvalid);
    CHECK(badProfile.error().profilesError.path.endsWith(QStringLiteral("broken.json")));
    CHECK(m.reads == readsBefore);
}
