#include "SerialPortDiscovery.h"

#include <algorithm>

#include <QCollator>
#include <QSerialPortInfo>

#include "ProtocolsLogging.h"

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
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(ports.begin(), ports.end(), [&](const SerialPortInfo& a, const SerialPortInfo& b) {
        return collator.compare(a.portName, b.portName) < 0;
    });
    qCDebug(lcSerialPorts) << ports.size() << "serial ports found";
    return ports;
}

} // namespace commissioner
