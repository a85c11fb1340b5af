#include "UpgradeWizard.h"

#include "Asker.h"
#include "GuiText.h"
#include "LinkSession.h"
#include "VersionChange.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <functional>

namespace commissioner::gui {

namespace {

// A page whose completeness the wizard decides.
class DecidedPage : public QWizardPage
{
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
    void changed() { Q_EMIT completeChanged(); }
};

bool hasFinding(const UpgradePlan& plan, std::initializer_list<PreflightFinding::Code> codes)
{
    for (const PreflightFinding& f : plan.findings)
        for (auto c : codes)
            if (f.code == c)
                return true;
    return false;
}

} // namespace

UpgradeWizard::UpgradeWizard(LinkSession* session, const AppSettings& settings, Asker* asker,
                             const MeterSnapshot& meter, QWidget* parent)
    : QWizard(parent), m_session(session), m_settings(settings), m_asker(asker), m_meter(meter)
{
    setWindowTitle(tr("Upgrade the firmware of %1").arg(meter.identity.serialNumber));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(PackagePage, m_pages[0] = buildPackagePage());
    setPage(ChecksPage, m_pages[1] = buildChecksPage());
    setPage(ConfirmPage, m_pages[2] = buildConfirmPage());
    setButtonText(QWizard::FinishButton, tr("&Start upgrade"));

    LinkWorker* w = session->worker();
    connect(w, &LinkWorker::packageLoaded, this, &UpgradeWizard::onPackageLoaded);
    connect(w, &LinkWorker::packageFailed, this, &UpgradeWizard::onPackageFailed);
    connect(w, &LinkWorker::upgradePlanned, this, &UpgradeWizard::onPlanned);
    connect(w, &LinkWorker::requestFailed, this, [this](LinkOperation op, const LinkError& e) {
        if (op != LinkOperation::Plan || !takePlanReply())
            return;
        m_planStatus->setText(tr("The meter could not be checked: %1").arg(GuiText::linkError(e)));
    });
    connect(w, &LinkWorker::requestRefused, this, [this](LinkOperation op, LinkRefusal reason) {
        if (op != LinkOperation::Plan || !takePlanReply())
            return;
        m_planStatus->setText(GuiText::refusal(reason));
    });
}

QWizardPage* UpgradeWizard::buildPackagePage()
{
    auto* page = new DecidedPage;
    page->complete = [this] { return m_package.has_value(); };
    page->setTitle(tr("Firmware package"));
    page->setSubTitle(tr("Choose the .UPG file to install on this meter."));
    auto* v = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&File:"));
    m_path = new QLineEdit;
    label->setBuddy(m_path);
    auto* browseButton = new QPushButton(tr("Bro&wse…")); // Alt+B is the wizard's Back
    connect(browseButton, &QPushButton::clicked, this, &UpgradeWizard::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (!m_path->text().isEmpty() && (!m_package || m_package->path != m_path->text()))
            setPackagePath(m_path->text());
    });
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browseButton);
    v->addLayout(row);
    m_packageInfo = new QLabel;
    m_packageInfo->setWordWrap(true);
    m_packageInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_packageInfo->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    v->addWidget(m_packageInfo, 1);
    return page;
}

QWizardPage* UpgradeWizard::buildChecksPage()
{
    auto* page = new DecidedPage;
    page->complete = [this] { return m_plan && m_plan->passes() && m_plansAwaited == 0; };
    page->setTitle(tr("Checks"));
    page->setSubTitle(tr("What the meter and the package say before anything is written."));
    auto* v = new QVBoxLayout(page);
    m_planStatus = new QLabel;
    m_planStatus->setWordWrap(true);
    m_findings = new QListWidget;
    m_findings->setWordWrap(true);
    m_allowUnsigned = new QCheckBox(tr("Allow an &unsigned package"));
    m_allowDowngrade = new QCheckBox(tr("Allow the same or an &older version"));
    m_allowUnsigned->setEnabled(false);
    m_allowDowngrade->setEnabled(false);
    connect(m_allowUnsigned, &QCheckBox::toggled, this, &UpgradeWizard::replan);
    connect(m_allowDowngrade, &QCheckBox::toggled, this, &UpgradeWizard::replan);
    v->addWidget(m_planStatus);
    v->addWidget(m_findings, 1);
    v->addWidget(m_allowUnsigned);
    v->addWidget(m_allowDowngrade);
    return page;
}

QWizardPage* UpgradeWizard::buildConfirmPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Ready to upgrade"));
    page->setCommitPage(true);
    auto* v = new QVBoxLayout(page);
    m_confirm = new QLabel;
    m_confirm->setWordWrap(true);
    m_confirm->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_confirm);
    v->addStretch();
    return page;
}

void UpgradeWizard::browse()
{
    const QString start =
        m_path->text().isEmpty() ? m_settings.packageDir : QFileInfo(m_path->text()).absolutePath();
    const QString path = m_asker->openFile(this, tr("Choose a firmware package"), start,
                                           tr("Firmware packages (*.upg *.UPG);;All files (*)"));
    if (!path.isEmpty())
        setPackagePath(path);
}

