#include "FuzzSupport.h"

#include <QLoggingCategory>
#include <QtGlobal>

namespace fuzzsupport {

void quietQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& text) {
        // A fatal message still ends the run, and says why.
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(text));
            std::abort();
        }
    });
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));
}

} // namespace fuzzsupport
