#include "store/ChangeHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <algorithm>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace commissioner {

static const QString kFileName = QStringLiteral("history.jsonl");

QJsonObject ChangeRecord::toJson() const
{
    return QJsonObject{
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("serial_number"), serialNumber},
        {QStringLiteral("device_type"), deviceType},
        {QStringLiteral("setting"), setting},
        {QStringLiteral("from"), from},
        {QStringLiteral("to"), to},
        {QStringLiteral("unit"), unit},
        {QStringLiteral("result"), result},
        {QStringLiteral("user"), user},
        {QStringLiteral("tool"), tool},
    };
}

std::optional<ChangeRecord> ChangeRecord::fromJson(const QJsonObject& o)
{
    ChangeRecord r;
    r.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    r.setting = o.value(QStringLiteral("setting")).toString();
    if (!r.time.isValid() || r.setting.isEmpty())
        return std::nullopt;
    r.time = r.time.toUTC();
    r.serialNumber = o.value(QStringLiteral("serial_number")).toString();
    r.deviceType = o.value(QStringLiteral("device_type")).toInt();
    r.from = o.value(QStringLiteral("from")).toString();
    r.to = o.value(QStringLiteral("to")).toString();
    r.unit = o.value(QStringLiteral("unit")).toString();
    r.result = o.value(QStringLiteral("result")).toString();
    r.user = o.value(QStringLiteral("user")).toString();
    r.tool = o.value(QStringLiteral("tool")).toString();
    return r;
}

QString ChangeHistory::path(const DataFolder& folder, const QString& serial, int deviceType)
{
    return folder.backupsDir(serial, deviceType) + QLatin1Char('/') + kFileName;
}

bool ChangeHistory::append(const DataFolder& folder, const QVector<ChangeRecord>& records,
                           QString* errorText)
{
    if (records.isEmpty())
        return true;
    QByteArray lines;
    for (const ChangeRecord& r : records)
        lines += QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n';
    QFile f(path(folder, records.first().serialNumber, records.first().deviceType));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (errorText)
            *errorText = f.errorString();
        return false;
    }
    const bool written = f.write(lines) == lines.size() && f.flush();
#ifndef Q_OS_WIN
    // A history that a crash could shorten would not be one.
    const bool synced = ::fsync(f.handle()) == 0;
#else
    const bool synced = ::_commit(f.handle()) == 0;
#endif
    if ((!written || !synced) && errorText)
        *errorText = f.errorString();
    return written && synced;
}

static bool isOf(const ChangeRecord& r, const QString& serial, int deviceType)
{
    return r.serialNumber == serial &&
           (deviceType == 0 || r.deviceType == 0 || r.deviceType == deviceType);
}

QVector<ChangeRecord> ChangeHistory::read(const DataFolder& folder, const QString& serial,
                                          int deviceType, int* skipped)
{
    QVector<ChangeRecord> out;
    int bad = 0;
    const QDir root(folder.backupsRoot());
    for (const QString& dir : folder.backupDirsOf(serial, deviceType)) {
        QFile f(root.filePath(dir + QLatin1Char('/') + kFileName));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            const auto r = doc.isObject() ? ChangeRecord::fromJson(doc.object()) : std::nullopt;
            if (!r)
                ++bad;
            else if (isOf(*r, serial, deviceType))
                out.append(*r);
        }
    }
    // Several files (two device types, an earlier version's): one story, oldest first.
    std::stable_sort(out.begin(), out.end(),
                     [](const ChangeRecord& x, const ChangeRecord& y) { return x.time < y.time; });
    if (skipped)
        *skipped = bad;
    return out;
}

QStringList ChangeHistory::meters(const DataFolder& folder)
{
    // The serial numbers come from the records: a folder's name is an encoding of one, and
    // not the same encoding in every version.
    QStringList out;
    const QDir root(folder.backupsRoot());
    for (const QString& d : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile f(root.filePath(d + QLatin1Char('/') + kFileName));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        while (!f.atEnd()) {
            const QJsonDocument doc = QJsonDocument::fromJson(f.readLine());
            const auto r = doc.isObject() ? ChangeRecord::fromJson(doc.object()) : std::nullopt;
            if (r && !out.contains(r->serialNumber)) {
                out << r->serialNumber;
                break;
            }
        }
    }
    out.sort();
    return out;
}

