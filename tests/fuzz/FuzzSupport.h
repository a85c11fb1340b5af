#pragma once

// What every harness shares: quiet Qt logging (a fuzzer runs millions of inputs), and a
// check that aborts, so libFuzzer records the input that broke a parser's promise.

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzzsupport {

// Silences qDebug/qWarning output (the parsers report rejections as values, not text).
void quietQt();

// The input as a QByteArray that owns its bytes (parsers may keep what they are given).
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace fuzzsupport

// A promise the code makes about what it accepted; a broken one is a finding.
#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);    \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
