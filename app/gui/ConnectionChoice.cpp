#include "ConnectionChoice.h"

#include <QCoreApplication>
#include <QSettings>
#include <QVariantMap>

namespace commissioner::gui {

namespace {

QVariantMap toMap(const ConnectionChoice& c)
{
    const LinkSettings& s = c.settings;
    return {{QStringLiteral("demo"), c.demo},
            {QStringLiteral("kind"), int(s.kind)},
            {QStringLiteral("host"), s.host},
            {QStringLiteral("port"), s.port},
            {QStringLiteral("device"), s.device},
            {QStringLiteral("baud"), s.baudRate},
            {QStringLiteral("parity"), QString(QLatin1Char(s.parity))},
            {QStringLiteral("stopBits"), s.stopBits},
            {QStringLiteral("phone"), s.phoneNumber},
            {QStringLiteral("init"), s.modemInit},
            {QStringLiteral("unit"), s.unitId}};
}

ConnectionChoice fromMap(const QVariantMap& m)
{
    ConnectionChoice c;
    c.demo = m.value(QStringLiteral("demo")).toBool();
    LinkSettings& s = c.settings;
    s.kind = LinkDescription::Kind(m.value(QStringLiteral("kind")).toInt());
    s.host = m.value(QStringLiteral("host"), s.host).toString();
    s.port = m.value(QStringLiteral("port"), s.port).toInt();
    s.device = m.value(QStringLiteral("device")).toString();
    s.baudRate = m.value(QStringLiteral("baud"), s.baudRate).toInt();
    const QString parity = m.value(QStringLiteral("parity")).toString();
    s.parity = parity.isEmpty() ? 'E' : parity.at(0).toLatin1();
    s.stopBits = m.value(QStringLiteral("stopBits"), s.stopBits).toInt();
    s.phoneNumber = m.value(QStringLiteral("phone")).toString();
    s.modemInit = m.value(QStringLiteral("init"), s.modemInit).toString();
    s.unitId = m.value(QStringLiteral("unit"), s.unitId).toInt();
    return c;
}

} // namespace

QString ConnectionChoice::label() const
{
    if (demo)
        return QCoreApplication::translate("commissioner::gui::ConnectionDialog",
                                           "Demo meter (simulated EM7350)");
    return settings.describe().summary();
}

QList<ConnectionChoice> RecentConnections::load()
{
    QSettings settings;
    QList<ConnectionChoice> list;
    const QVariantList stored = settings.value(QStringLiteral("recent/connections")).toList();
    for (const QVariant& v : stored)
        list.append(fromMap(v.toMap()));
    return list;
}

void RecentConnections::remember(const ConnectionChoice& choice)
{
    moved(choice, choice);
}

void RecentConnections::moved(const ConnectionChoice& was, const ConnectionChoice& now)
{
    QList<ConnectionChoice> list = load();
    list.erase(
        std::remove_if(list.begin(), list.end(),
                       [&](const ConnectionChoice& c) { return c.sameAs(now) || c.sameAs(was); }),
        list.end());
    list.prepend(now);
    while (list.size() > Max)
        list.removeLast();
    QVariantList stored;
    for (const ConnectionChoice& c : list)
        stored.append(toMap(c));
    QSettings settings;
    settings.setValue(QStringLiteral("recent/connections"), stored);
}

} // namespace commissioner::gui
