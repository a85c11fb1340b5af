#pragma once

#include "LinkWorker.h"

#include <QObject>
#include <optional>

namespace commissioner::gui {

// What changed what the meter holds (its settings, its clock, its firmware).
enum class MeterWrite
{
    Settings, // the Setup tab's send
    Restore,  // a template or backup restored
    Clock,    // the clock set from this computer's
    Upgrade,  // an upgrade or recovery ended (whatever its outcome: a backup was taken first)
};

// The connected meter as the window knows it: the latest identity and upgrade state read, the
// link that talks to it, and a revision that grows with every change. It lives on the GUI
// thread; MainWindow feeds it from the link worker's signals and every tab observes it, so no
// tab goes on showing another meter's, or an older, state.
class ConnectedMeter : public QObject
{
    Q_OBJECT
public:
    explicit ConnectedMeter(QObject* parent = nullptr);

    const std::optional<MeterSnapshot>& meter() const { return m_meter; }
    const std::optional<LinkDescription>& link() const { return m_link; }
    quint64 revision() const { return m_revision; }
    // Measures and takes settings: NORMAL mode, not verifying or installing.
    bool isNormal() const;
    // The recovery prompt has something to offer: no firmware, or an image pending.
    bool needsRecovery() const;
    static bool needsRecovery(const MeterSnapshot& meter);

    // The link opened, or followed the meter to other comm settings.
    void setLink(const LinkDescription& link);
    // A fresh read. Another meter than the one held (serial number, device type) clears the
    // old one first: nothing of it stays on any tab.
    void setMeter(MeterSnapshot meter);
    // Something was written to the meter: what the tabs read from it (backups, settings) is old.
    void markWritten(MeterWrite what);
    // Disconnected: no link, no meter.
    void clear();

Q_SIGNALS:
    void meterChanged(const commissioner::MeterSnapshot& meter);
    // The first read of a meter, and every read that finds another mode or recovery state.
    void modeChanged(commissioner::DeviceMode mode, commissioner::RecoveryState state);
    void linkChanged(const commissioner::LinkDescription& link);
    void written(commissioner::gui::MeterWrite what);
    // Disconnected, or another meter answers: what was shown of the previous one goes.
    void cleared();

private:
    void forgetMeter();

    std::optional<MeterSnapshot> m_meter;
    std::optional<LinkDescription> m_link;
    quint64 m_revision = 0;
};

} // namespace commissioner::gui
