// The commissioning report as HTML: plain text building, no Qt Gui (app/ renders the PDF).
#include "base/PrintableText.h"
#include "report/CommissioningReport.h"

#include <QLocale>
#include <QStringList>

namespace commissioner {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString utc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

class Html
{
public:
    void heading(const QString& text, int level = 2)
    {
        m_s += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(esc(text));
    }
    void para(const QString& text, const QString& cls = QString())
    {
        m_s += cls.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(esc(text))
                             : QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cls, esc(text));
    }
    void beginTable(const QStringList& header, const QString& id = QString())
    {
        m_s += id.isEmpty() ? QStringLiteral("<table border=\"1\" cellspacing=\"0\" "
                                             "cellpadding=\"3\" width=\"100%\">\n")
                            : QStringLiteral("<table id=\"%1\" border=\"1\" cellspacing=\"0\" "
                                             "cellpadding=\"3\" width=\"100%\">\n")
                                  .arg(id);
        if (header.isEmpty())
            return;
        m_s += QStringLiteral("<tr>");
        for (const QString& h : header)
            m_s += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(h));
        m_s += QStringLiteral("</tr>\n");
    }
    void row(const QStringList& cells, bool highlight = false)
    {
        m_s += highlight ? QStringLiteral("<tr class=\"changed\">") : QStringLiteral("<tr>");
        for (const QString& c : cells)
            m_s += QStringLiteral("<td>%1</td>").arg(esc(c));
        m_s += QStringLiteral("</tr>\n");
    }
    void keyValue(const QString& key, const QString& value)
    {
        m_s += QStringLiteral("<tr><th align=\"left\" width=\"35%\">%1</th><td>%2</td></tr>\n")
                   .arg(esc(key), esc(value));
    }
    void endTable() { m_s += QStringLiteral("</table>\n"); }
    void list(const QStringList& items)
    {
        m_s += QStringLiteral("<ul>\n");
        for (const QString& i : items)
            m_s += QStringLiteral("<li>%1</li>\n").arg(esc(i));
        m_s += QStringLiteral("</ul>\n");
    }
    QString& text() { return m_s; }

private:
    QString m_s;
};

QString number(double v, int decimals)
{
    return QLocale::c().toString(v, 'f', decimals);
}

void identitySection(Html& h, const CommissioningReportData& d, const ReportText& t)
{
    const MeterIdentity& m = d.identity;
    h.heading(t.meter);
    h.beginTable({});
    h.keyValue(t.model, printableText(m.modelName));
    h.keyValue(t.serialNumber, printableText(m.serialNumber));
    h.keyValue(t.deviceType, QString::number(m.deviceType));
    h.keyValue(t.hwRevision, QString::number(m.hwRevision));
    h.keyValue(t.firmwareNow, m.firmware.toString());
    h.keyValue(t.bootloader, QString::number(m.bootloaderVersion));
    h.keyValue(t.mode, deviceModeName(m.mode));
    h.keyValue(t.activeEvents, eventNames(m.activeEvents));
    h.keyValue(t.link, d.link);
    h.keyValue(t.date, utc(d.generatedAt));
    h.keyValue(t.technician, d.technician);
    // Typed by the person (escaped as HTML like every value); a report without them (the
    // CLI's) leaves the rows out.
    if (!d.site.isEmpty())
        h.keyValue(t.site, d.site);
    if (!d.customer.isEmpty())
        h.keyValue(t.customer, d.customer);
    h.keyValue(t.tool, QStringLiteral("Commissioner %1").arg(d.toolVersion));
    h.endTable();
}

void firmwareSection(Html& h, const CommissioningReportData& d, const ReportText& t)
{
    h.heading(t.firmware);
    if (!d.upgrade) {
        h.para(t.noUpgrade);
        return;
    }
    const UpgradeRunSummary& u = *d.upgrade;
    h.beginTable({});
    h.keyValue(t.upgradeStarted, utc(u.started));
    h.keyValue(t.packageVersion, u.packageVersion);
    h.keyValue(t.firmwareBefore, u.firmwareBefore);
    h.keyValue(t.firmwareAfter, u.firmwareAfter.isEmpty() ? t.notConfirmed : u.firmwareAfter);
    h.keyValue(t.upgradeResult, u.resultText.isEmpty() ? u.outcome : u.resultText);
    h.endTable();
}

void settingsSection(Html& h, const CommissioningReportData& d, const ReportText& t)
{
    h.heading(t.settings);
    if (!d.profile) {
        h.para(t.noProfile.arg(d.identity.deviceType), QStringLiteral("error"));
        return;
    }
    if (d.settingsError) {
        h.para(t.settingsUnreadable.arg(t.templateError(*d.settingsError)),
               QStringLiteral("error"));
        return;
    }
    h.beginTable({t.group, t.setting, t.value, t.unit}, QStringLiteral("settings"));
    for (const SettingDef& s : d.profile->settings()) {
        const SettingGroup* g = d.profile->group(s.group);
        h.row({g ? g->name : s.group, s.name,
               printableText(s.displayValue(d.settings.value(s.name))), s.unit});
    }
    h.endTable();
}