void UpgradeWizard::setPackagePath(const QString& path)
{
    if (!m_session)
        return;
    m_path->setText(path);
    m_package.reset();
    m_plan.reset();
    // What was allowed was allowed for the last package, not for this one.
    for (QCheckBox* box : {m_allowUnsigned, m_allowDowngrade}) {
        const QSignalBlocker quiet(box);
        box->setChecked(false);
        box->setEnabled(false);
    }
    updateWords();
    m_pendingPath = path;
    m_packageInfo->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    refreshComplete();
    LinkWorker* w = m_session->worker();
    const QString keys = m_settings.keysDir();
    m_session->post([w, path, keys] { w->loadPackage(path, keys); });
}

void UpgradeWizard::onPackageFailed(const PackageError& e)
{
    if (m_pendingPath.isEmpty())
        return;
    m_pendingPath.clear();
    m_packageInfo->setText(
        tr("<b>This file cannot be used.</b><br>%1").arg(GuiText::packageError(e).toHtmlEscaped()));
    refreshComplete();
}

void UpgradeWizard::onPackageLoaded(const LoadedPackage& p)
{
    if (p.path != m_pendingPath)
        return; // another view's request
    m_pendingPath.clear();
    m_package = p;
    const UpgradeImage& i = p.image;
    const MeterIdentity& m = m_meter.identity;
    const bool typeFits = i.deviceType == m.deviceType;
    const bool hwFits = m.hwRevision >= i.hwMin && m.hwRevision <= i.hwMax;
    QString fit;
    if (!typeFits)
        fit = tr("No: it is for device type %1, this meter is type %2.")
                  .arg(i.deviceType)
                  .arg(m.deviceType);
    else if (!hwFits)
        fit = tr("No: it is for hardware revisions %1 to %2, this meter is revision %3.")
                  .arg(i.hwMin)
                  .arg(i.hwMax)
                  .arg(m.hwRevision);
    else
        fit = tr("Yes (type %1, hardware %2 to %3).").arg(i.deviceType).arg(i.hwMin).arg(i.hwMax);
    const QString rows =
        QStringLiteral("<table cellspacing=4>"
                       "<tr><td>%1</td><td><b>%2</b> (%3 %4)</td></tr>"
                       "<tr><td>%5</td><td>%6</td></tr>"
                       "<tr><td>%7</td><td>%8</td></tr>"
                       "<tr><td>%9</td><td>%10</td></tr>"
                       "<tr><td>%11</td><td>%12</td></tr>"
                       "<tr><td valign=top>%13</td><td>%14</td></tr></table>")
            .arg(tr("Version:"), i.version.toString(), tr("meter runs"), m.firmware.toString(),
                 tr("Built:"), QLocale().toString(i.buildTime.toLocalTime(), QLocale::LongFormat),
                 tr("Size:"), GuiText::bytes(i.payload.size()), tr("Signature:"))
            .arg(GuiText::signature(p.signature.state, p.signature.keyName).toHtmlEscaped(),
                 tr("Fits this meter:"), fit.toHtmlEscaped(), tr("Release notes:"),
                 i.notes.isEmpty()
                     ? tr("(none)")
                     : i.notes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_packageInfo->setText(rows);
    updateWords();
    refreshComplete();
    Q_EMIT packageShown();
}

UpgradeOptions UpgradeWizard::options() const
{
    UpgradeOptions o;
    o.allowUnsigned = m_allowUnsigned->isChecked();
    o.allowDowngrade = m_allowDowngrade->isChecked();
    o.outageWaitMs = m_settings.outageWaitSeconds * 1000;
    return o;
}

void UpgradeWizard::initializePage(int id)
{
    if (id == ChecksPage)
        replan();
    if (id == ConfirmPage && m_package && m_plan) {
        const MeterIdentity& m = m_plan->identity;
        QString text =
            m_plan->resumes() ? tr("Resume the upgrade of meter %1 to firmware %2. The meter "
                                   "already holds part of this "
                                   "image; the transfer goes on from there.")
                                    .arg(m.serialNumber, m_package->image.version.toString())
            : versionChange(m.firmware, m_package->image.version) == VersionChange::Downgrade
                ? tr("Downgrade meter %1 (%2) from firmware %3 to the older %4.")
                      .arg(m.serialNumber, m.modelName, m.firmware.toString(),
                           m_package->image.version.toString())
            : versionChange(m.firmware, m_package->image.version) == VersionChange::Reinstall
                ? tr("Reinstall firmware %3 on meter %1 (%2).")
                      .arg(m.serialNumber, m.modelName, m.firmware.toString())
                : tr("Upgrade meter %1 (%2) from firmware %3 to %4.")
                      .arg(m.serialNumber, m.modelName, m.firmware.toString(),
                           m_package->image.version.toString());
        if (m.mode == DeviceMode::Normal)
            text += QStringLiteral("\n\n") +
                    tr("Its settings are read and saved first, to %1. If the meter comes back with "
                       "factory "
                       "settings, you will be offered to restore them.")
                        .arg(QDir::toNativeSeparators(
                            m_settings.backupsDir(m.serialNumber, m.deviceType)));
        else
            text += QStringLiteral("\n\n") +
                    tr("The meter is in upgrade mode, so its settings cannot be read now; the "
                       "latest backup in %1 "
                       "is offered afterwards.")
                        .arg(QDir::toNativeSeparators(
                            m_settings.backupsDir(m.serialNumber, m.deviceType)));
        if (m.banks == 1)
            text += QStringLiteral("\n\n") +
                    tr("This is a single-bank meter: it stops measuring until the new "
                       "firmware is installed.");
        text += QStringLiteral("\n\n") +
                tr("A lost connection does not harm the meter: the upgrade waits for it "
                   "and resumes where it stopped.");
        m_confirm->setText(text);
    }
    QWizard::initializePage(id);
}

void UpgradeWizard::updateWords()
{
    const VersionChange change =
        m_package ? versionChange(m_meter.identity.firmware, m_package->image.version)
                  : VersionChange::Upgrade;
    switch (change) {
    case VersionChange::Upgrade:
        setWindowTitle(tr("Upgrade the firmware of %1").arg(m_meter.identity.serialNumber));
        setButtonText(QWizard::FinishButton, tr("&Start upgrade"));
        break;
    case VersionChange::Reinstall:
        setWindowTitle(tr("Reinstall the firmware of %1").arg(m_meter.identity.serialNumber));
        setButtonText(QWizard::FinishButton, tr("&Start reinstall"));
        break;
    case VersionChange::Downgrade:
        setWindowTitle(tr("Downgrade the firmware of %1").arg(m_meter.identity.serialNumber));
        setButtonText(QWizard::FinishButton, tr("&Start downgrade"));
        break;
    }
}

void UpgradeWizard::replan()
{
    if (!m_package || !m_session)
        return;
    m_plan.reset();
    ++m_plansAwaited;
    m_findings->clear();
    m_planStatus->setText(tr("Checking the meter…"));
    refreshComplete();
    LinkWorker* w = m_session->worker();
    const UpgradeImage image = m_package->image;
    const UpgradeOptions o = options();
    m_session->post([w, image, o] { w->planUpgrade(image, o); });
}

bool UpgradeWizard::takePlanReply()
{
    // One worker thread answers each request once, in the order they were posted: while a
    // later request is on its way, this answer was made with options the person has since
    // changed, and showing it would offer Next on a plan that is no longer the one asked for.
    if (m_plansAwaited == 0)
        return false;
    return --m_plansAwaited == 0;
}

void UpgradeWizard::onPlanned(const UpgradePlan& plan)
{
    if (!takePlanReply())
        return;
    m_plan = plan;
    m_findings->clear();
    for (const PreflightFinding& f : plan.findings) {
        auto* item = new QListWidgetItem(
            (f.blocking ? tr("Blocks: %1") : tr("Note: %1")).arg(GuiText::finding(f)));
        item->setForeground(f.blocking ? QColor(0xb0, 0x00, 0x20)
                                       : palette().color(QPalette::Text));
        m_findings->addItem(item);
    }
    if (plan.findings.isEmpty())
        m_findings->addItem(tr("Every check passed."));
    using Code = PreflightFinding::Code;
    // Options appear only when a finding needs them; once ticked they stay available to untick.
    m_allowUnsigned->setEnabled(
        m_allowUnsigned->isChecked() ||
        hasFinding(plan, {Code::SignatureUnsigned, Code::SignatureUnsignedAllowed}));
    m_allowDowngrade->setEnabled(
        m_allowDowngrade->isChecked() ||
        hasFinding(plan, {Code::SameVersion, Code::Downgrade, Code::VersionChangeAllowed}));
    m_planStatus->setText(plan.passes() ? tr("The upgrade can go ahead.")
                                        : tr("The upgrade cannot go ahead as it is:"));
    refreshComplete();
    Q_EMIT planShown();
}

void UpgradeWizard::refreshComplete()
{
    for (QWizardPage* p : m_pages)
        if (auto* d = dynamic_cast<DecidedPage*>(p))
            d->changed();
}

QString UpgradeWizard::packageText() const
{
    return m_packageInfo->text();
}

QString UpgradeWizard::findingsText() const
{
    QStringList lines;
    for (int i = 0; i < m_findings->count(); ++i)
        lines << m_findings->item(i)->text();
    return lines.join(QLatin1Char('\n'));
}

QString UpgradeWizard::confirmText() const
{
    return m_confirm->text();
}

void UpgradeWizard::done(int result)
{
    if (result == QDialog::Accepted && m_package && m_plan && m_plan->passes()) {
        // Bound to the meter the confirm page named: one swapped in since gets nothing.
        UpgradeOptions o = options();
        o.expected = MeterBinding::of(m_plan->identity);
        Q_EMIT upgradeRequested(*m_package, o);
    }
    QWizard::done(result);
}

} // namespace commissioner::gui
