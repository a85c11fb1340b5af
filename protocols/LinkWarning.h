#pragma once

#include <QString>
#include <QVector>

namespace commissioner {

// Something that did not stop a link from opening but that a person may want to know
// (app/ words it with tr()).
enum class LinkWarningKind
{
    Rs485ModeRefused, // the OS or the adapter would not switch the port to RS-485 mode
};

struct LinkWarning
{
    LinkWarningKind kind = LinkWarningKind::Rs485ModeRefused;
    int sysErrno = 0;
    QString detail; // technical context, not UI text
};

using LinkWarnings = QVector<LinkWarning>;

} // namespace commissioner
