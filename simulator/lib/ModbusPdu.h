#pragma once

#include <QByteArray>

namespace metersim {

class MeterModel;

// A request PDU (function code + data) in, a response PDU out: functions 03, 06 and 16
// and the request-size rules of section 1 and 6, in front of the model.
struct PduResult
{
    QByteArray response; // empty: malformed beyond answering
    bool commSettingsWritten = false;
};

class ModbusPdu
{
public:
    static PduResult process(MeterModel& model, const QByteArray& request);
    static QByteArray exception(quint8 function, quint8 code);
};

} // namespace metersim
