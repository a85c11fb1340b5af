#pragma once

#include "AppSettings.h"
#include "LinkWorker.h"

#include <QMap>
#include <QWidget>
#include <optional>

class QCheckBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QVBoxLayout;

namespace commissioner::gui {

class Asker;
class LinkSession;
class ConnectedMeter;

// Templates: save the meter's settings to a file, compare a file with the meter as a
// table, restore chosen groups of a file to the meter with the read-back report.
class TemplatesPage : public QWidget
{
    Q_OBJECT
public:
    TemplatesPage(const AppSettings* settings, Asker* asker, QWidget* parent = nullptr);

    void setAsker(Asker* asker) { m_asker = asker; }
    void setSession(LinkSession* session);
    // The model's meter from now on; its backups read again after every write to it (a Setup
    // send, a restore from anywhere, the clock, an upgrade each take a backup first).
    void observe(const ConnectedMeter* model);
    void setMeter(const std::optional<MeterSnapshot>& meter);
    void setFile(const QString& path);
    QString file() const;

    QTableWidget* table() const { return m_table; }
    QTableWidget* backupsTable() const { return m_backups; }
    QString selectedBackup() const; // the chosen backup's path, or empty
    QMap<QString, QCheckBox*> groupBoxes() const { return m_groups; }
    QStringList chosenGroups() const;
    QString reportText() const;
    QString statusText() const;

public Q_SLOTS:
    void saveFromMeter(); // asks where
    void saveTo(const QString& path);
    void chooseFile();
    QString fileOrAsk(); // the chosen template file, asking for one when none is chosen
    void compare();
    void restore();
    void refreshBackups(); // this meter's backups, newest first
    void compareBackup();  // the selected backup, through compare()
    void restoreBackup();  // the selected backup, through restore()
    // After an XMODEM recovery left `meter` at factory settings: its backup, energy readings
    // included, only if the meter that answers is that one.
    void offerRestore(const QString& path, const commissioner::MeterBinding& meter);

Q_SIGNALS:
    void saved(const QString& path);
    void compared();
    void restored(const commissioner::RestoreReport& report);
    void failed(const QString& why);
    void logLine(const QString& text);

private:
    QHBoxLayout* buildFileRow();
    QTableWidget* buildComparisonTable();
    QScrollArea* buildRestorePane(); // the groups to restore, the button, the report
    QGroupBox* buildBackupsBox();
    void buildGroups(int deviceType);
    void tickGroupsForFile();
    void setBusy(bool busy, const QString& status);
    void showComparison(const TemplateComparison& c);
    void clearComparison(); // nothing in the table but what the meter holds now
    void requestCompare(const QString& path);
    void requestRestore(const TemplateRestoreRequest& request);
    void connectRestore(LinkWorker* w, LinkSession* session);
    // The file of the template request `op` answers, or nullptr for a request that is not this
    // page's.
    QString* pendingFor(LinkOperation op);

    const AppSettings* m_settings;
    Asker* m_asker;
    LinkSession* m_session = nullptr;
    std::optional<MeterSnapshot> m_meter;
    QList<QMetaObject::Connection> m_connections;
    QString m_pendingSave;
    QString m_pendingCompare;
    QString m_pendingRestore;
    QString m_shown;        // the file the table compares with the meter
    QString m_afterRestore; // the restore's status, kept while the table is read again
    int m_groupsFor = 0;
    QStringList m_perMeterDefaults; // groups ticked by default only for this meter's own files

    QLineEdit* m_file;
    QPushButton* m_save;
    QPushButton* m_choose;
    QPushButton* m_compare;
    QPushButton* m_restore;
    QLabel* m_status;
    QTableWidget* m_table;
    QGroupBox* m_groupBox;
    QVBoxLayout* m_groupLayout;
    QMap<QString, QCheckBox*> m_groups;
    QPlainTextEdit* m_report;
    QTableWidget* m_backups;
    QPushButton* m_backupCompare;
    QPushButton* m_backupRestore;
};

} // namespace commissioner::gui
