#include "settings/TemplateError.h"

namespace commissioner {

QString templateErrorKindName(TemplateErrorKind kind)
{
    switch (kind) {
    case TemplateErrorKind::FileUnreadable:
        return QStringLiteral("FileUnreadable");
    case TemplateErrorKind::FileNotWritten:
        return QStringLiteral("FileNotWritten");
    case TemplateErrorKind::NotJson:
        return QStringLiteral("NotJson");
    case TemplateErrorKind::NotATemplate:
        return QStringLiteral("NotATemplate");
    case TemplateErrorKind::UnknownFormatVersion:
        return QStringLiteral("UnknownFormatVersion");
    case TemplateErrorKind::MissingField:
        return QStringLiteral("MissingField");
    case TemplateErrorKind::UnknownDeviceType:
        return QStringLiteral("UnknownDeviceType");
    case TemplateErrorKind::UnknownSetting:
        return QStringLiteral("UnknownSetting");
    case TemplateErrorKind::MissingSetting:
        return QStringLiteral("MissingSetting");
    case TemplateErrorKind::WrongType:
        return QStringLiteral("WrongType");
    case TemplateErrorKind::OutOfRange:
        return QStringLiteral("OutOfRange");
    case TemplateErrorKind::UnitMismatch:
        return QStringLiteral("UnitMismatch");
    case TemplateErrorKind::ProfileInvalid:
        return QStringLiteral("ProfileInvalid");
    case TemplateErrorKind::DeviceTypeMismatch:
        return QStringLiteral("DeviceTypeMismatch");
    case TemplateErrorKind::UnknownGroup:
        return QStringLiteral("UnknownGroup");
    case TemplateErrorKind::MeterNotNormal:
        return QStringLiteral("MeterNotNormal");
    case TemplateErrorKind::Link:
        return QStringLiteral("Link");
    case TemplateErrorKind::UpgradeRunning:
        return QStringLiteral("UpgradeRunning");
    case TemplateErrorKind::WrongMeter:
        return QStringLiteral("WrongMeter");
    case TemplateErrorKind::ForeignBackup:
        return QStringLiteral("ForeignBackup");
    case TemplateErrorKind::NoSerialNumber:
        return QStringLiteral("NoSerialNumber");
    case TemplateErrorKind::BackupUnfaithful:
        return QStringLiteral("BackupUnfaithful");
    }
    return QStringLiteral("Unknown");
}

QString describe(const TemplateError& e)
{
    const QString in = e.path.isEmpty() ? QString() : QStringLiteral(" in %1").arg(e.path);
    switch (e.kind) {
    case TemplateErrorKind::FileUnreadable:
        return QStringLiteral("cannot read %1: %2").arg(e.path, e.detail);
    case TemplateErrorKind::FileNotWritten:
        return QStringLiteral("cannot write %1: %2").arg(e.path, e.detail);
    case TemplateErrorKind::NotJson:
        return QStringLiteral("not valid JSON%1 at line %2, column %3 (offset %4): %5")
            .arg(in)
            .arg(e.line)
            .arg(e.column)
            .arg(e.offset)
            .arg(e.detail);
    case TemplateErrorKind::NotATemplate:
        return QStringLiteral("not a commissioner template%1 (format \"%2\")").arg(in, e.value);
    case TemplateErrorKind::UnknownFormatVersion:
        return QStringLiteral("unknown template format_version %1%2 (this tool reads 1)")
            .arg(e.value, in);
    case TemplateErrorKind::MissingField:
        return QStringLiteral("field \"%1\" missing or invalid%2%3")
            .arg(e.field, in, e.detail.isEmpty() ? QString() : QStringLiteral(": ") + e.detail);
    case TemplateErrorKind::UnknownDeviceType:
        return QStringLiteral("no device profile for device type %1%2").arg(e.value, in);
    case TemplateErrorKind::UnknownSetting:
        return QStringLiteral("unknown setting %1%2").arg(e.setting, in);
    case TemplateErrorKind::MissingSetting:
        return QStringLiteral("setting %1 missing%2").arg(e.setting, in);
    case TemplateErrorKind::WrongType:
        return QStringLiteral("setting %1: value %2 is of the wrong type, expected %3%4")
            .arg(e.setting, e.value, e.rule, in);
    case TemplateErrorKind::OutOfRange:
        return QStringLiteral("setting %1: value %2 breaks the rule %3%4")
            .arg(e.setting, e.value, e.rule, in);
    case TemplateErrorKind::UnitMismatch:
        return QStringLiteral("setting %1: unit \"%2\" differs from the profile's \"%3\"%4")
            .arg(e.setting, e.value, e.rule, in);
    case TemplateErrorKind::ProfileInvalid:
        return QStringLiteral("invalid device profile %1%2: %3")
            .arg(e.path,
                 e.setting.isEmpty() ? QString() : QStringLiteral(" (setting %1)").arg(e.setting),
                 e.detail);
    case TemplateErrorKind::DeviceTypeMismatch:
        return QStringLiteral("the template is for device type %1, the meter is %2")
            .arg(e.value, e.rule);
    case TemplateErrorKind::UnknownGroup:
        return QStringLiteral("unknown settings group \"%1\"").arg(e.value);
    case TemplateErrorKind::MeterNotNormal:
        return QStringLiteral(
                   "the meter is in %1 mode: its template block is only available in NORMAL mode")
            .arg(e.value);
    case TemplateErrorKind::Link:
        return QStringLiteral("request failed: %1").arg(describeForLog(e.link));
    case TemplateErrorKind::UpgradeRunning:
        return QStringLiteral("refused while an upgrade runs on this meter; nothing was sent");
    case TemplateErrorKind::WrongMeter:
        return QStringLiteral("meter %1 answers, not %2 (%3); nothing was sent")
            .arg(e.value, e.rule, e.detail);
    case TemplateErrorKind::ForeignBackup:
        return QStringLiteral("the backup %1 is of meter %2, not of %3: never applied to another")
            .arg(e.path, e.value, e.rule);
    case TemplateErrorKind::NoSerialNumber:
        return QStringLiteral("the meter reports no serial number; nothing is written to it");
    case TemplateErrorKind::BackupUnfaithful:
        return QStringLiteral("the backup %1 read back does not reproduce the meter%2: %3")
            .arg(e.path,
                 e.setting.isEmpty() ? QString() : QStringLiteral(" (setting %1)").arg(e.setting),
                 e.detail);
    }
    return QStringLiteral("template error");
}

} // namespace commissioner
