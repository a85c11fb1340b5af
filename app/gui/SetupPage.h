#pragma once

#include "AppSettings.h"
#include "LinkWorker.h"
#include "settings/DeviceProfile.h"

#include <QList>
#include <QStringList>
#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace commissioner::gui {

class Asker;
class LinkSession;
class SetupGroupEditor;
class SetupSettingEditor;

// Setup: every template setting of the connected meter, group by group, as the device
// profile describes it, with an editor each. Changed values are marked; Send writes them (all
// groups, or one) through the link's worker, which checks, writes, reads back and follows a
// change of communications settings; the tab then shows what the meter holds. Revert shows
// the meter's values again. Energy presets and communications changes are asked about first.
// A value that is none of its setting's stays as typed, marked red, and Send waits for it.
class SetupPage : public QWidget
{
    Q_OBJECT
public:
    SetupPage(const AppSettings* settings, Asker* asker, QWidget* parent = nullptr);

    void setAsker(Asker* asker) { m_asker = asker; }
    void setSession(LinkSession* session);
    void setMeter(const std::optional<MeterSnapshot>& meter);

    QList<SetupGroupEditor*> groups() const { return m_groupEditors; }
    SetupGroupEditor* group(const QString& id) const;
    SetupSettingEditor* editor(const QString& setting) const;
    QStringList changedSettings() const; // the settings marked changed, in address order
    bool isBusy() const { return m_pending != 0; }
    bool hasValues() const { return m_loaded; }
    QString statusText() const;
    QString reportText() const;
    // Values typed here and not sent (nor being sent): leaving the meter would lose them.
    bool hasUnsentChanges() const;
    // Before closing, disconnecting or going to another meter: true when there is nothing to
    // lose or the person said to discard it (the editors then show the meter's values again);
    // false, with every edit kept, when they said no.
    bool confirmDiscard();

public Q_SLOTS:
    void readFromMeter();
    // The meter's values changed behind the tab (a template restore): read them again, now or
    // once the request in flight ends. Values typed and not sent stay, marked against the new.
    void reload();
    void sendAll();
    void sendGroup(const QString& groupId);
    void revertAll();

Q_SIGNALS:
    void valuesShown();                                        // after every read of the meter
    void sent(const commissioner::SettingsEditReport& report); // after a send, before its read
    void failed(const QString& why); // nothing was written, or a read failed
    void logLine(const QString& text);

private:
    void build(int deviceType);
    void connectSend(LinkWorker* w, LinkSession* session);
    void clearGroups();
    void send(const QStringList& settings);
    bool answer(const SettingsEditQuestion& question); // asks the person; false: nothing sent
    void setBusy(int requestId, const QString& status);
    void requestDone(); // the request waited for has ended: a reload asked meanwhile follows
    void showValues(const TemplateValues& values);
    void showWritten(const SettingsEditReport& report, const QString& backupPath);
    void showFailure(const QString& why);
    void updateButtons();

    const AppSettings* m_settings;
    Asker* m_asker;
    LinkSession* m_session = nullptr;
    std::optional<MeterSnapshot> m_meter;
    std::optional<DeviceProfile> m_profile;
    int m_profileFor = 0;
    QString m_readFor;   // the meter (serial, firmware, mode) whose values are shown
    QString m_reportFor; // the serial number of the meter "Last send" is about
    bool m_loaded = false;
    QList<QMetaObject::Connection> m_connections;
    int m_pending = 0; // the request the page waits for, 0 when none
    int m_nextRequest = 1;
    bool m_written = false;      // the send in flight has written (settingsWritten came)
    bool m_declined = false;     // the person said no to the send's question
    bool m_reloadWanted = false; // reload() came while a request was in flight
    // The settings of the send in flight: they show the meter's values after it.
    QStringList m_sending;

    QLabel* m_status;
    QPushButton* m_read;
    QPushButton* m_sendAll;
    QPushButton* m_revertAll;
    QVBoxLayout* m_groupLayout;
    QList<SetupGroupEditor*> m_groupEditors;
    QPlainTextEdit* m_report;
};

} // namespace commissioner::gui
