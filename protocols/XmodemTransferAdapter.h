#pragma once

#include "XmodemSender.h"
#include "usecases/XmodemRecoveryUseCase.h"

#include <QString>

namespace commissioner {

// The use case's XmodemTransfer over a serial port: a SerialStream at the bootloader's
// 115200 8N1 and an XmodemSender on it, for the length of one send().
class SerialXmodemTransfer final : public XmodemTransfer
{
public:
    SerialXmodemTransfer(QString device, XmodemOptions options = {});

    Result<Ok, XmodemSendFailure> send(const QByteArray& file, const XmodemSendEvents& events,
                                       const std::atomic_bool& cancel) override;

private:
    QString m_device;
    XmodemOptions m_options;
};

// The wire layer's failure as the use case sees it.
XmodemSendFailure toSendFailure(const XmodemFailure& failure);

} // namespace commissioner
