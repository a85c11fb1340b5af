#include "Measurements.h"

#include "Registers.h"

#include <QtMath>
#include <cstring>

namespace metersim {

namespace {
quint32 u32At(const QVector<quint16>& t, quint16 address)
{
    const int i = address - reg::TemplateFirst;
    return (quint32(t[i]) << 16) | t[i + 1];
}

void putFloat(QVector<quint16>& out, int index, float value)
{
    quint32 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    out[index] = quint16(bits >> 16);
    out[index + 1] = quint16(bits & 0xFFFF);
}
} // namespace

QVector<quint16> Measurements::registers(const QVector<quint16>& t, double up)
{
    const double ptRatio = double(u32At(t, 1000)) / qMax<quint16>(1, t[1002 - reg::TemplateFirst]);
    const double ctRatio = double(u32At(t, 1003)) / qMax<quint16>(1, t[1005 - reg::TemplateFirst]);
    const double ctSecondary = t[1005 - reg::TemplateFirst];
    const double nominalHz = t[1007 - reg::TemplateFirst];
    // Slow, phase-shifted wobbles: values change between reads but stay believable.
    const double w = std::sin(up / 7.0);
    const double secondaryV = 120.0 * (1.0 + 0.004 * w);
    const double secondaryI = ctSecondary * 0.62 * (1.0 + 0.03 * std::sin(up / 5.0));
    const double pf = 0.93 + 0.02 * std::sin(up / 11.0);

    QVector<quint16> out(reg::MeasureLast - reg::MeasureFirst + 1, 0);
    double v[3];
    double i[3];
    for (int p = 0; p < 3; ++p) {
        v[p] = secondaryV * (1.0 + 0.002 * std::sin(up / 3.0 + p)) * ptRatio;
        i[p] = secondaryI * (1.0 + 0.01 * std::sin(up / 4.0 + p)) * ctRatio;
        putFloat(out, 0 + 2 * p, float(v[p]));
        putFloat(out, 6 + 2 * p, float(i[p]));
    }
    const double kva = (v[0] * i[0] + v[1] * i[1] + v[2] * i[2]) / 1000.0;
    const double kw = kva * pf;
    const double kvar = std::sqrt(qMax(0.0, kva * kva - kw * kw));
    putFloat(out, 12, float(kw));
    putFloat(out, 14, float(kvar));
    putFloat(out, 16, float(kva));
    putFloat(out, 18, float(pf));
    putFloat(out, 20, float(nominalHz + 0.02 * std::sin(up / 13.0)));
    putFloat(out, 22, float(std::floor(up)));
    return out;
}

} // namespace metersim
