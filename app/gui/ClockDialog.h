#pragma once

#include "meter/LinkError.h"
#include "meter/MeterBinding.h"
#include "settings/TemplateError.h"

#include <QDateTime>
#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;

namespace commissioner::gui {

class LinkSession;

// The meter's clock (CLOCK_UTC) and how far it is from this computer's, with "Set from this
// computer". The reads and the write run on the session's worker; this only shows them.
class ClockDialog : public QDialog
{
    Q_OBJECT
public:
    // dataDir: where the backup taken before a sync and the meter's history go.
    // `meter`: the meter the window shows; the clock is set only on that one.
    ClockDialog(LinkSession* session, const QString& dataDir,
                std::optional<commissioner::MeterBinding> meter, QWidget* parent = nullptr);

    std::optional<qint64> offsetSeconds() const { return m_offset; }
    QString statusText() const;

public Q_SLOTS:
    void readClock();
    void syncClock();

Q_SIGNALS:
    void clockShown(const QDateTime& meter, qint64 offsetSeconds);
    void clockSet(const QString& backupPath); // for the main window's log
    void failed(const QString& why);

private:
    void setBusy(bool busy, const QString& status);
    void showClock(const QDateTime& meter, qint64 offsetSeconds);
    void showFailure(const TemplateError& e);

    LinkSession* m_session;
    QString m_dataDir;
    std::optional<commissioner::MeterBinding> m_boundMeter;
    bool m_syncing = false;
    std::optional<qint64> m_offset;
    QLabel* m_meter;
    QLabel* m_computer;
    QLabel* m_difference;
    QLabel* m_status;
    QPushButton* m_read;
    QPushButton* m_sync;
};

} // namespace commissioner::gui
