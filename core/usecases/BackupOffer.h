#pragma once

#include "meter/MeterIdentity.h"
#include "store/DataFolder.h"

#include <QDateTime>
#include <QString>

namespace commissioner {

// Which backup to offer for restore when a meter came back from an upgrade or a recovery at
// factory settings: one rule for `upgrade`, `recover --xmodem`, the upgrade flow and the
// XMODEM recovery dialog.
//
// 1. A path handed over (the upgrade job's result or journal) is offered only when the file
//    says it is this meter's (serial number AND device type, backupBelongsTo) and it is a
//    backup the tool took (among the meter's backups/, one of the reasons below). One of
//    another meter is refused: refusedPath names it, and the rule goes on to 2.
// 2. Otherwise the meter's newest backup taken by the tool itself before a write (pre-upgrade,
//    pre-restore, setup, config-set, pre-clock), not only the pre-upgrade ones: each is the
//    whole template read just before a write, so the newest is the last the tool knew of the
//    meter's settings (a pre-upgrade backup is older than any later Setup or config set, and
//    an XMODEM recovery takes none at all). Passed over: a backup whose every setting is at
//    its factory default, as the one a restore, clock set or retried upgrade takes of a meter
//    already reset: it gives nothing back, and would hide the older one that does.
// A template a person saved (`template save`, the Templates tab) is never offered: it may be
// of another time or another meter's settings, and the restore after a loss brings the energy
// readings back too. Reads the data folder: call it off the GUI thread.
struct BackupOffer
{
    QString path;        // empty: no backup to offer
    QString refusedPath; // the handed path, when the file is another meter's
    QDateTime savedAt;   // UTC, of the offered backup
    QString reason;      // of the offered backup
};

BackupOffer backupToOffer(const DataFolder& folder, const MeterIdentity& meter,
                          const QString& handedPath);

} // namespace commissioner
