#include "TemplateTable.h"

#include "Registers.h"

namespace metersim {

namespace {
using K = TemplateSetting::Kind;

QVector<TemplateSetting> buildTable()
{
    QVector<TemplateSetting> t = {
        {1000, 2, K::U32, 1, 1000000, {}, 120}, {1002, 1, K::U16, 1, 690, {}, 120},
        {1003, 2, K::U32, 1, 100000, {}, 5},    {1005, 1, K::U16, 0, 0, {1, 5}, 5},
        {1006, 1, K::U16, 0, 3, {}, 0},         {1007, 1, K::U16, 0, 0, {50, 60}, 60},
        {1008, 1, K::U16, 1, 65535, {}, 120},   {1010, 1, K::S16, -720, 840, {}, 0},
        {1011, 1, K::U16, 0, 1, {}, 0},         {1012, 1, K::U16, 0, 2, {}, 0},
        {1014, 2, K::Clock, 0, 0, {}, 0},       {1020, 16, K::Ascii, 0, 0, {}, 0},
        {1036, 16, K::Ascii, 0, 0, {}, 0},      {1052, 16, K::Ascii, 0, 0, {}, 0},
        {1100, 4, K::U64, 0, 0, {}, 0},         {1104, 4, K::U64, 0, 0, {}, 0},
        {1108, 4, K::U64, 0, 0, {}, 0},         {1112, 4, K::U64, 0, 0, {}, 0},
        {1116, 4, K::U64, 0, 0, {}, 0},         {1130, 1, K::U16, 0, 1, {}, 0},
    };
    // ITC ratios and phases: three one-register settings each (A, B, C).
    for (quint16 a = 1131; a <= 1133; ++a)
        t.append({a, 1, K::S16, -1000, 1000, {}, 0});
    for (quint16 a = 1134; a <= 1136; ++a)
        t.append({a, 1, K::S16, -1000, 1000, {}, 0});
    for (quint16 a = 1137; a <= 1139; ++a)
        t.append({a, 1, K::S16, -300, 300, {}, 0});
    t.append({1150, 1, K::U16, 1, 247, {}, 1});
    t.append({1151, 1, K::U16, 0, 4, {}, 1});
    t.append({1152, 1, K::U16, 0, 2, {}, 1});
    return t;
}
} // namespace

bool TemplateSetting::accepts(const quint16* v) const
{
    qint64 value = 0;
    switch (kind) {
    case K::U16:
        value = v[0];
        break;
    case K::S16:
        value = static_cast<qint16>(v[0]);
        break;
    case K::U32:
        value = (qint64(v[0]) << 16) | v[1];
        break;
    case K::U64:
    case K::Ascii:
    case K::Clock:
        return true; // "any"
    }
    if (!allowed.isEmpty())
        return allowed.contains(value);
    return value >= min && value <= max;
}

const QVector<TemplateSetting>& TemplateTable::settings()
{
    static const QVector<TemplateSetting> table = buildTable();
    return table;
}

const TemplateSetting* TemplateTable::find(quint16 address)
{
    for (const TemplateSetting& s : settings()) {
        if (address >= s.address && address < s.address + s.regs)
            return &s;
    }
    return nullptr;
}

QVector<quint16> TemplateTable::factoryDefaults()
{
    QVector<quint16> regs(reg::TemplateCount, 0);
    for (const TemplateSetting& s : settings()) {
        if (s.kind == K::Ascii || s.kind == K::Clock)
            continue;
        quint64 v = s.factoryDefault;
        for (int i = s.regs - 1; i >= 0; --i) {
            regs[s.address - reg::TemplateFirst + i] = quint16(v & 0xFFFF);
            v >>= 16;
        }
    }
    return regs;
}

bool TemplateTable::isTemplateRegister(quint16 address)
{
    const TemplateSetting* s = find(address);
    return s && s->kind != K::Clock;
}

} // namespace metersim
