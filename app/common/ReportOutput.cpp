#include "ReportOutput.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace commissioner::app {

namespace {

// The translation context of the report's words.
class ReportTr
{
    Q_DECLARE_TR_FUNCTIONS(CommissioningReport)
};

} // namespace

std::optional<ReportFormat> reportFormatFor(const QString& path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (ext == QLatin1String("html") || ext == QLatin1String("htm"))
        return ReportFormat::Html;
    return std::nullopt;
}

ReportText reportText()
{
    ReportText t;
    t.title = ReportTr::tr("Commissioning report");
    t.meter = ReportTr::tr("Meter");
    t.model = ReportTr::tr("Model");
    t.serialNumber = ReportTr::tr("Serial number");
    t.deviceType = ReportTr::tr("Device type");
    t.hwRevision = ReportTr::tr("Hardware revision");
    t.firmwareNow = ReportTr::tr("Firmware");
    t.bootloader = ReportTr::tr("Bootloader version");
    t.mode = ReportTr::tr("Mode");
    t.activeEvents = ReportTr::tr("Active events");
    t.link = ReportTr::tr("Connected through");
    t.date = ReportTr::tr("Date (UTC)");
    t.technician = ReportTr::tr("Technician");
    t.site = ReportTr::tr("Site");
    t.customer = ReportTr::tr("Customer");
    t.tool = ReportTr::tr("Tool");

    t.firmware = ReportTr::tr("Firmware");
    t.firmwareBefore = ReportTr::tr("Before the last upgrade");
    t.firmwareAfter = ReportTr::tr("After the last upgrade");
    t.upgradeStarted = ReportTr::tr("Upgrade started (UTC)");
    t.packageVersion = ReportTr::tr("Package version");
    t.upgradeResult = ReportTr::tr("Result");
    t.notConfirmed = ReportTr::tr("(not confirmed)");
    t.noUpgrade = ReportTr::tr("No upgrade of this meter is recorded in this data folder.");

    t.settings = ReportTr::tr("Settings");
    t.group = ReportTr::tr("Group");
    t.setting = ReportTr::tr("Setting");
    t.value = ReportTr::tr("Value");
    t.unit = ReportTr::tr("Unit");
    t.settingsUnreadable = ReportTr::tr("The settings could not be read: %1");
    t.noProfile = ReportTr::tr("No device profile knows device type %1.");

    t.readings = ReportTr::tr("Live readings");
    t.quantity = ReportTr::tr("Quantity");
    t.voltage = ReportTr::tr("Voltage %1");
    t.current = ReportTr::tr("Current %1");
    t.kw = ReportTr::tr("Active power total");
    t.kvar = ReportTr::tr("Reactive power total");
    t.kva = ReportTr::tr("Apparent power total");
    t.powerFactor = ReportTr::tr("Power factor");
    t.frequency = ReportTr::tr("Frequency");
    t.sincePowerUp = ReportTr::tr("Time since power-up");
    t.readingsUnreadable = ReportTr::tr("The readings could not be read: %1");

    t.checks = ReportTr::tr("Checks");
    t.upgradeChecks = ReportTr::tr("Checks of the last upgrade");
    t.backupCompare =
        ReportTr::tr("Settings compared with the latest backup %1 (saved %2 UTC, reason %3)");
    t.backupEqual = ReportTr::tr("Every setting equals the backup.");
    t.backupDiffers = ReportTr::tr("Settings that differ from the backup: %1");
    t.backupSide = ReportTr::tr("Backup");
    t.meterSide = ReportTr::tr("Meter now");
    t.noBackup = ReportTr::tr("No template backup of this meter in this data folder.");
    t.backupUnreadable = ReportTr::tr("The latest backup could not be read: %1");

    t.changes = ReportTr::tr("Changes recorded");
    t.when = ReportTr::tr("When (UTC)");
    t.from = ReportTr::tr("From");
    t.to = ReportTr::tr("To");
    t.result = ReportTr::tr("Result");
    t.who = ReportTr::tr("Who");
    t.via = ReportTr::tr("Via");
    t.noChanges = ReportTr::tr("No change of this meter is recorded.");
    t.nowReads = ReportTr::tr("the meter now reads %1");
    return t;
}

bool writeCommissioningReport(const CommissioningReportData& data, const QString& path,
                              QString* errorText)
{
    auto fail = [&](const QString& why) {
        if (errorText)
            *errorText = why;
        return false;
    };
    const auto format = reportFormatFor(path);
    if (!format)
        return fail(ReportTr::tr("%1: a report file name ends in .pdf or .html").arg(path));
    const ReportText text = reportText();
    const QString html = commissioningReportHtml(data, text);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ReportTr::tr("cannot write %1: %2").arg(path, file.errorString()));
    if (*format == ReportFormat::Html) {
        file.write(html.toUtf8());
    } else {
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
            file.cancelWriting();
            return fail(ReportTr::tr("a PDF report needs the graphical part of Qt (a "
                                     "QGuiApplication); write .html instead"));
        }
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setTitle(QStringLiteral("%1 %2 %3")
                         .arg(text.title, data.identity.modelName, data.identity.serialNumber));
        pdf.setCreator(QStringLiteral("Commissioner %1").arg(data.toolVersion));
        QTextDocument doc;
        doc.setHtml(html);
        doc.print(&pdf);
    }
    if (!file.commit())
        return fail(ReportTr::tr("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace commissioner::app
