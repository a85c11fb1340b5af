#include "SerialPortDiscovery.h"

#include "ProtocolsLogging.h"

#include <QSerialPortInfo>
#include <algorithm>

namespace commissioner {

QVector<SerialPortInfo> SerialPortDiscovery::availablePorts()
{
    QVector<SerialPortInfo> ports;
    const auto found = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo& info : found) {
        SerialPortInfo p;
        p.portName = info.portName();
        p.systemLocation = info.systemLocation();
        p.description = info.description();
        p.manufacturer = info.manufacturer();
        p.serialNumber = info.serialNumber();
        p.hasUsbIds = info.hasVendorIdentifier() && info.hasProductIdentifier();
        if (p.hasUsbIds) {
            p.vendorId = info.vendorIdentifier();
            p.productId = info.productIdentifier();
        }
        ports.append(p);
    }
    sortByName(ports);
    qCDebug(lcSerialPorts) << ports.size() << "serial ports found";
    return ports;
}

namespace {

// Natural order by hand: QCollator's numeric mode does nothing in the C locale (LANG=C on a
// service laptop put COM10 before COM2). Runs of digits compare as numbers, the rest
// without regard to case.
bool naturalLess(const QString& a, const QString& b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            // Leading zeros do not count; then the longer number is the larger.
            QStringView da = QStringView(a).mid(i, ei - i);
            QStringView db = QStringView(b).mid(j, ej - j);
            while (da.size() > 1 && da.front() == QLatin1Char('0'))
                da = da.mid(1);
            while (db.size() > 1 && db.front() == QLatin1Char('0'))
                db = db.mid(1);
            if (da.size() != db.size())
                return da.size() < db.size();
            if (const int c = da.compare(db); c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a[i].toCaseFolded();
        const QChar cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb;
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b; // equal but for case: a fixed order all the same
}

} // namespace

void SerialPortDiscovery::sortByName(QVector<SerialPortInfo>& ports)
{
    std::sort(ports.begin(), ports.end(), [](const SerialPortInfo& a, const SerialPortInfo& b) {
        return naturalLess(a.portName, b.portName);
    });
}

} // namespace commissioner
