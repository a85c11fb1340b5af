#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace commissioner::cli {

// What the `upg` subcommands share across their files (UpgCommand.cpp dispatches them).

// Bytes as lower-case hex, as key ids and hashes are shown.
QString hexText(const QByteArray& bytes);
// Parses `upg SUB` words; prints one usage line (or the help) and returns an exit code
// when the caller should stop, -1 to go on.
int parseUpgOrExit(QCommandLineParser& parser, const QString& sub, const QStringList& words,
                   QTextStream& out, QTextStream& err);
// Prints "upg SUB: MESSAGE (see `upg SUB --help`)" and returns ExitUsage.
int upgUsage(QTextStream& err, const QString& sub, const QString& message);

// `upg pack ...`: builds a .UPG package from a firmware image (UpgPackCommand.cpp).
int runUpgPack(const QStringList& words, QTextStream& out, QTextStream& err);

} // namespace commissioner::cli