QString ChangeHistory::currentUser()
{
#ifndef Q_OS_WIN
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER");
#else
    const QString user = qEnvironmentVariable("USERNAME");
#endif
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

static ChangeRecord baseRecord(const MeterIdentity& meter, const QString& tool)
{
    ChangeRecord r;
    r.time = QDateTime::currentDateTimeUtc();
    r.serialNumber = meter.serialNumber;
    r.deviceType = meter.deviceType;
    r.user = ChangeHistory::currentUser();
    r.tool = tool;
    return r;
}

QVector<ChangeRecord> changeRecords(const MeterIdentity& meter, const DeviceProfile& profile,
                                    const SettingsEditReport& report, const QString& tool)
{
    QVector<ChangeRecord> out;
    for (const SettingWriteResult& w : report.results) {
        switch (w.outcome) {
        case SettingWriteOutcome::Unchanged:
        case SettingWriteOutcome::RefusedByMeter:
        case SettingWriteOutcome::NotWritten:
            continue;
        default:
            break;
        }
        const SettingDef* def = profile.setting(w.setting);
        if (!def)
            continue;
        ChangeRecord r = baseRecord(meter, tool);
        r.setting = w.setting;
        r.from = report.before.contains(w.setting) ? def->displayValue(w.before) : QString();
        r.to = def->displayValue(w.readBack.value_or(w.wanted));
        r.unit = def->unit;
        r.result = settingWriteOutcomeName(w.outcome);
        out.append(r);
    }
    return out;
}

QVector<ChangeRecord> changeRecords(const MeterIdentity& meter, const DeviceProfile& profile,
                                    const TemplateValues& before, const RestorePlan& plan,
                                    const RestoreReport& report, const QString& tool)
{
    QVector<ChangeRecord> out;
    auto add = [&](const QString& name, const SettingValue& to, const QString& result) {
        const SettingDef* def = profile.setting(name);
        if (!def)
            return;
        if (before.contains(name) && before.value(name) == to)
            return; // written, but it already held this value
        ChangeRecord r = baseRecord(meter, tool);
        r.setting = name;
        r.from = before.contains(name) ? def->displayValue(before.value(name)) : QString();
        r.to = def->displayValue(to);
        r.unit = def->unit;
        r.result = result;
        out.append(r);
    };
    for (const QString& name : report.written) {
        const SettingValue wanted = plan.values.value(name);
        const SettingMismatch* mm = nullptr;
        for (const SettingMismatch& m : report.mismatches)
            if (m.setting == name)
                mm = &m;
        if (mm)
            add(name, mm->readBack, settingWriteOutcomeName(SettingWriteOutcome::ReadBackDiffers));
        else
            add(name, wanted,
                settingWriteOutcomeName(report.readBackDone ? SettingWriteOutcome::Verified
                                                            : SettingWriteOutcome::NotReadBack));
    }
    for (const QString& name : report.unconfirmed)
        add(name, plan.values.value(name), settingWriteOutcomeName(SettingWriteOutcome::NoAnswer));
    return out;
}

ChangeRecord clockChangeRecord(const MeterIdentity& meter, qint64 from, qint64 to,
                               const QString& result, const QString& tool)
{
    ChangeRecord r = baseRecord(meter, tool);
    r.setting = QStringLiteral("CLOCK_UTC");
    r.from = QDateTime::fromSecsSinceEpoch(from, Qt::UTC).toString(Qt::ISODate);
    r.to = QDateTime::fromSecsSinceEpoch(to, Qt::UTC).toString(Qt::ISODate);
    r.unit = QStringLiteral("UTC");
    r.result = result;
    return r;
}

ChangeRecord firmwareChangeRecord(const MeterIdentity& before, const MeterIdentity& after,
                                  const QString& tool)
{
    ChangeRecord r = baseRecord(after, tool);
    r.setting = QStringLiteral("FIRMWARE");
    r.from = before.firmware.toString();
    r.to = after.firmware.toString();
    r.result = QStringLiteral("verified");
    return r;
}

} // namespace commissioner
