#include "FakeTemplateMeter.h"

#include "meter/MeterIdentity.h"

namespace commissioner::test {

FakeTemplateMeter::FakeTemplateMeter(int deviceType, const QString& serial)
{
    // device-protocol.md section 4, kinds: u unsigned, s signed, e enum (as allowed list),
    // a ascii, q u64 (any), c clock (any)
    const qint64 any = -1;
    m_defs = {
        {1000, 2, 'u', 1, 1000000, {}},     {1002, 1, 'u', 1, 690, {}},
        {1003, 2, 'u', 1, 100000, {}},      {1005, 1, 'u', 0, 0, {1, 5}},
        {1006, 1, 'u', 0, 0, {0, 1, 2, 3}}, {1007, 1, 'u', 0, 0, {50, 60}},
        {1008, 1, 'u', 1, 65535, {}},       {1010, 1, 's', -720, 840, {}},
        {1011, 1, 'u', 0, 0, {0, 1}},       {1012, 1, 'u', 0, 0, {0, 1, 2}},
        {1014, 2, 'c', 0, any, {}},         {1020, 16, 'a', 0, 0, {}},
        {1036, 16, 'a', 0, 0, {}},          {1052, 16, 'a', 0, 0, {}},
        {1100, 4, 'q', 0, 0, {}},           {1104, 4, 'q', 0, 0, {}},
        {1108, 4, 'q', 0, 0, {}},           {1112, 4, 'q', 0, 0, {}},
        {1116, 4, 'q', 0, 0, {}},           {1130, 1, 'u', 0, 0, {0, 1}},
    };
    for (int a = 1131; a <= 1136; ++a)
        m_defs.append({a, 1, 's', -1000, 1000, {}});
    for (int a = 1137; a <= 1139; ++a)
        m_defs.append({a, 1, 's', -300, 300, {}});
    m_defs.append({1150, 1, 'u', 1, 247, {}});
    m_defs.append({1151, 1, 'u', 0, 0, {0, 1, 2, 3, 4}});
    m_defs.append({1152, 1, 'u', 0, 0, {0, 1, 2}});

    m_regs[0] = 1;
    m_regs[1] = quint16(deviceType);
    m_regs[2] = 3;
    m_regs[3] = 2;
    m_regs[4] = 1;
    m_regs[5] = 0;
    const Registers sn = encodeAscii(serial, 8);
    for (int i = 0; i < 8; ++i)
        m_regs[6 + i] = sn[i];
    const Registers model = encodeAscii(QStringLiteral("EM%1").arg(deviceType), 8);
    for (int i = 0; i < 8; ++i)
        m_regs[14 + i] = model[i];
    for (int a = 22; a < 32; ++a)
        m_regs[a] = 0;
    m_regs[25] = deviceType == 7350 ? 2 : 1;
    resetToFactory();
    m_regs[1014] = 0x6600;
    m_regs[1015] = 0;
}

void FakeTemplateMeter::resetToFactory()
{
    for (const Def& d : m_defs) {
        if (d.kind == 'c')
            continue;
        for (int i = 0; i < d.regs; ++i)
            m_regs[d.address + i] = 0;
    }
    m_regs[1001] = 120;
    m_regs[1002] = 120;
    m_regs[1004] = 5;
    m_regs[1005] = 5;
    m_regs[1007] = 60;
    m_regs[1008] = 120;
    m_regs[1150] = 1;
    m_regs[1151] = 1;
    m_regs[1152] = 1;
}

void FakeTemplateMeter::setMode(int mode)
{
    m_mode = mode;
    m_regs[22] = quint16(mode);
}

QMap<int, quint16> FakeTemplateMeter::templateRegisters() const
{
    QMap<int, quint16> out;
    for (auto it = m_regs.begin(); it != m_regs.end(); ++it)
        if (it.key() >= 1000 && it.key() < 1200 && it.key() != 1014 && it.key() != 1015)
            out.insert(it.key(), it.value());
    return out;
}

void FakeTemplateMeter::dropLinkAfterWrites(int n, bool applyFailing)
{
    m_dropAfter = n;
    m_applyFailing = applyFailing;
}

const FakeTemplateMeter::Def* FakeTemplateMeter::settingAt(int address) const
{
    for (const Def& d : m_defs)
        if (address >= d.address && address < d.address + d.regs)
            return &d;
    return nullptr;
}

LinkError FakeTemplateMeter::exception(int code, int address, int count) const
{
    LinkError e;
    e.kind = LinkErrorKind::Exception;
    e.exceptionCode = code;
    e.address = address;
    e.count = count;
    return e;
}

Result<Registers, LinkError> FakeTemplateMeter::readRegisters(int address, int count)
{
    m_last = RequestRecord{address, count, false, {}};
    if (m_down) {
        LinkError e;
        e.kind = LinkErrorKind::LinkDown;
        return e;
    }
    ++reads;
    readLog.append({address, count});
    if (count < 1 || count > 125)
        return exception(3, address, count);
    for (int a = address; a < address + count; ++a) {
        const bool identity = a >= 0 && a < 32;
        const bool tpl = settingAt(a) != nullptr && m_mode == 0;
        if (!identity && !tpl)
            return exception(2, address, count);
    }
    Registers out;
    for (int a = address; a < address + count; ++a)
        out.append(m_regs.value(a));
    return out;
}

bool FakeTemplateMeter::inRange(const Def& d, const Registers& v, int at) const
{
    switch (d.kind) {
    case 'a':
    case 'q':
    case 'c':
        return true;
    case 's': {
        const qint64 x = qint16(v[at]);
        return x >= d.lo && x <= d.hi;
    }
    default: {
        const qint64 x = d.regs == 2 ? (qint64(v[at]) << 16 | v[at + 1]) : v[at];
        if (!d.allowed.isEmpty())
            return d.allowed.contains(x);
        return x >= d.lo && x <= d.hi;
    }
    }
}

Result<Ok, LinkError> FakeTemplateMeter::writeRegisters(int address, const Registers& values)
{
    const int count = values.size();
    m_last = RequestRecord{address, count, true, {}};
    if (m_down) {
        LinkError e;
        e.kind = LinkErrorKind::LinkDown;
        return e;
    }
    bool dropNow = false;
    if (m_dropAfter == 0) {
        m_down = true;
        dropNow = true;
        if (!m_applyFailing) {
            LinkError e;
            e.kind = LinkErrorKind::LinkDown;
            e.address = address;
            e.count = count;
            return e;
        }
    }
    ++writes;
    writeLog.append({address, count});
    if (count < 1 || count > 123)
        return exception(3, address, count);
    if (m_mode != 0)
        return exception(2, address, count);
    // Whole settings, no gap.
    const Def* first = settingAt(address);
    const Def* last = settingAt(address + count - 1);
    if (!first || !last || first->address != address ||
        last->address + last->regs != address + count)
        return exception(2, address, count);
    for (int a = address; a < address + count; ++a)
        if (!settingAt(a))
            return exception(2, address, count);
    for (int a = address; a < address + count;) {
        const Def* d = settingAt(a);
        if (!inRange(*d, values, a - address))
            return exception(3, address, count);
        a += d->regs;
    }
    for (int i = 0; i < count; ++i)
        m_regs[address + i] = values[i];
    if (m_dropAfter > 0)
        --m_dropAfter;
    if (dropNow) {
        m_dropAfter = -1;
        LinkError e;
        e.kind = LinkErrorKind::LinkDown;
        e.address = address;
        e.count = count;
        return e;
    }
    return Ok{};
}

Result<Ok, LinkError> FakeTemplateMeter::writeRegister(int address, quint16 value)
{
    return writeRegisters(address, Registers{value});
}

Result<Ok, LinkError> FakeTemplateMeter::reconnect()
{
    m_down = false;
    if (m_dropAfter == 0)
        m_dropAfter = -1;
    return Ok{};
}

LinkDescription FakeTemplateMeter::description() const
{
    LinkDescription d;
    d.kind = LinkDescription::Kind::InProcess;
    d.endpoint = QStringLiteral("fake");
    return d;
}

} // namespace commissioner::test
