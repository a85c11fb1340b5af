#pragma once

#include <QVector>
#include <QtGlobal>

// The settings of section 4: where each starts, how wide it is, what it accepts.
namespace metersim {

struct TemplateSetting
{
    enum class Kind
    {
        U16,
        S16,
        U32,
        U64,
        Ascii,
        Clock
    };
    quint16 address;
    quint16 regs;
    Kind kind;
    qint64 min;
    qint64 max;
    QVector<qint64> allowed; // when not empty, the only values accepted (1 or 5, 50 or 60)
    quint64 factoryDefault;

    bool accepts(const quint16* values) const;
};

class TemplateTable
{
public:
    static const QVector<TemplateSetting>& settings();
    // The setting covering address, or nullptr when no setting has it.
    static const TemplateSetting* find(quint16 address);
    // 200 registers 1000-1199 at factory default (the clock reads live, stored 0 here).
    static QVector<quint16> factoryDefaults();
    // True when the register belongs to a template setting (the clock is not one).
    static bool isTemplateRegister(quint16 address);
};

} // namespace metersim
