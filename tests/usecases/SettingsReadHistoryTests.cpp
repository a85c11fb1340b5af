// Reading a meter's settings and the record of their changes, as `config show`, `config
// history` and the Setup tab get them: the settings read against an in-memory meter (every
// value as held, a broken one flagged, each refusal naming its step), and the history of a
// meter kept apart from another device type's that carries the same serial number.
#include "CatchCompat.h"
#include "FakeTemplateMeter.h"
#include "MeterFiles.h"
#include "settings/TemplateIo.h"
#include "usecases/HistoryUseCase.h"
#include "usecases/SettingsReadUseCase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace commissioner;
using commissioner::test::FakeTemplateMeter;

namespace {

const QString kSerial = QStringLiteral("PC-0209A001-11");

// Appends lines to a history file as the tool stores them (one JSON object a line).
void writeLines(const QString& path, const QStringList& lines)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Append));
    for (const QString& line : lines)
        f.write(line.toUtf8() + '\n');
}

QString record(const QString& time, const QString& serial, int deviceType, const QString& setting)
{
    const QString type =
        deviceType ? QStringLiteral("\"device_type\":%1,").arg(deviceType) : QString();
    return QStringLiteral("{\"time\":\"%1\",\"serial_number\":\"%2\",%3\"setting\":\"%4\","
                          "\"from\":\"1\",\"to\":\"2\",\"unit\":\"\",\"result\":\"verified\","
                          "\"user\":\"alice\",\"tool\":\"test\"}")
        .arg(time, serial, type, setting);
}

QStringList settingsOf(const QVector<ChangeRecord>& records)
{
    QStringList out;
    for (const ChangeRecord& r : records)
        out << r.setting;
    return out;
}

} // namespace

TEST_CASE("settings read gives the meter, its profile and every setting as the meter holds it",
          "[usecase][settings-read]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    FakeTemplateMeter m(7350, kSerial);
    m.setReg(1001, 14400); // PT_PRIMARY (u32 at 1000)
    m.setReg(1002, 0);     // PT_SECONDARY: 0 breaks its rule (1 to 690)

    const auto read = runSettingsRead(m, folder);
    REQUIRE(read);
    CHECK(read->meter.serialNumber == kSerial);
    CHECK(read->meter.deviceType == 7350);
    CHECK(read->profile.setting(QStringLiteral("PT_PRIMARY")) != nullptr);
    CHECK(read->values.size() == read->profile.settings().size());
    CHECK(read->values.value(QStringLiteral("PT_PRIMARY")) == SettingValue::integer(14400));
    CHECK(read->values.value(QStringLiteral("CT_SECONDARY")) == SettingValue::integer(5));

    // The broken value is shown as held and flagged, never dropped.
    CHECK(read->values.value(QStringLiteral("PT_SECONDARY")) == SettingValue::integer(0));
    CHECK(read->checked.invalid.contains(QStringLiteral("PT_SECONDARY")));
    CHECK_FALSE(read->checked.valid.contains(QStringLiteral("PT_SECONDARY")));
    CHECK(read->checked.valid.value(QStringLiteral("PT_PRIMARY")) == SettingValue::integer(14400));

    // The same values the Setup tab read before (readTemplate), and nothing written.
    const auto plain = readTemplate(m, read->profile);
    REQUIRE(plain);
    CHECK(read->values == plain.value());
    CHECK(m.writes == 0);
}

TEST_CASE("settings read names the step it stopped at", "[usecase][settings-read]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());

    FakeTemplateMeter upgrading(7350, kSerial);
    upgrading.setMode(1); // UPGRADE
    const auto notNormal = runSettingsRead(upgrading, folder);
    REQUIRE_FALSE(notNormal);
    CHECK(notNormal.error().step == TemplateStep::CheckMode);
    CHECK(notNormal.error().error.kind == TemplateErrorKind::MeterNotNormal);
    CHECK(notNormal.error().error.value == QStringLiteral("UPGRADE"));
    REQUIRE(notNormal.error().meter);
    CHECK(notNormal.error().meter->serialNumber == kSerial);

    FakeTemplateMeter unknown(4242, kSerial);
    const auto noProfile = runSettingsRead(unknown, folder);
    REQUIRE_FALSE(noProfile);
    CHECK(noProfile.error().step == TemplateStep::FindProfile);
    CHECK(noProfile.error().error.kind == TemplateErrorKind::UnknownDeviceType);
    CHECK(noProfile.error().error.value == QStringLiteral("4242"));

    // The identity says NORMAL but the template block answers exception 02.
    FakeTemplateMeter silent(7350, kSerial);
    silent.setMode(1);
    silent.setReg(22, 0);
    const auto unread = runSettingsRead(silent, folder);
    REQUIRE_FALSE(unread);
    CHECK(unread.error().step == TemplateStep::ReadSettings);
    CHECK(unread.error().error.kind == TemplateErrorKind::Link);
    REQUIRE(unread.error().meter);
    CHECK(unread.error().meter->deviceType == 7350);

    // The link is down: the identity cannot be read, no meter is named.
    FakeTemplateMeter down(7350, kSerial);
    down.dropLinkAfterWrites(0);
    REQUIRE_FALSE(down.writeRegister(1001, 1));
    const auto noIdentity = runSettingsRead(down, folder);
    REQUIRE_FALSE(noIdentity);
    CHECK(noIdentity.error().step == TemplateStep::Identify);
    CHECK(noIdentity.error().error.kind == TemplateErrorKind::Link);
    CHECK_FALSE(noIdentity.error().meter);
}

