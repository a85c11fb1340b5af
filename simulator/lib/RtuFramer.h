#pragma once

#include <QByteArray>
#include <QVector>

namespace metersim {

// Cuts an RTU byte stream into request frames. The length comes from the function code
// (03 and 06: 8 bytes, 16: 9 + byte count); a frame whose CRC fails, or whose length the
// code does not tell, waits for the inter-frame silence, which ends whatever is buffered.
class RtuFramer
{
public:
    // Frames complete with a good CRC, returned without the CRC (unit, function, data).
    QVector<QByteArray> feed(const QByteArray& bytes);
    // The line went quiet: a buffered frame of another function code with a good CRC is
    // returned (to be answered 01), anything else is garbage and dropped.
    QByteArray silence();
    bool hasPending() const { return !m_buffer.isEmpty(); }

private:
    QByteArray m_buffer;
};

} // namespace metersim
