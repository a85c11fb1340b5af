#pragma once

#include <QString>
#include <QVector>

namespace commissioner {

// One serial port as the OS lists it.
struct SerialPortInfo
{
    QString portName;       // "ttyUSB0", "COM10"
    QString systemLocation; // "/dev/ttyUSB0", "\\.\COM10"
    QString description;
    QString manufacturer;
    QString serialNumber;
    bool hasUsbIds = false;
    quint16 vendorId = 0;
    quint16 productId = 0;
};

class SerialPortDiscovery
{
public:
    // The ports present now, sorted by name (naturally: COM2 before COM10).
    static QVector<SerialPortInfo> availablePorts();
    // The order availablePorts gives: by name, numbers as numbers.
    static void sortByName(QVector<SerialPortInfo>& ports);
};

} // namespace commissioner
