#include "UpgradeProgressDialog.h"

#include "Asker.h"
#include "GuiText.h"
#include "LogFollow.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace commissioner::gui {

namespace {

QString fileLink(const QString& path, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QUrl::fromLocalFile(path).toString().toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

UpgradeProgressDialog::UpgradeProgressDialog(Asker* asker, QWidget* parent)
    : QDialog(parent), m_asker(asker)
{
    setWindowTitle(tr("Firmware upgrade"));
    auto* v = new QVBoxLayout(this);
    m_headline = new QLabel;
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setBold(true);
    m_headline->setFont(big);
    m_stage = new QLabel(GuiText::stage(UpgradeStage::Connecting));
    m_bar = new QProgressBar;
    m_bar->setRange(0, 100);
    m_bar->setValue(0);
    m_numbers = new QLabel;
    m_numbers->setWordWrap(true);
    m_paused = new QLabel;
    m_paused->setWordWrap(true);
    m_paused->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_paused->setVisible(false);
    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setObjectName(QStringLiteral("upgradeLog"));
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(20000);
    followEnd(m_log);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setVisible(false);
    m_links = new QLabel;
    m_links->setOpenExternalLinks(true); // opens with QDesktopServices
    m_links->setTextFormat(Qt::RichText);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_links->setWordWrap(true);
    m_restore = new QLabel;
    m_restore->setWordWrap(true);
    m_restore->setVisible(false);
    m_restore->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox;
    m_abort = buttons->addButton(tr("&Abort…"), QDialogButtonBox::RejectRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setEnabled(false);
    m_abort->setAutoDefault(false);
    connect(m_abort, &QPushButton::clicked, this, &UpgradeProgressDialog::requestAbort);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    v->addWidget(m_headline);
    v->addWidget(m_stage);
    v->addWidget(m_bar);
    v->addWidget(m_numbers);
    v->addWidget(m_paused);
    v->addWidget(new QLabel(tr("Log:")));
    v->addWidget(m_log, 1);
    v->addWidget(m_summary);
    v->addWidget(m_links);
    v->addWidget(m_restore);
    v->addWidget(buttons);
    showProgress(UpgradeProgress{});
}

void UpgradeProgressDialog::setHeadline(const QString& text)
{
    m_headline->setText(text);
}

void UpgradeProgressDialog::showStarted(const QString& logPath)
{
    m_links->setText(tr("Log: %1").arg(fileLink(logPath, QDir::toNativeSeparators(logPath))));
}

void UpgradeProgressDialog::showStage(UpgradeStage stage)
{
    m_stage->setText(tr("Stage: %1").arg(GuiText::stage(stage)));
}

void UpgradeProgressDialog::showProgress(const UpgradeProgress& p)
{
    m_bar->setValue(p.percent());
    m_numbers->setText(tr("%1 % — %2 of %3 — %4 — %5 left — comm efficiency %6 % — %n retry(s)",
                          nullptr, p.retries)
                           .arg(p.percent())
                           .arg(GuiText::bytes(p.bytesDone), GuiText::bytes(p.bytesTotal),
                                GuiText::rate(p.bytesPerSecond), GuiText::duration(p.etaSeconds))
                           .arg(p.commEfficiency * 100, 0, 'f', 1));
}

void UpgradeProgressDialog::appendLog(const UpgradeLogEntry& entry)
{
    m_log->appendPlainText(entry.text);
}

void UpgradeProgressDialog::showPaused(bool paused, qint64 limitMs)
{
    m_paused->setVisible(paused);
    if (paused)
        m_paused->setText(
            tr("The meter is not answering. Check the cable or line; the upgrade goes on by itself "
               "when it answers again (waiting up to %1).")
                .arg(GuiText::duration(int(limitMs / 1000))));
}

void UpgradeProgressDialog::showResult(const UpgradeResult& r, const QString& logPath)
{
    m_running = false;
    m_abort->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setDefault(true);
    m_close->setFocus();
    m_paused->setVisible(false);
    m_summary->setVisible(true);
    m_summary->setText(GuiText::outcome(r));
    m_summary->setStyleSheet(r.outcome == UpgradeOutcome::Succeeded
                                 ? QStringLiteral("color: #1b5e20; font-weight: bold;")
                                 : QStringLiteral("color: #b00020; font-weight: bold;"));
    if (r.outcome == UpgradeOutcome::Succeeded)
        m_bar->setValue(100);
    QStringList links;
    links << tr("Log: %1").arg(fileLink(logPath, QDir::toNativeSeparators(logPath)));
    if (!r.backupPath.isEmpty())
        links << tr("Settings backup: %1 (%2)")
                     .arg(fileLink(r.backupPath, QFileInfo(r.backupPath).fileName()),
                          fileLink(QFileInfo(r.backupPath).absolutePath(), tr("folder")));
    m_links->setText(links.join(QStringLiteral("<br>")));
}

void UpgradeProgressDialog::showRestoreStarted(const QString& path)
{
    m_restore->setVisible(true);
    m_restore->setText(tr("Restoring the settings from %1…").arg(QDir::toNativeSeparators(path)));
}

void UpgradeProgressDialog::showRestoreReport(const QString& path, const RestoreReport& r)
{
    m_restore->setVisible(true);
    m_restore->setText((r.verified() ? tr("Settings restored from %1:")
                                     : tr("Settings restore from %1 incomplete:"))
                           .arg(QDir::toNativeSeparators(path)) +
                       QLatin1Char('\n') + GuiText::restoreReport(r));
}

void UpgradeProgressDialog::showRestoreFailed(const QString& why)
{
    m_restore->setVisible(true);
    m_restore->setText(tr("Settings not restored: %1").arg(why));
}

QString UpgradeProgressDialog::logText() const
{
    return m_log->toPlainText();
}

QString UpgradeProgressDialog::summaryText() const
{
    return m_summary->text() + QLatin1Char('\n') + m_restore->text();
}

QString UpgradeProgressDialog::headline() const
{
    return m_headline->text();
}

bool UpgradeProgressDialog::pausedShown() const
{
    return !m_paused->isHidden();
}

int UpgradeProgressDialog::percent() const
{
    return m_bar->value();
}

void UpgradeProgressDialog::requestAbort()
{
    if (!m_running || m_aborting)
        return;
    const bool yes = m_asker->question(this, tr("Abort the upgrade?"),
                                       tr("Stop the upgrade after the current request?\n\nThe "
                                          "meter keeps what it has received. Connect to it again "
                                          "and the upgrade resumes from there; until then a "
                                          "single-bank meter stays in upgrade mode and does not "
                                          "measure."));
    if (!yes || !m_running)
        return;
    m_aborting = true;
    m_abort->setEnabled(false);
    m_stage->setText(tr("Stopping…"));
    Q_EMIT abortRequested();
}

void UpgradeProgressDialog::reject()
{
    // Esc or the window's close button: while running that means "abort?", never a silent close.
    if (m_running) {
        requestAbort();
        return;
    }
    QDialog::reject();
}

} // namespace commissioner::gui
