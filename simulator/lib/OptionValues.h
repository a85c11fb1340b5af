#pragma once

#include <QString>

class QCommandLineParser;

namespace metersim {

// Small helpers shared by metersim's option groups (CommandLine, MeterOptions, FaultOptions).
bool optionSet(const QCommandLineParser& parser, const char* name);
QString optionValue(const QCommandLineParser& parser, const char* name);

// Decimal, or hex with 0x (no octal: 010 is ten).
bool toNumber(const QString& text, quint64* out);

} // namespace metersim
