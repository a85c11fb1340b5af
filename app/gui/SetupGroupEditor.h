#pragma once

#include "settings/DeviceProfile.h"

#include <QGroupBox>
#include <QVector>

class QLabel;
class QPushButton;

namespace commissioner::gui {

class SetupSettingEditor;

// One group of the device profile (Transformers, Clock, Energy...) on the Setup tab: an
// editor a setting, the group's Send and Revert, and what is wrong with a value typed here
// (Send waits until it is fixed) or with one the meter refused.
class SetupGroupEditor : public QGroupBox
{
    Q_OBJECT
public:
    SetupGroupEditor(const SettingGroup& group, const QVector<SettingDef>& settings,
                     QWidget* parent = nullptr);

    QString groupId() const { return m_id; }
    const QVector<SetupSettingEditor*>& editors() const { return m_editors; }
    SetupSettingEditor* editor(const QString& setting) const;
    QStringList changedSettings() const;
    bool hasInvalidValue() const; // a value here is none its setting takes: no Send
    QString messageText() const;
    QPushButton* sendButton() const { return m_send; }
    QPushButton* revertButton() const { return m_revert; }
    void setBusy(bool busy); // while a request runs: no Send

public Q_SLOTS:
    void revert();

Q_SIGNALS:
    void sendRequested(const QString& groupId);
    void edited();

private:
    void update(); // message and buttons after an edit; tells the page
    void refreshButtons();

    QString m_id;
    QVector<SetupSettingEditor*> m_editors;
    QLabel* m_message;
    QPushButton* m_send;
    QPushButton* m_revert;
    bool m_busy = false;
};

} // namespace commissioner::gui
