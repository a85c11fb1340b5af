#include "ReportDialog.h"

#include "Asker.h"
#include "GuiText.h"
#include "LinkSession.h"
#include "ReportOutput.h"
#include "base/PrintableText.h"
#include "store/ChangeHistory.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace commissioner::gui {

namespace {

int nextRequestId()
{
    static int next = 0; // GUI thread only
    return ++next;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ReportDialog::ReportDialog(LinkSession* session, const QString& dataDir, const MeterIdentity& meter,
                           Asker* asker, QWidget* parent)
    : QDialog(parent), m_session(session), m_dataDir(dataDir), m_meter(meter), m_asker(asker)
{
    setWindowTitle(tr("Commissioning report of %1 %2")
                       .arg(printableText(meter.modelName), printableText(meter.serialNumber)));
    auto* v = new QVBoxLayout(this);
    v->addLayout(buildForm());
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_status);
    v->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_write = buttons->addButton(tr("&Write report"), QDialogButtonBox::ActionRole);
    connect(m_write, &QPushButton::clicked, this, &ReportDialog::writeReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    resize(620, sizeHint().height());
    if (!m_session)
        return;

    // The dialog lives shorter than the session: these connections end with it.
    LinkWorker* w = m_session->worker();
    connect(w, &LinkWorker::siteDetailsLoaded, this, &ReportDialog::showDetails);
    connect(w, &LinkWorker::reportGathered, this, &ReportDialog::writeFile);
    connect(w, &LinkWorker::reportFailed, this, &ReportDialog::showFailure);
    connect(w, &LinkWorker::requestFailed, this, [this](LinkOperation op, const LinkError& e) {
        if (op == LinkOperation::Report && isBusy())
            fail(tr("The meter could not be read: %1").arg(GuiText::linkError(e)));
    });
    connect(w, &LinkWorker::requestRefused, this, [this](LinkOperation op, LinkRefusal reason) {
        if (op == LinkOperation::Report && isBusy())
            fail(GuiText::refusal(reason));
    });
    m_detailsRequest = nextRequestId();
    const int id = m_detailsRequest;
    const QString dir = m_dataDir;
    const MeterBinding bound = MeterBinding::of(m_meter);
    m_session->post([w, id, dir, bound] { w->loadSiteDetails(id, dir, bound); });
}

QLayout* ReportDialog::buildForm()
{
    auto* form = new QFormLayout;
    m_path = new QLineEdit(defaultPath());
    m_browse = new QPushButton(tr("&Browse…"));
    connect(m_browse, &QPushButton::clicked, this, &ReportDialog::browse);
    auto* file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);
    form->addRow(buddyLabel(tr("&File (.pdf or .html):"), m_path), file);
    m_technician = new QLineEdit(ChangeHistory::currentUser());
    m_site = new QLineEdit;
    m_customer = new QLineEdit;
    form->addRow(buddyLabel(tr("&Technician:"), m_technician), m_technician);
    form->addRow(buddyLabel(tr("&Site:"), m_site), m_site);
    form->addRow(buddyLabel(tr("C&ustomer:"), m_customer), m_customer);
    return form;
}

QString ReportDialog::defaultPath() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString name = QStringLiteral("report-%1-%2.pdf")
                             .arg(DataFolder::safeName(m_meter.serialNumber),
                                  QDate::currentDate().toString(Qt::ISODate));
    return QDir::toNativeSeparators(QDir(dir).filePath(name));
}

void ReportDialog::setOutputPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ReportDialog::outputPath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

QString ReportDialog::statusText() const
{
    return m_status->text();
}

void ReportDialog::browse()
{
    QString path = m_asker->saveFile(this, tr("Save the commissioning report"), outputPath(),
                                     tr("PDF documents (*.pdf);;HTML documents (*.html *.htm)"));
    if (path.isEmpty())
        return;
    const bool named = !QFileInfo(path).suffix().isEmpty();
    if (!named)
        path += QStringLiteral(".pdf");
    setOutputPath(path);
    // The file dialog asked before choosing a file that exists; not for the name completed here.
    m_replaceAsked = named ? QFileInfo(path).absoluteFilePath() : QString();
}