TEST_CASE("settings read names a broken device profile before the meter is asked",
          "[usecase][settings-read]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    writeLines(DeviceProfiles::userFolder(folder) + QStringLiteral("/broken.json"),
               {QStringLiteral("{")});
    FakeTemplateMeter m(7350, kSerial);
    const auto read = runSettingsRead(m, folder);
    REQUIRE_FALSE(read);
    CHECK(read.error().step == TemplateStep::LoadProfiles);
    CHECK(m.reads == 0);
}

TEST_CASE("the history of the meter on the link is its own: one serial number, two device types",
          "[usecase][history]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    // A 7350 and a 7330 that carry one serial number, each with its own history; a line an
    // earlier version kept under the serial number alone (no device type), a line that is no
    // record, and another meter.
    writeLines(meterHistoryPath(dir.path(), kSerial, 7350),
               {record(QStringLiteral("2024-05-01T10:00:00.000Z"), kSerial, 7350,
                       QStringLiteral("PT_PRIMARY")),
                record(QStringLiteral("2024-05-03T10:00:00.000Z"), kSerial, 7350,
                       QStringLiteral("CT_PRIMARY"))});
    writeLines(meterHistoryPath(dir.path(), kSerial, 7330),
               {record(QStringLiteral("2024-05-02T10:00:00.000Z"), kSerial, 7330,
                       QStringLiteral("VOLTS_MODE"))});
    writeLines(dir.path() + QStringLiteral("/backups/") + kSerial +
                   QStringLiteral("/history.jsonl"),
               {record(QStringLiteral("2024-04-01T10:00:00.000Z"), kSerial, 0,
                       QStringLiteral("TZ_OFFSET")),
                QStringLiteral("{\"time\":\"garbage")});
    writeLines(meterHistoryPath(dir.path(), QStringLiteral("SN-OTHER"), 7350),
               {record(QStringLiteral("2024-05-04T10:00:00.000Z"), QStringLiteral("SN-OTHER"), 7350,
                       QStringLiteral("COMM_BAUD"))});

    // The meter on the link: its serial number and device type.
    const HistoryRead of7350 = runHistory(folder, {kSerial, 7350});
    CHECK(settingsOf(of7350.records) == QStringList{QStringLiteral("TZ_OFFSET"),
                                                    QStringLiteral("PT_PRIMARY"),
                                                    QStringLiteral("CT_PRIMARY")});
    CHECK(of7350.meters == QStringList{kSerial});
    CHECK(of7350.skipped == 1);
    const HistoryRead of7330 = runHistory(folder, {kSerial, 7330});
    CHECK(settingsOf(of7330.records) ==
          QStringList{QStringLiteral("TZ_OFFSET"), QStringLiteral("VOLTS_MODE")});
    for (const ChangeRecord& r : of7330.records)
        CHECK(r.deviceType != 7350);

    // --meter SERIAL names no device type: both meters' records, oldest first.
    const HistoryRead bySerial = runHistory(folder, {kSerial, 0});
    CHECK(settingsOf(bySerial.records) ==
          QStringList{QStringLiteral("TZ_OFFSET"), QStringLiteral("PT_PRIMARY"),
                      QStringLiteral("VOLTS_MODE"), QStringLiteral("CT_PRIMARY")});

    // No meter named: every meter in the data folder.
    const HistoryRead every = runHistory(folder, {});
    CHECK(every.meters == (QStringList{kSerial, QStringLiteral("SN-OTHER")}));
    CHECK(settingsOf(every.records) ==
          QStringList{QStringLiteral("TZ_OFFSET"), QStringLiteral("PT_PRIMARY"),
                      QStringLiteral("VOLTS_MODE"), QStringLiteral("CT_PRIMARY"),
                      QStringLiteral("COMM_BAUD")});
    CHECK(every.skipped == 1);

    // A meter without a history: nothing, and no error.
    const HistoryRead none = runHistory(folder, {QStringLiteral("SN-NONE"), 7350});
    CHECK(none.records.isEmpty());
    CHECK(none.meters == QStringList{QStringLiteral("SN-NONE")});
}
