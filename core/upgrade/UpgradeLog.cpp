#include "upgrade/UpgradeLog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

namespace commissioner {

UpgradeLog::UpgradeLog(const QString& textPath, const QString& jsonPath)
    : m_text(textPath), m_json(jsonPath)
{
    QDir().mkpath(QFileInfo(textPath).absolutePath());
    QDir().mkpath(QFileInfo(jsonPath).absolutePath());
    m_text.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
    m_json.open(QIODevice::WriteOnly | QIODevice::Append);
}

UpgradeLog::~UpgradeLog()
{
    close();
}

void UpgradeLog::append(const UpgradeLogEntry& e)
{
    if (m_text.isOpen()) {
        m_text.write(e.text.toUtf8());
        m_text.write("\n");
        m_text.flush();
    }
    if (m_json.isOpen()) {
        QJsonObject o = e.fields;
        o.insert(QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("event"), e.event);
        o.insert(QStringLiteral("text"), e.text);
        m_json.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        m_json.write("\n");
        m_json.flush();
    }
}

void UpgradeLog::close()
{
    m_text.close();
    m_json.close();
}

QString UpgradeLog::longTime(const QDateTime& t)
{
    // Always English, like the field tools' logs that support staff read.
    return QLocale(QLocale::English, QLocale::UnitedStates)
        .toString(t, QStringLiteral("dddd, MMMM dd, yyyy h:mm:ss AP"));
}

} // namespace commissioner
