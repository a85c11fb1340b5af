#pragma once

#include "meter/RetryPolicy.h"

#include <QString>

namespace commissioner::gui {

// What the Settings dialog edits, persisted in QSettings.
struct AppSettings
{
    int responseTimeoutMs = 1000;
    int retries = 3;
    int outageWaitSeconds = 300;
    QString dataDir;    // logs/, backups/, journal/, packages/, keys/
    QString packageDir; // where newer firmware is looked for
    QString language;   // "" (the system's), "en", "fr", "de", "es"

    static AppSettings load();
    void save() const;
    static QString defaultDataDir();

    RetryPolicy retryPolicy() const;
    QString keysDir() const { return dataDir + QStringLiteral("/keys"); }
    QString backupsDir(const QString& serial, int deviceType) const;
};

} // namespace commissioner::gui
