#pragma once

// Byte surgery on a built package, so each test breaks exactly one rule.

#include "package/PackageFormat.h"

#include <QByteArray>

namespace packagetest {

inline int notesSize(const QByteArray& f)
{
    return commissioner::upg::readLE<quint16>(f, commissioner::upg::kOffNotesSize);
}

// Recomputes header_crc32, so a test that edits a header field breaks only its own rule.
inline void fixHeaderCrc(QByteArray& f)
{
    using namespace commissioner::upg;
    const int at = kOffNotes + notesSize(f);
    writeLE<quint32>(f, at, crc32(QByteArrayView(f.constData(), at)));
}

template <typename T> void setField(QByteArray& f, int offset, T value)
{
    commissioner::upg::writeLE<T>(f, offset, value);
    fixHeaderCrc(f);
}

} // namespace packagetest
