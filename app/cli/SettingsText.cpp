#include "SettingsText.h"

#include "CliText.h"
#include "ErrorText.h"
#include "base/PrintableText.h"

namespace commissioner::cli {

QString describeSettingInputError(const SettingInputError& in)
{
    // What was typed is echoed back: made safe for a terminal.
    SettingInputError e = in;
    e.text = printableText(in.text);
    e.setting = printableText(in.setting);
    switch (e.kind) {
    case SettingInputErrorKind::BadAssignment:
        return CliText::tr("\"%1\" is not NAME=VALUE").arg(e.text);
    case SettingInputErrorKind::UnknownSetting:
        return CliText::tr("%1: no such setting on this meter (see `config show`)").arg(e.setting);
    case SettingInputErrorKind::NotASetting:
        return CliText::tr("%1 is not a setting: %2").arg(e.setting, e.detail);
    case SettingInputErrorKind::Duplicate:
        return CliText::tr("%1 is given more than once").arg(e.setting);
    case SettingInputErrorKind::NotANumber:
        return CliText::tr("%1: \"%2\" is not a whole number (allowed: %3)")
            .arg(e.setting, e.text, e.rule);
    case SettingInputErrorKind::BelowMinimum:
        return CliText::tr("%1: %2 is below the minimum (allowed: %3)")
            .arg(e.setting, e.text, e.rule);
    case SettingInputErrorKind::AboveMaximum:
        return CliText::tr("%1: %2 is above the maximum (allowed: %3)")
            .arg(e.setting, e.text, e.rule);
    case SettingInputErrorKind::NotAChoice:
        return CliText::tr("%1: \"%2\" is not one of the choices (%3)")
            .arg(e.setting, e.text, e.rule);
    case SettingInputErrorKind::TooLong:
        return CliText::tr("%1: \"%2\" is too long (%3)").arg(e.setting, e.text, e.rule);
    case SettingInputErrorKind::NotAscii:
        return CliText::tr("%1: \"%2\" holds characters other than printable ASCII (%3)")
            .arg(e.setting, e.text, e.rule);
    }
    return CliText::tr("%1: invalid value").arg(e.setting);
}

QString describeWriteResult(const SettingDef& def, const SettingWriteResult& r)
{
    // Values read from a meter may hold anything: made safe for a terminal.
    auto shown = [&](const SettingValue& v) {
        return printableText(formatSettingValue(def, v, true));
    };
    const QString back = r.readBack ? shown(*r.readBack) : QString();
    const QString why = r.error ? describeLinkError(*r.error) : QString();
    switch (r.outcome) {
    case SettingWriteOutcome::Unchanged:
        return CliText::tr("unchanged: already %1").arg(shown(r.before));
    case SettingWriteOutcome::Verified:
        return CliText::tr("verified: reads %1").arg(back);
    case SettingWriteOutcome::ReadBackDiffers:
        return CliText::tr("DIFFERS: wrote %1, reads %2").arg(shown(r.wanted), back);
    case SettingWriteOutcome::RefusedByMeter:
        return CliText::tr("REFUSED by the meter, unchanged: %1").arg(why);
    case SettingWriteOutcome::NoAnswer:
        return CliText::tr("sent, no answer: may or may not be applied (%1)").arg(why);
    case SettingWriteOutcome::NotWritten:
        return CliText::tr("not written");
    case SettingWriteOutcome::NotReadBack:
        return why.isEmpty() ? CliText::tr("written, not read back")
                             : CliText::tr("written, not read back: %1").arg(why);
    }
    return QString();
}

QString describeCommSettings(const CommSettings& c, bool withLine)
{
    if (!withLine)
        return CliText::tr("unit %1").arg(c.unitId);
    const QString parity = c.parity == 'N'   ? CliText::tr("no parity")
                           : c.parity == 'O' ? CliText::tr("odd parity")
                                             : CliText::tr("even parity");
    return CliText::tr("unit %1, %2 baud, %3").arg(c.unitId).arg(c.baudRate).arg(parity);
}

} // namespace commissioner::cli
