#pragma once

#include "meter/MeterIdentity.h"
#include "store/ChangeHistory.h"
#include "usecases/HistoryUseCase.h"

#include <QDialog>
#include <QPointer>
#include <QVector>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace commissioner::gui {

class LinkSession;

// The recorded changes of one meter (the one on the link: its serial number and device type),
// newest first, narrowed in the dialog by setting and by date. The history file is read on the
// session's worker; this only shows it.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(LinkSession* session, const QString& dataDir,
                  const commissioner::MeterIdentity& meter, QWidget* parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    int recordCount() const { return m_records.size(); }
    QTableWidget* table() const { return m_table; }
    QComboBox* settingFilter() const { return m_setting; }
    QDateEdit* fromDate() const { return m_from; }
    QDateEdit* toDate() const { return m_to; }
    QString statusText() const;
    // The Setting column of the rows shown, top to bottom.
    QStringList shownSettings() const;

    // A result as the history stores it ("verified", "no-answer"...) in words.
    static QString resultText(const QString& result);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void historyShown(int records);

private:
    QLayout* buildFilters();
    void showHistory(int requestId, const commissioner::HistoryRead& history);
    void fillSettingFilter();
    void applyFilter();
    bool passes(const commissioner::ChangeRecord& r) const;
    void addRow(const commissioner::ChangeRecord& r);

    QPointer<LinkSession> m_session;
    QString m_dataDir;
    commissioner::MeterIdentity m_meter;
    int m_requestId = 0;
    bool m_loaded = false;
    QVector<commissioner::ChangeRecord> m_records; // oldest first
    int m_skipped = 0;

    QComboBox* m_setting;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableWidget* m_table;
    QLabel* m_status;
};

} // namespace commissioner::gui