void readingsSection(Html& h, const CommissioningReportData& d, const ReportText& t)
{
    h.heading(t.readings);
    if (!d.readings) {
        if (d.readingsError)
            h.para(t.readingsUnreadable.arg(t.linkError(*d.readingsError)),
                   QStringLiteral("error"));
        return;
    }
    const Measurements& m = *d.readings;
    h.beginTable({t.quantity, t.value, t.unit});
    for (int i = 0; i < 3; ++i)
        h.row({t.voltage.arg(QStringLiteral("L%1").arg(i + 1)), number(m.voltage[i], 1),
               QStringLiteral("V")});
    for (int i = 0; i < 3; ++i)
        h.row({t.current.arg(QStringLiteral("L%1").arg(i + 1)), number(m.current[i], 2),
               QStringLiteral("A")});
    h.row({t.kw, number(m.kwTotal, 2), QStringLiteral("kW")});
    h.row({t.kvar, number(m.kvarTotal, 2), QStringLiteral("kvar")});
    h.row({t.kva, number(m.kvaTotal, 2), QStringLiteral("kVA")});
    h.row({t.powerFactor, number(m.powerFactor, 3), QString()});
    h.row({t.frequency, number(m.frequency, 2), QStringLiteral("Hz")});
    h.row({t.sincePowerUp, number(m.secondsSincePowerUp, 0), QStringLiteral("s")});
    h.endTable();
}

void checksSection(Html& h, const CommissioningReportData& d, const ReportText& t)
{
    h.heading(t.checks);
    if (d.upgrade && (!d.upgrade->checks.isEmpty() || !d.upgrade->confirmation.isEmpty())) {
        h.heading(t.upgradeChecks, 3);
        QStringList items = d.upgrade->checks;
        if (!d.upgrade->confirmation.isEmpty())
            items << d.upgrade->confirmation;
        if (!d.upgrade->resultText.isEmpty())
            items << d.upgrade->resultText;
        h.list(items);
    }
    if (!d.backup) {
        h.para(t.noBackup);
        return;
    }
    h.heading(t.backupCompare.arg(d.backup->path, utc(d.backup->savedAt), d.backup->reason), 3);
    if (d.backupError) {
        h.para(t.backupUnreadable.arg(t.templateError(*d.backupError)), QStringLiteral("error"));
        return;
    }
    if (d.backupDiff.isEmpty())
        return; // the settings could not be read: said above
    int changed = 0;
    for (const DiffRow& r : d.backupDiff)
        changed += r.changed ? 1 : 0;
    if (changed == 0) {
        h.para(t.backupEqual);
        return;
    }
    h.para(t.backupDiffers.arg(changed));
    h.beginTable({t.setting, t.backupSide, t.meterSide, t.unit}, QStringLiteral("backup-diff"));
    for (const DiffRow& r : d.backupDiff)
        if (r.changed)
            h.row({r.setting, printableText(r.left), printableText(r.right), r.unit}, true);
    h.endTable();
}

// What the meter holds now for the setting of change i, when that is its latest change and
// the meter reads otherwise; empty when it agrees or cannot tell.
QString laterValue(const CommissioningReportData& d, int i)
{
    const ChangeRecord& c = d.changes[i];
    for (int j = i + 1; j < d.changes.size(); ++j)
        if (d.changes[j].setting == c.setting)
            return QString();
    const SettingDef* def = d.profile ? d.profile->setting(c.setting) : nullptr;
    if (!def || !d.settings.contains(c.setting))
        return QString();
    const QString now = def->displayValue(d.settings.value(c.setting));
    return now == c.to ? QString() : now;
}

void changesSection(Html& h, const CommissioningReportData& d, const ReportText& t)
{
    h.heading(t.changes);
    if (d.changes.isEmpty()) {
        h.para(t.noChanges);
        return;
    }
    h.beginTable({t.when, t.setting, t.from, t.to, t.result, t.who, t.via},
                 QStringLiteral("changes"));
    for (int i = 0; i < d.changes.size(); ++i) {
        const ChangeRecord& c = d.changes[i];
        const QString unit = c.unit.isEmpty() ? QString() : QLatin1Char(' ') + c.unit;
        const QString now = laterValue(d, i);
        const QString result =
            now.isEmpty() ? c.result : c.result + QStringLiteral("; ") + t.nowReads.arg(now + unit);
        h.row({utc(c.time), c.setting, printableText(c.from.isEmpty() ? QString() : c.from + unit),
               printableText(c.to + unit), printableText(result), c.user, c.tool},
              !now.isEmpty());
    }
    h.endTable();
}

} // namespace

QString commissioningReportHtml(const CommissioningReportData& d, const ReportText& t)
{
    Html h;
    const QString title = QStringLiteral("%1: %2 %3")
                              .arg(t.title, printableText(d.identity.modelName),
                                   printableText(d.identity.serialNumber));
    h.text() = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                              "<title>%1</title>\n<style>\n"
                              "body { font-family: sans-serif; font-size: 10pt; }\n"
                              "h1 { font-size: 16pt; } h2 { font-size: 13pt; } "
                              "h3 { font-size: 11pt; }\n"
                              "table { border-collapse: collapse; }\n"
                              "th { background-color: #e8e8e8; }\n"
                              "tr.changed td { background-color: #fff2cc; }\n"
                              "p.error { color: #a00000; }\n"
                              "</style>\n</head>\n<body>\n")
                   .arg(esc(title));
    h.heading(title, 1);
    identitySection(h, d, t);
    firmwareSection(h, d, t);
    settingsSection(h, d, t);
    readingsSection(h, d, t);
    checksSection(h, d, t);
    changesSection(h, d, t);
    h.text() += QStringLiteral("</body>\n</html>\n");
    return h.text();
}

} // namespace commissioner
