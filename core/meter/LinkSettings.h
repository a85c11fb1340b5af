#pragma once

#include "meter/MeterClient.h"
#include "meter/RetryPolicy.h"

#include <QString>

namespace commissioner {

// Everything needed to open a link to one meter; built by the CLI's options or the GUI's
// connection dialog, turned into a MeterClient by protocols/MeterClientFactory.
struct LinkSettings
{
    LinkDescription::Kind kind = LinkDescription::Kind::Tcp;
    // TCP and RTU over TCP
    QString host = QStringLiteral("127.0.0.1");
    int port = 502;
    // serial and modem: the device as the person named it ("/dev/ttyUSB0", "COM10")
    QString device;
    int baudRate = 19200;
    char parity = 'E'; // 'N', 'E' or 'O'
    int dataBits = 8;
    int stopBits = 1;
    bool rs485 = false; // ask the OS for RS-485 mode where it has it
    // modem
    QString phoneNumber;
    QString modemInit = QStringLiteral("ATZ");
    bool pulseDialing = false;
    int connectTimeoutMs = 60000;

    int unitId = 1;
    RetryPolicy retry;

    LinkDescription describe() const;
    // The retry policy a link of this kind starts with: RetryPolicy::forModem() for a
    // modem (a long round trip), the plain defaults otherwise. The CLI and the GUI's
    // connection pages set `retry` from it when the kind is chosen.
    static RetryPolicy defaultRetryFor(LinkDescription::Kind kind);
};

// A serial line's data bits, parity and stop bits as one word, as meters' manuals write it:
// "8E1".
QString serialFraming(const LinkSettings& link);

} // namespace commissioner
