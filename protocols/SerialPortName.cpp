#include "SerialPortName.h"

#include <QRegularExpression>

namespace commissioner {

QString libmodbusSerialName(const QString& portName)
{
    const QString name = portName.trimmed();
    static const QRegularExpression comPort(QStringLiteral("^COM([0-9]+)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = comPort.match(name);
    if (!m.hasMatch())
        return name;
    bool ok = false;
    const int number = m.captured(1).toInt(&ok);
    if (!ok || number < 10)
        return name;
    return QStringLiteral("\\\\.\\") + name;
}

} // namespace commissioner