void ReportDialog::showDetails(int requestId, const SiteDetails& details)
{
    if (requestId != m_detailsRequest)
        return;
    m_detailsLoaded = true;
    // What the person typed meanwhile wins over what was kept.
    if (!m_site->isModified() && m_site->text().isEmpty())
        m_site->setText(details.site);
    if (!m_customer->isModified() && m_customer->text().isEmpty())
        m_customer->setText(details.customer);
    Q_EMIT detailsShown();
}

void ReportDialog::writeReport()
{
    if (isBusy() || !m_session)
        return;
    const QString typed = outputPath();
    if (typed.isEmpty()) {
        m_status->setText(tr("Choose the report file first."));
        return;
    }
    if (!app::reportFormatFor(typed)) {
        m_status->setText(tr("A report file name ends in .pdf or .html."));
        return;
    }
    const QString path = QFileInfo(typed).absoluteFilePath();
    if (QFileInfo::exists(path) && path != m_replaceAsked &&
        !m_asker->question(
            this, tr("Replace the report?"),
            tr("%1 exists already. Replace it?").arg(QDir::toNativeSeparators(path))))
        return;
    ReportRequest request;
    if (const QString technician = m_technician->text().trimmed(); !technician.isEmpty())
        request.technician = technician;
    request.site = m_site->text().trimmed();
    request.customer = m_customer->text().trimmed();
    request.meter = MeterBinding::of(m_meter); // another meter answering is not reported on
    m_writing = path;
    const int id = nextRequestId();
    setBusy(id, tr("Reading the meter for the report…"));
    LinkWorker* w = m_session->worker();
    const QString dir = m_dataDir;
    m_session->post([w, id, dir, request] { w->gatherReportData(id, dir, request); });
}

void ReportDialog::writeFile(int requestId, const CommissioningReportData& data,
                             const QString& siteDetailsError)
{
    if (requestId != m_requestId || requestId == 0)
        return;
    // Here, not on the link's thread: a PDF is laid out by QTextDocument with Qt Gui's fonts.
    QString error;
    if (!app::writeCommissioningReport(data, m_writing, &error)) {
        fail(tr("The report could not be written: %1").arg(error));
        return;
    }
    QStringList said{tr("Report on %1 %2 written to %3.")
                         .arg(printableText(data.identity.modelName),
                              printableText(data.identity.serialNumber),
                              QDir::toNativeSeparators(m_writing))};
    // A report with holes is still a report; it says what is missing, and so does this.
    if (data.settingsError)
        said << tr("The settings could not be read: %1")
                    .arg(GuiText::templateError(*data.settingsError));
    if (data.readingsError)
        said << tr("The live readings could not be read: %1")
                    .arg(GuiText::linkError(*data.readingsError));
    if (!siteDetailsError.isEmpty())
        said << tr("The site and customer could not be kept for the next report: %1")
                    .arg(siteDetailsError);
    const QString outcome = said.join(QLatin1Char('\n'));
    setBusy(0, outcome);
    Q_EMIT reportWritten(m_writing, outcome);
}

void ReportDialog::showFailure(int requestId, const ReportFailure& failure)
{
    if (requestId != m_requestId || requestId == 0)
        return;
    switch (failure.step) {
    case ReportStep::LoadProfiles:
        fail(tr("The device profiles could not be read: %1")
                 .arg(GuiText::templateError(failure.profilesError)));
        return;
    case ReportStep::Identify:
        fail(
            tr("The meter could not be identified: %1").arg(GuiText::linkError(failure.linkError)));
        return;
    case ReportStep::WrongMeter:
        fail(GuiText::templateError(failure.meterError));
        return;
    }
}

void ReportDialog::fail(const QString& why)
{
    setBusy(0, why);
    Q_EMIT reportFailed(why);
}

void ReportDialog::setBusy(int requestId, const QString& status)
{
    m_requestId = requestId;
    m_status->setText(status);
    const bool idle = requestId == 0;
    for (QWidget* w : std::initializer_list<QWidget*>{m_write, m_browse, m_path, m_technician,
                                                      m_site, m_customer})
        w->setEnabled(idle);
}

} // namespace commissioner::gui
