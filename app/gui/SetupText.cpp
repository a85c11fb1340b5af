#include "SetupText.h"

#include "GuiText.h"
#include "settings/SettingInput.h"

#include <QStringList>

namespace commissioner::gui {

QString SetupText::inputError(const SettingInputError& e)
{
    switch (e.kind) {
    case SettingInputErrorKind::BadAssignment:
        return tr("\"%1\" is not NAME=VALUE.").arg(e.text);
    case SettingInputErrorKind::UnknownSetting:
        return tr("%1 is not a setting of this meter.").arg(e.setting);
    case SettingInputErrorKind::NotASetting:
        return tr("%1 is not a setting that can be changed here: %2").arg(e.setting, e.detail);
    case SettingInputErrorKind::Duplicate:
        return tr("%1 is given twice.").arg(e.setting);
    case SettingInputErrorKind::NotANumber:
        return tr("%1: \"%2\" is not a whole number (%3).").arg(e.setting, e.text, e.rule);
    case SettingInputErrorKind::BelowMinimum:
        return tr("%1: %2 is below the minimum (%3).").arg(e.setting, e.text, e.rule);
    case SettingInputErrorKind::AboveMaximum:
        return tr("%1: %2 is above the maximum (%3).").arg(e.setting, e.text, e.rule);
    case SettingInputErrorKind::NotAChoice:
        return tr("%1: \"%2\" is not one of the choices (%3).").arg(e.setting, e.text, e.rule);
    case SettingInputErrorKind::TooLong:
        return tr("%1: \"%2\" is too long (%3).").arg(e.setting, e.text, e.rule);
    case SettingInputErrorKind::NotAscii:
        return tr("%1: \"%2\" holds a character that is not printable ASCII (%3).")
            .arg(e.setting, e.text, e.rule);
    }
    return QString();
}

QString SetupText::inputErrors(const QVector<SettingInputError>& errors)
{
    QStringList lines;
    for (const SettingInputError& e : errors)
        lines << inputError(e);
    return lines.join(QLatin1Char('\n'));
}

QString SetupText::value(const SettingDef& def, const SettingValue& v)
{
    if (def.type == SettingType::Ascii)
        return QStringLiteral("\"%1\"").arg(v.toText());
    return formatSettingValue(def, v, true);
}

QString SetupText::outcome(SettingWriteOutcome outcome)
{
    switch (outcome) {
    case SettingWriteOutcome::Unchanged:
        return tr("already so, not written");
    case SettingWriteOutcome::Verified:
        return tr("written and read back");
    case SettingWriteOutcome::ReadBackDiffers:
        return tr("written, but the meter reads back another value");
    case SettingWriteOutcome::RefusedByMeter:
        return tr("refused by the meter, nothing changed");
    case SettingWriteOutcome::NoAnswer:
        return tr("sent, no answer: it may or may not have been applied");
    case SettingWriteOutcome::NotWritten:
        return tr("not written");
    case SettingWriteOutcome::NotReadBack:
        return tr("written, but it could not be read back");
    }
    return QString();
}

QString SetupText::refusedByMeter(const SettingDef& def, const SettingWriteResult& w)
{
    return tr("The meter refused %1 for %2 and still holds %3.")
        .arg(value(def, w.wanted), w.setting, value(def, w.before));
}

QString SetupText::typedValue(const SettingDef& def, const QString& text)
{
    const auto parsed = parseSettingValue(def, text);
    return parsed ? value(def, parsed.value()) : text;
}

QString SetupText::report(const DeviceProfile& profile, const SettingsEditReport& r)
{
    QStringList lines;
    if (r.readError)
        lines << tr("The settings could not be read before writing, so nothing was written: %1")
                     .arg(GuiText::templateError(*r.readError));
    for (const SettingWriteResult& w : r.results) {
        const SettingDef* def = profile.setting(w.setting);
        if (!def)
            continue;
        QString line =
            tr("%1: %2 → %3: %4")
                .arg(w.setting, value(*def, w.before), value(*def, w.wanted), outcome(w.outcome));
        if (w.readBack && *w.readBack != w.wanted)
            line += tr(" (the meter holds %1)").arg(value(*def, *w.readBack));
        if (w.error && w.outcome != SettingWriteOutcome::NotWritten)
            line += QStringLiteral(" — ") + GuiText::linkError(*w.error);
        lines << line;
    }
    if (r.readBackError)
        lines << tr("Read back failed: %1").arg(GuiText::templateError(*r.readBackError));
    const QString comm = commFollow(profile, r);
    if (!comm.isEmpty())
        lines << comm;
    return lines.join(QLatin1Char('\n'));
}

QString SetupText::summary(const SettingsEditReport& r)
{
    if (r.readError)
        return tr("Nothing was written: %1").arg(GuiText::templateError(*r.readError));
    for (const SettingWriteResult& w : r.results) {
        switch (w.outcome) {
        case SettingWriteOutcome::RefusedByMeter:
            return tr("The meter refused %1 (%2); nothing after it was written.")
                .arg(w.setting, w.error ? GuiText::linkError(*w.error) : outcome(w.outcome));
        case SettingWriteOutcome::NoAnswer:
            return tr("No answer to the write of %1: it may or may not have been applied; nothing "
                      "after it "
                      "was written.")
                .arg(w.setting);
        case SettingWriteOutcome::ReadBackDiffers:
            return tr("%1 was written, but the meter reads back another value.").arg(w.setting);
        case SettingWriteOutcome::NotReadBack:
            return tr("%1 was written, but could not be read back.").arg(w.setting);
        default:
            break;
        }
    }
    if (r.comm && r.comm->outcome != CommFollow::Outcome::FoundAtNew &&
        r.comm->outcome != CommFollow::Outcome::NotFollowed)
        return tr("The settings were written, but the meter was not found at its new "
                  "communications settings: "
                  "see the report.");
    return r.allVerified() ? tr("Sent and read back: the meter holds the values shown.")
                           : tr("Sent: see the report.");
}

QString SetupText::commSettings(const CommSettings& c, bool lineMatters)
{
    if (!lineMatters)
        return tr("unit %1").arg(c.unitId);
    const QString parity = c.parity == 'N'   ? tr("no parity")
                           : c.parity == 'O' ? tr("odd parity")
                                             : tr("even parity");
    return tr("unit %1, %2 baud, %3").arg(c.unitId).arg(c.baudRate).arg(parity);
}

QString SetupText::commFollow(const DeviceProfile& profile, const SettingsEditReport& r)
{
    if (!r.comm)
        return QString();
    const CommFollow& c = *r.comm;
    const QString target = commSettings(c.target, c.lineMatters);
    const QString before = commSettings(c.before, c.lineMatters);
    // What was written, setting by setting, in the profile's words.
    QStringList written;
    for (const SettingWriteResult& w : r.results) {
        const SettingDef* def = profile.setting(w.setting);
        if (def && isCommSetting(*def) && w.outcome != SettingWriteOutcome::NotWritten &&
            w.outcome != SettingWriteOutcome::Unchanged &&
            w.outcome != SettingWriteOutcome::RefusedByMeter)
            written << QStringLiteral("%1 = %2").arg(w.setting, formatSettingValue(*def, w.wanted));
    }
    const QString what = written.join(QStringLiteral(", "));
    switch (c.outcome) {
    case CommFollow::Outcome::FoundAtNew:
        return tr("The meter now answers at %1; the connection follows it there.").arg(target);
    case CommFollow::Outcome::FoundAtOld:
        return tr("The meter still answers at its old settings (%1): the change did not take "
                  "effect.")
            .arg(before);
    case CommFollow::Outcome::NotFound:
        return tr("Written: %1. The meter did not answer at %2, nor at its old settings (%3). To "
                  "reach it, "
                  "connect at %2 (Connection > Connect…); if it still does not answer, check its "
                  "display or "
                  "its front-panel communications settings.")
            .arg(what, target, before);
    case CommFollow::Outcome::Refused:
        return tr("The meter refused the communications settings: nothing changed.");
    case CommFollow::Outcome::CannotFollow:
        return tr("Written: %1. This connection cannot follow the meter (its line settings are not "
                  "this tool's): "
                  "set the gateway or modem to %2, then connect again.")
            .arg(what, target);
    case CommFollow::Outcome::NotFollowed:
        return tr("Written: %1. The meter now answers at %2.").arg(what, target);
    }
    return QString();
}

} // namespace commissioner::gui
