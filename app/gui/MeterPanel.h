#pragma once

#include "LinkWorker.h"

#include <QGroupBox>
#include <QMap>
#include <QVector>

class QFormLayout;
class QLabel;
class QPushButton;

namespace commissioner::gui {

class ConnectedMeter;

// The connected meter as it is: identity, events, upgrade state (with Recover… while it
// needs recovery), and whether a newer firmware for it waits in the package folder.
class MeterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MeterPanel(QWidget* parent = nullptr);

    // Shows the model's meter from now on, and nothing once it is cleared.
    void observe(const ConnectedMeter* model);
    void showMeter(const MeterSnapshot& s);
    void showNewerFirmware(const QVector<AvailableFirmware>& found, const QString& packageDir);
    void clear();
    // The text shown for a field ("serial", "firmware", "mode", "events", "state", ...).
    QString field(const QString& key) const;
    QPushButton* recoverButton() const { return m_recover; }
    // Off while an upgrade or recovery runs: the prompt would not come.
    void setRecoverEnabled(bool enabled);

Q_SIGNALS:
    void upgradeWith(const QString& packagePath);
    void recoverRequested();

private:
    QLabel* addField(QFormLayout* form, const QString& key, const QString& label);

    QMap<QString, QLabel*> m_fields;
    QLabel* m_newer = nullptr;
    QPushButton* m_upgradeNewer = nullptr;
    QPushButton* m_recover = nullptr;
    QString m_newerPath;
};

// Live readings, refreshed each second while the meter measures.
class LiveReadingsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit LiveReadingsPanel(QWidget* parent = nullptr);
    void showReadings(const Measurements& m);
    void showUnavailable(const QString& why);
    void clear();
    QString field(const QString& key) const;
    int updates() const { return m_updates; }

private:
    QMap<QString, QLabel*> m_fields;
    QLabel* m_status = nullptr;
    int m_updates = 0;
};

} // namespace commissioner::gui
