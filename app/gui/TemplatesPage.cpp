#include "TemplatesPage.h"

#include "Asker.h"
#include "ConnectedMeter.h"
#include "GuiText.h"
#include "LinkSession.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateBackup.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace commissioner::gui {

TemplatesPage::TemplatesPage(const AppSettings* settings, Asker* asker, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_asker(asker)
{
    auto* v = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save the meter's template…"));
    connect(m_save, &QPushButton::clicked, this, &TemplatesPage::saveFromMeter);
    top->addWidget(m_save);
    top->addStretch();
    v->addLayout(top);
    v->addLayout(buildFileRow());

    m_status = new QLabel;
    m_status->setWordWrap(true);
    v->addWidget(m_status);

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(buildComparisonTable());
    split->addWidget(buildRestorePane());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    v->addWidget(split, 1);
    v->addWidget(buildBackupsBox());
    setSession(nullptr);
}

QHBoxLayout* TemplatesPage::buildFileRow()
{
    auto* fileRow = new QHBoxLayout;
    auto* fileLabel = new QLabel(tr("Template &file:"));
    m_file = new QLineEdit;
    connect(m_file, &QLineEdit::editingFinished, this, &TemplatesPage::tickGroupsForFile);
    fileLabel->setBuddy(m_file);
    // Alt+C, M, T, H open the main window's menus, Alt+E, P and U its tabs.
    m_choose = new QPushButton(tr("Ch&oose…"));
    connect(m_choose, &QPushButton::clicked, this, &TemplatesPage::chooseFile);
    m_compare = new QPushButton(tr("Compare &with the meter"));
    connect(m_compare, &QPushButton::clicked, this, &TemplatesPage::compare);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    fileRow->addWidget(m_compare);
    return fileRow;
}

QTableWidget* TemplatesPage::buildComparisonTable()
{
    m_table = new QTableWidget(0, 4);
    m_table->setHorizontalHeaderLabels({tr("Setting"), tr("File"), tr("Meter"), tr("Unit")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return m_table;
}

QScrollArea* TemplatesPage::buildRestorePane()
{
    auto* right = new QWidget;
    auto* rv = new QVBoxLayout(right);
    rv->setContentsMargins(0, 0, 0, 0);
    m_groupBox = new QGroupBox(tr("Restore these groups"));
    m_groupLayout = new QVBoxLayout(m_groupBox);
    // The group list keeps the height its wrapped reasons need; the report takes the rest.
    m_groupBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    rv->addWidget(m_groupBox);
    m_restore = new QPushButton(tr("&Restore to the meter"));
    connect(m_restore, &QPushButton::clicked, this, &TemplatesPage::restore);
    rv->addWidget(m_restore);
    rv->addWidget(new QLabel(tr("Report:")));
    m_report = new QPlainTextEdit;
    m_report->setReadOnly(true);
    rv->addWidget(m_report, 1);
    // Scrolled when the window is small (800x600): the groups' reasons and the report need
    // more height than such a screen leaves beside the table.
    auto* rightScroll = new QScrollArea;
    rightScroll->setWidget(right);
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    rightScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return rightScroll;
}

QGroupBox* TemplatesPage::buildBackupsBox()
{
    // Backups the tool made of this meter (before upgrades, or saved as backups): the way
    // back after a meter came back at factory settings.
    auto* backupBox = new QGroupBox(tr("Backups of this meter"));
    auto* bv = new QVBoxLayout(backupBox);
    m_backups = new QTableWidget(0, 3);
    m_backups->setObjectName(QStringLiteral("backupsTable"));
    m_backups->setHorizontalHeaderLabels({tr("Saved"), tr("Reason"), tr("File")});
    m_backups->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_backups->horizontalHeader()->setStretchLastSection(true);
    m_backups->verticalHeader()->setVisible(false);
    m_backups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_backups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_backups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_backups->setMaximumHeight(fontMetrics().height() * 9);
    bv->addWidget(m_backups);
    auto* backupButtons = new QHBoxLayout;
    m_backupCompare = new QPushButton(tr("Compare &backup"));
    m_backupRestore = new QPushButton(tr("Restore b&ackup…"));
    connect(m_backupCompare, &QPushButton::clicked, this, &TemplatesPage::compareBackup);
    connect(m_backupRestore, &QPushButton::clicked, this, &TemplatesPage::restoreBackup);
    connect(m_backups, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool chosen = !selectedBackup().isEmpty();
        m_backupCompare->setEnabled(chosen && m_session);
        m_backupRestore->setEnabled(chosen && m_session);
    });
    backupButtons->addStretch();
    backupButtons->addWidget(m_backupCompare);
    backupButtons->addWidget(m_backupRestore);
    bv->addLayout(backupButtons);
    return backupBox;
}

void TemplatesPage::setSession(LinkSession* session)
{
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = session;
    m_pendingSave.clear();
    m_pendingCompare.clear();
    m_pendingRestore.clear();
    clearComparison(); // of another link's meter
    const bool on = session != nullptr;
    for (QWidget* w : {static_cast<QWidget*>(m_save), static_cast<QWidget*>(m_compare),
                       static_cast<QWidget*>(m_restore)})
        w->setEnabled(on);
    const bool chosen = on && !selectedBackup().isEmpty();
    m_backupCompare->setEnabled(chosen);
    m_backupRestore->setEnabled(chosen);
    if (!session) {
        m_status->setText(tr("Connect to a meter to save, compare or restore its template."));
        return;
    }
    m_status->clear();
    LinkWorker* w = session->worker();
    // The session as context: a signal still queued when it goes is dropped with it.
    m_connections << connect(w, &LinkWorker::templateSaved, session, [this](const QString& path) {
        if (path != m_pendingSave)
            return;
        m_pendingSave.clear();
        setBusy(false, tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
        setFile(path);
        refreshBackups(); // it may have been saved among the backups
        Q_EMIT logLine(tr("Template saved to %1").arg(path));
        Q_EMIT saved(path);
    });
    m_connections << connect(w, &LinkWorker::templateCompared, session,
                             [this](const TemplateComparison& c) {
                                 if (c.path != m_pendingCompare)
                                     return;
                                 m_pendingCompare.clear();
                                 showComparison(c);
                                 Q_EMIT compared();
                             });
    connectRestore(w, session);
    m_connections << connect(w, &LinkWorker::templateFailed, session,
                             [this](LinkOperation op, const TemplateError& e) {
                                 QString* pending = pendingFor(op);
                                 if (!pending || pending->isEmpty())
                                     return;
                                 pending->clear();
                                 const QString why = GuiText::templateError(e);
                                 // A failed compare or restore leaves no table that would seem to
                                 // be the meter's now.
                                 if (op != LinkOperation::TemplateSave)
                                     clearComparison();
                                 setBusy(false, why);
                                 Q_EMIT logLine(tr("Template: %1").arg(why));
                                 Q_EMIT failed(why);
                             });
    m_connections << connect(w, &LinkWorker::requestRefused, session,
                             [this](LinkOperation op, LinkRefusal reason) {
                                 QString* pending = pendingFor(op);
                                 if (!pending || pending->isEmpty())
                                     return;
                                 pending->clear();
                                 const QString why = GuiText::refusal(reason);
                                 setBusy(false, why);
                                 Q_EMIT failed(why);
                             });
}

void TemplatesPage::observe(const ConnectedMeter* model)
{
    connect(model, &ConnectedMeter::meterChanged, this,
            [this](const MeterSnapshot& meter) { setMeter(meter); });
    connect(model, &ConnectedMeter::cleared, this, [this] { setMeter(std::nullopt); });
    connect(model, &ConnectedMeter::written, this, &TemplatesPage::refreshBackups);
}

void TemplatesPage::setMeter(const std::optional<MeterSnapshot>& meter)
{
    const bool otherMeter =
        meter && (!m_meter || m_meter->identity.serialNumber != meter->identity.serialNumber);
    m_meter = meter;
    if (meter && meter->identity.deviceType != m_groupsFor)
        buildGroups(meter->identity.deviceType);
    else if (otherMeter)
        tickGroupsForFile(); // the file chosen may be this meter's, or no longer
    refreshBackups();        // an upgrade that just ran has added one
}

void TemplatesPage::refreshBackups()
{
    const QString keep = selectedBackup();
    m_backups->setRowCount(0);
    if (!m_meter || m_meter->identity.serialNumber.isEmpty())
        return;
    const auto backups = listBackups(DataFolder(m_settings->dataDir),
                                     m_meter->identity.serialNumber, m_meter->identity.deviceType);
    for (const BackupEntry& b : backups) {
        const int row = m_backups->rowCount();
        m_backups->insertRow(row);
        const QStringList cells = {
            QLocale().toString(b.savedAt.toLocalTime(), QLocale::ShortFormat), b.reason,
            QFileInfo(b.path).fileName()};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, b.path);
            item->setToolTip(
                b.readable
                    ? QDir::toNativeSeparators(b.path)
                    : tr("%1 (its contents cannot be read)").arg(QDir::toNativeSeparators(b.path)));
            m_backups->setItem(row, col, item);
        }
        if (b.path == keep)
            m_backups->selectRow(row);
    }
}

QString TemplatesPage::selectedBackup() const
{
    const auto rows = m_backups->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    const QTableWidgetItem* item = m_backups->item(rows.first().row(), 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void TemplatesPage::compareBackup()
{
    const QString path = selectedBackup();
    if (path.isEmpty())
        return;
    setFile(path);
    compare();
}

void TemplatesPage::setFile(const QString& path)
{
    m_file->setText(path);
    tickGroupsForFile();
}

QString TemplatesPage::file() const
{
    return m_file->text().trimmed();
}

QString TemplatesPage::reportText() const
{
    return m_report->toPlainText();
}

QString TemplatesPage::statusText() const
{
    return m_status->text();
}

void TemplatesPage::setBusy(bool busy, const QString& status)
{
    m_status->setText(status);
    for (QWidget* w : {static_cast<QWidget*>(m_save), static_cast<QWidget*>(m_compare),
                       static_cast<QWidget*>(m_restore)})
        w->setEnabled(!busy && m_session);
    const bool chosen = !busy && m_session && !selectedBackup().isEmpty();
    m_backupCompare->setEnabled(chosen);
    m_backupRestore->setEnabled(chosen);
}

void TemplatesPage::saveFromMeter()
{
    if (!m_session)
        return;
    const QString serial = m_meter ? m_meter->identity.serialNumber : QStringLiteral("meter");
    const QString suggested = QDir(m_settings->dataDir)
                                  .filePath(QStringLiteral("%1-%2.json")
                                                .arg(DataFolder::safeName(serial),
                                                     QDate::currentDate().toString(Qt::ISODate)));
    const QString path = m_asker->saveFile(this, tr("Save the meter's template"), suggested,
                                           tr("Templates (*.json);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}

void TemplatesPage::saveTo(const QString& path)
{
    if (!m_session)
        return;
    m_pendingSave = path;
    setBusy(true, tr("Reading the meter's settings…"));
    LinkWorker* w = m_session->worker();
    const QString dataDir = m_settings->dataDir;
    m_session->post([w, path, dataDir] { w->saveTemplate(path, dataDir); });
}

void TemplatesPage::chooseFile()
{
    const QString start = file().isEmpty() ? m_settings->dataDir : QFileInfo(file()).absolutePath();
    const QString path = m_asker->openFile(this, tr("Choose a template"), start,
                                           tr("Templates (*.json);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

QString TemplatesPage::fileOrAsk()
{
    if (!m_session)
        return QString();
    if (file().isEmpty())
        chooseFile();
    return file();
}

void TemplatesPage::compare()
{
    const QString path = fileOrAsk();
    if (!m_session || path.isEmpty())
        return;
    m_afterRestore.clear();
    requestCompare(path);
}

QString* TemplatesPage::pendingFor(LinkOperation op)
{
    switch (op) {
    case LinkOperation::TemplateSave:
        return &m_pendingSave;
    case LinkOperation::TemplateCompare:
        return &m_pendingCompare;
    case LinkOperation::TemplateRestore:
        return &m_pendingRestore;
    default:
        return nullptr;
    }
}

void TemplatesPage::requestCompare(const QString& path)
{
    m_pendingCompare = path;
    clearComparison(); // the old table is not this file's, nor maybe the meter's now
    setBusy(true, m_afterRestore.isEmpty() ? tr("Reading the meter's settings…")
                                           : m_afterRestore + QLatin1Char(' ') +
                                                 tr("Reading the meter's settings again…"));
    LinkWorker* w = m_session->worker();
    const QString dataDir = m_settings->dataDir;
    m_session->post([w, path, dataDir] { w->compareTemplate(path, dataDir); });
}

void TemplatesPage::clearComparison()
{
    m_table->setRowCount(0);
    m_shown.clear();
}

void TemplatesPage::showComparison(const TemplateComparison& c)
{
    m_table->setRowCount(0);
    m_shown = c.path;
    int changed = 0;
    for (const DiffRow& r : c.rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString left = r.missingLeft ? tr("(not in file)") : r.left;
        const QString right = r.missingRight ? tr("(not on meter)") : r.right;
        const QStringList cells = {r.changed ? QStringLiteral("≠ ") + r.setting : r.setting, left,
                                   right, r.unit};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(r.group);
            if (r.changed) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setBackground(QColor(255, 236, 179));
            }
            m_table->setItem(row, col, item);
        }
        changed += r.changed ? 1 : 0;
    }
    const QString summary =
        changed == 0
            ? tr("The meter's settings match %1.").arg(QFileInfo(c.path).fileName())
            : tr("%n setting(s) differ between %1 and the meter (marked ≠).", nullptr, changed)
                  .arg(QFileInfo(c.path).fileName());
    setBusy(false,
            m_afterRestore.isEmpty() ? summary : m_afterRestore + QLatin1Char(' ') + summary);
    m_afterRestore.clear();
}

} // namespace commissioner::gui
