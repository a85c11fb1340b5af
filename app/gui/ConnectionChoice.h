#pragma once

#include "meter/LinkSettings.h"

#include <QList>
#include <QString>

namespace commissioner::gui {

// What the connection dialog hands back: a link to open, or the built-in demo meter.
struct ConnectionChoice
{
    bool demo = false;
    LinkSettings settings;

    QString label() const; // "Demo meter", "Modbus TCP 10.0.0.5:502 unit 3", ...
    bool sameAs(const ConnectionChoice& other) const { return label() == other.label(); }
};

// The last few connections, newest first, kept in QSettings.
class RecentConnections
{
public:
    static QList<ConnectionChoice> load();
    static void remember(const ConnectionChoice& choice);
    // The meter moved from `was` to `now` (a change of its comm settings the link followed):
    // `now` first, and `was` no longer offered, since nothing answers there any more.
    static void moved(const ConnectionChoice& was, const ConnectionChoice& now);
    static constexpr int Max = 8;
};

} // namespace commissioner::gui
