#pragma once

#include "meter/LinkSettings.h"
#include "meter/MeterClient.h"
#include "meter/MeterQueries.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

namespace commissioner::cli {

// What every command gets: its own words, the streams, and the shared options
// (link, unit, timeouts, data folder) that any command may be given anywhere.
class CommandLine
{
public:
    CommandLine(QStringList args, QTextStream& out, QTextStream& err);

    // Adds the shared options to a command's parser.
    static void addCommonOptions(QCommandLineParser& parser);
    // The word after the program name that names the command, skipping shared options
    // and their values; -1 when there is none.
    static int commandIndex(const QStringList& args);

    // Parses args with the shared options plus the command's own. On a usage error
    // prints one line and returns false; on --help prints the command's help and returns
    // false too. Either way the command then returns parseExitCode().
    bool parse(QCommandLineParser& parser);
    int parseExitCode() const;

    // The link the shared options name; a usage error is printed and nullopt returned.
    std::optional<LinkSettings> linkSettings(const QCommandLineParser& parser);
    // Opens the link; on failure prints the cause and returns null.
    std::unique_ptr<MeterClient> openLink(const LinkSettings& settings);

    // linkSettings + openLink: the meter's client, or null with *exitCode set.
    std::unique_ptr<MeterClient> connect(const QCommandLineParser& parser, int* exitCode);
    // Reads identity and upgrade registers; on failure prints the cause, sets *exitCode.
    std::optional<MeterSnapshot> readSnapshot(MeterClient& client, int* exitCode);

    QString dataDir(const QCommandLineParser& parser) const;
    bool interactive() const; // stdin and stdout are a terminal
    // Asks a yes/no question on the terminal; false when there is no terminal.
    bool confirm(const QString& question);

    const QStringList& args() const { return m_args; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    int usageError(const QString& message);

private:
    QStringList m_args;
    bool m_helpShown = false;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace commissioner::cli
