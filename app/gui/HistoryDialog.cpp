#include "HistoryDialog.h"

#include "LinkSession.h"
#include "base/PrintableText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace commissioner::gui {

namespace {

enum Column
{
    TimeColumn,
    SettingColumn,
    FromColumn,
    ToColumn,
    ResultColumn,
    ToolColumn,
    UserColumn,
    ColumnCount
};

int nextRequestId()
{
    static int next = 0; // GUI thread only
    return ++next;
}

QString withUnit(const QString& value, const QString& unit)
{
    if (value.isEmpty() || unit.isEmpty())
        return printableText(value);
    return printableText(value) + QLatin1Char(' ') + unit;
}

} // namespace

HistoryDialog::HistoryDialog(LinkSession* session, const QString& dataDir,
                             const MeterIdentity& meter, QWidget* parent)
    : QDialog(parent), m_session(session), m_dataDir(dataDir), m_meter(meter)
{
    setWindowTitle(tr("History of %1 %2")
                       .arg(printableText(meter.modelName), printableText(meter.serialNumber)));
    auto* v = new QVBoxLayout(this);
    v->addLayout(buildFilters());
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Time (local)"), tr("Setting"), tr("From"), tr("To"),
                                        tr("Result"), tr("Tool"), tr("User")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    v->addWidget(m_table, 1);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    v->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    resize(860, 440);

    if (m_session)
        connect(m_session->worker(), &LinkWorker::historyRead, this, &HistoryDialog::showHistory);
    reload();
}

QLayout* HistoryDialog::buildFilters()
{
    auto* row = new QHBoxLayout;
    m_setting = new QComboBox;
    m_setting->addItem(tr("All settings"), QString());
    m_setting->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* settingLabel = new QLabel(tr("&Setting:"));
    settingLabel->setBuddy(m_setting);
    m_from = new QDateEdit(QDate::currentDate());
    m_to = new QDateEdit(QDate::currentDate());
    auto* fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"));
    toLabel->setBuddy(m_to);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setEnabled(false); // until the records give their span
        connect(d, &QDateEdit::dateChanged, this, &HistoryDialog::applyFilter);
    }
    m_setting->setEnabled(false);
    connect(m_setting, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyFilter);
    row->addWidget(settingLabel);
    row->addWidget(m_setting);
    row->addSpacing(12);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    row->addStretch(1);
    return row;
}

void HistoryDialog::reload()
{
    if (!m_session)
        return;
    m_loaded = false;
    m_requestId = nextRequestId();
    m_status->setText(tr("Reading the history…"));
    LinkWorker* w = m_session->worker();
    const int id = m_requestId;
    const QString dataDir = m_dataDir;
    const QString serial = m_meter.serialNumber;
    const int type = m_meter.deviceType;
    m_session->post([w, id, dataDir, serial, type] { w->readHistory(id, dataDir, serial, type); });
}

QString HistoryDialog::statusText() const
{
    return m_status->text();
}

QStringList HistoryDialog::shownSettings() const
{
    QStringList out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        out << m_table->item(r, SettingColumn)->text();
    return out;
}

void HistoryDialog::showHistory(int requestId, const HistoryRead& history)
{
    if (requestId != m_requestId)
        return; // another dialog's, or an earlier read
    m_records = history.records;
    m_skipped = history.skipped;
    m_loaded = true;
    fillSettingFilter();
    // The date range starts as the records' span, in this computer's time zone.
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    if (!m_records.isEmpty()) {
        m_from->setDate(m_records.first().time.toLocalTime().date());
        m_to->setDate(m_records.last().time.toLocalTime().date());
    }
    m_from->setEnabled(!m_records.isEmpty());
    m_to->setEnabled(!m_records.isEmpty());
    applyFilter();
    Q_EMIT historyShown(m_records.size());
}

void HistoryDialog::fillSettingFilter()
{
    const QString keep = m_setting->currentData().toString();
    QStringList names;
    for (const ChangeRecord& r : m_records)
        if (!names.contains(r.setting))
            names << r.setting;
    names.sort();
    const QSignalBlocker block(m_setting);
    while (m_setting->count() > 1)
        m_setting->removeItem(1);
    for (const QString& name : names)
        m_setting->addItem(printableText(name), name);
    m_setting->setCurrentIndex(std::max(0, m_setting->findData(keep)));
    m_setting->setEnabled(!names.isEmpty());
}

bool HistoryDialog::passes(const ChangeRecord& r) const
{
    const QString setting = m_setting->currentData().toString();
    if (!setting.isEmpty() && r.setting != setting)
        return false;
    const QDate day = r.time.toLocalTime().date();
    return day >= m_from->date() && day <= m_to->date();
}

void HistoryDialog::applyFilter()
{
    m_table->setRowCount(0);
    // Newest first: the latest change is what a technician looks for.
    for (auto it = m_records.crbegin(); it != m_records.crend(); ++it)
        if (passes(*it))
            addRow(*it);
    m_table->resizeColumnsToContents();
    if (!m_loaded)
        return;
    QStringList status;
    if (m_records.isEmpty())
        status << tr("No change of this meter is recorded in %1.")
                      .arg(QDir::toNativeSeparators(m_dataDir));
    else
        status << tr("%1 of %n recorded change(s) shown.", nullptr, int(m_records.size()))
                      .arg(m_table->rowCount());
    if (m_skipped > 0)
        status << tr("%n line(s) of the history could not be read and were skipped.", nullptr,
                     m_skipped);
    m_status->setText(status.join(QLatin1Char(' ')));
}

void HistoryDialog::addRow(const ChangeRecord& r)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList cells = {
        r.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
        printableText(r.setting),
        withUnit(r.from, r.unit),
        withUnit(r.to, r.unit),
        resultText(r.result),
        printableText(r.tool),
        printableText(r.user),
    };
    for (int c = 0; c < cells.size(); ++c)
        m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
}

QString HistoryDialog::resultText(const QString& result)
{
    if (result == QLatin1String("verified"))
        return tr("verified");
    if (result == QLatin1String("read-back-differs"))
        return tr("reads back otherwise");
    if (result == QLatin1String("no-answer"))
        return tr("no answer");
    if (result == QLatin1String("not-read-back"))
        return tr("not read back");
    if (result == QLatin1String("refused"))
        return tr("refused by the meter");
    if (result == QLatin1String("not-written"))
        return tr("not written");
    if (result == QLatin1String("unchanged"))
        return tr("unchanged");
    return printableText(result); // another tool's word, shown as recorded
}

} // namespace commissioner::gui
