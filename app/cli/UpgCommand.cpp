#include "UpgCommand.h"

#include "CliText.h"
#include "ExitCodes.h"
#include "UpgSubcommands.h"
#include "package/KeyRing.h"
#include "package/Package.h"
#include "package/Signing.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

// Every sentence a person reads goes through CliText::tr, i.e.
// QCoreApplication::translate("CommissionerCli", ...): the one translation context the
// whole CLI uses (CliText.h), so translators see a single catalogue.

namespace commissioner::cli {

QString hexText(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

int parseUpgOrExit(QCommandLineParser& parser, const QString& sub, const QStringList& words,
                   QTextStream& out, QTextStream& err)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CliText::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("upg ") + sub} + words)) {
        err << CliText::tr("upg %1: %2 (see `upg %1 --help`)").arg(sub, parser.errorText())
            << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        out.flush();
        return ExitOk;
    }
    return -1;
}

int upgUsage(QTextStream& err, const QString& sub, const QString& message)
{
    err << CliText::tr("upg %1: %2 (see `upg %1 --help`)").arg(sub, message) << Qt::endl;
    return ExitUsage;
}

namespace {

QString crcText(quint32 crc)
{
    return QStringLiteral("0x%1").arg(crc, 8, 16, QLatin1Char('0'));
}

QString signatureText(const SignatureCheck& check)
{
    switch (check.state) {
    case SignatureState::Unsigned:
        return CliText::tr("unsigned (usable only when unsigned packages are allowed explicitly)");
    case SignatureState::Verified:
        return CliText::tr("verified, signed by trusted key \"%1\" (key id %2)")
            .arg(check.keyName, hexText(check.keyId));
    case SignatureState::UnknownKey:
        return CliText::tr("signed by an unknown key (key id %1): not trusted")
            .arg(hexText(check.keyId));
    case SignatureState::BadSignature:
        return CliText::tr("BAD SIGNATURE: does not verify with trusted key id %1")
            .arg(hexText(check.keyId));
    }
    return {};
}

QJsonObject packageJson(const Package& p, const SignatureCheck& check)
{
    QJsonObject sig{{QStringLiteral("state"), signatureStateId(check.state)}};
    if (p.isSigned())
        sig.insert(QStringLiteral("keyId"), hexText(check.keyId));
    if (check.state == SignatureState::Verified)
        sig.insert(QStringLiteral("keyName"), check.keyName);
    return QJsonObject{
        {QStringLiteral("file"), p.path()},
        {QStringLiteral("valid"), true},
        {QStringLiteral("fileSize"), qint64(p.fileBytes().size())},
        {QStringLiteral("fileSha256"), hexText(p.fileSha256())},
        {QStringLiteral("formatVersion"), p.formatVersion()},
        {QStringLiteral("headerSize"), p.headerSize()},
        {QStringLiteral("headerCrc32"), crcText(p.headerCrc32())},
        {QStringLiteral("deviceType"), p.deviceType()},
        {QStringLiteral("hwMin"), p.hwMin()},
        {QStringLiteral("hwMax"), p.hwMax()},
        {QStringLiteral("version"), p.version().toString()},
        {QStringLiteral("buildTime"), p.buildTime().toString(Qt::ISODate)},
        {QStringLiteral("buildTimeEpoch"), qint64(p.buildTimeSecs())},
        {QStringLiteral("payloadSize"), qint64(p.payloadSize())},
        {QStringLiteral("payloadSha256"), hexText(p.payloadSha256())},
        {QStringLiteral("payloadCrc32"), crcText(p.payloadCrc32())},
        {QStringLiteral("notes"), p.notes()},
        {QStringLiteral("flags"), p.flags()},
        {QStringLiteral("signed"), p.isSigned()},
        {QStringLiteral("signature"), sig},
    };
}

void printPackage(QTextStream& out, const Package& p, const SignatureCheck& check)
{
    auto line = [&](const QString& label, const QString& value) {
        out << label << ": " << value << '\n';
    };
    line(CliText::tr("File"), p.path());
    line(CliText::tr("Valid"), CliText::tr("yes, every rule of the .UPG format holds"));
    line(CliText::tr("File size"), CliText::tr("%1 bytes").arg(p.fileBytes().size()));
    line(CliText::tr("File SHA-256"), hexText(p.fileSha256()));
    line(CliText::tr("Format version"), QString::number(p.formatVersion()));
    line(CliText::tr("Header size"), CliText::tr("%1 bytes").arg(p.headerSize()));
    line(CliText::tr("Header CRC-32"), crcText(p.headerCrc32()));
    line(CliText::tr("Device type"), QString::number(p.deviceType()));
    line(CliText::tr("Hardware revisions"), CliText::tr("%1 to %2").arg(p.hwMin()).arg(p.hwMax()));
    line(CliText::tr("Firmware version"), p.version().toString());
    line(CliText::tr("Build time"), CliText::tr("%1 (%2 s since 1970 UTC)")
                                        .arg(p.buildTime().toString(Qt::ISODate))
                                        .arg(p.buildTimeSecs()));
    line(CliText::tr("Payload size"), CliText::tr("%1 bytes").arg(p.payloadSize()));
    line(CliText::tr("Payload SHA-256"), hexText(p.payloadSha256()));
    line(CliText::tr("Payload CRC-32"), crcText(p.payloadCrc32()));
    line(CliText::tr("Flags"), QStringLiteral("0x%1").arg(p.flags(), 4, 16, QLatin1Char('0')));
    line(CliText::tr("Signature"), signatureText(check));
    if (p.notes().isEmpty()) {
        line(CliText::tr("Release notes"), CliText::tr("(none)"));
    } else {
        out << CliText::tr("Release notes") << ":\n";
        for (const QString& l : p.notes().split(QLatin1Char('\n')))
            out << "  " << l << '\n';
    }
    out.flush();
}

KeyRing loadKeys(const QString& extraDir, const QString& dataDir, QTextStream& err)
{
    QList<KeyLoadProblem> problems;
    KeyRing ring = KeyRing::builtIn(&problems);
    // The data folder's keys/ is trusted by upgrade and recover too: inspect agrees with them.
    if (QDir(dataDir + QStringLiteral("/keys")).exists())
        problems += ring.addFolder(dataDir + QStringLiteral("/keys"));
    if (!extraDir.isEmpty())
        problems += ring.addFolder(extraDir);
    // A broken key file only means fewer trusted keys, never more: warn and go on.
    for (const KeyLoadProblem& problem : problems)
        err << CliText::tr("warning: key left out: %1").arg(keyErrorText(problem.failure))
            << Qt::endl;
    return ring;
}

int runInspect(const QStringList& words, QTextStream& out, QTextStream& err)
{
    const QString sub = QStringLiteral("inspect");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Check a .UPG package against every rule of the format and show its fields.\n"
                    "Exit code 0: valid, and verified or unsigned; 5: invalid, or signed by an\n"
                    "unknown key, or a bad signature (the reason is one line on stderr)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("The .UPG package."));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print one JSON object."));
    const QCommandLineOption keys(QStringLiteral("keys"),
                                  CliText::tr("Also trust the public keys (*.pub) in DIR."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        CliText::tr("The data folder whose keys/ is trusted too (default: the app data folder)."),
        QStringLiteral("DIR"));
    parser.addOptions({json, keys, dataDir});
    if (const int code = parseUpgOrExit(parser, sub, words, out, err); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return upgUsage(err, sub, CliText::tr("name exactly one package file"));
    const QString path = parser.positionalArguments().constFirst();

    const KeyRing ring = loadKeys(
        parser.value(keys),
        parser.isSet(dataDir) ? parser.value(dataDir)
                              : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        err);
    const auto package = Package::readFile(path);
    if (!package) {
        const PackageError& e = package.error();
        if (parser.isSet(json)) {
            const QJsonObject o{{QStringLiteral("file"), path},
                                {QStringLiteral("valid"), false},
                                {QStringLiteral("rule"), packageRuleId(e.rule)},
                                {QStringLiteral("error"), packageErrorRuleText(e)}};
            out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            out.flush();
        }
        err << CliText::tr("%1: not a valid .UPG package: %2 [rule %3]")
                   .arg(path, packageErrorRuleText(e), packageRuleId(e.rule))
            << Qt::endl;
        return ExitBadPackage;
    }

    const SignatureCheck check = package->checkSignature(ring);
    if (parser.isSet(json)) {
        out << QJsonDocument(packageJson(*package, check)).toJson(QJsonDocument::Indented);
        out.flush();
    } else {
        printPackage(out, *package, check);
    }
    if (check.state == SignatureState::UnknownKey || check.state == SignatureState::BadSignature) {
        err << CliText::tr("%1: refused: %2").arg(path, signatureText(check)) << Qt::endl;
        return ExitBadPackage;
    }
    return ExitOk;
}

int runKeygen(const QStringList& words, QTextStream& out, QTextStream& err)
{
    const QString sub = QStringLiteral("keygen");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Make an Ed25519 key pair for signing packages: BASENAME.key (the secret,\n"
        "readable by you only; never commit it) and BASENAME.pub (to give to the tool).\n"
        "Existing files are never overwritten."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CliText::tr("Where to write, without extension."),
                                    QStringLiteral("BASENAME"));
    parser.addOption(output);
    if (const int code = parseUpgOrExit(parser, sub, words, out, err); code >= 0)
        return code;
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return upgUsage(err, sub, CliText::tr("-o BASENAME is required"));
    if (!parser.positionalArguments().isEmpty())
        return upgUsage(err, sub,
                        CliText::tr("unexpected argument \"%1\"")
                            .arg(parser.positionalArguments().constFirst()));

    const QString base = parser.value(output);
    const auto pair = writeNewKeyPair(base);
    if (!pair) {
        err << CliText::tr("cannot make the key pair: %1").arg(keyErrorText(pair.error()))
            << Qt::endl;
        return ExitFailed;
    }
    out << CliText::tr("wrote %1.key (secret: keep it private) and %1.pub").arg(base) << '\n';
    out << CliText::tr("key id %1").arg(hexText(pair->pub.keyId())) << Qt::endl;
    return ExitOk;
}

void printUpgHelp(QTextStream& out)
{
    out << CliText::tr("Usage: commissioner-cli upg COMMAND [OPTIONS]\n"
                       "\n"
                       "  inspect FILE [--json] [--keys DIR] [--data-dir DIR]\n"
                       "                 check a .UPG package and show every field\n"
                       "  pack --payload F --type T --hw MIN MAX --version X.Y.Z [--notes F]\n"
                       "       [--build-time EPOCH] [--sign KEY] -o OUT\n"
                       "                 build a package\n"
                       "  keygen -o BASENAME\n"
                       "                 make a signing key pair (BASENAME.key, BASENAME.pub)\n"
                       "\n"
                       "`upg COMMAND --help` for the options of one command.\n");
    out.flush();
}

} // namespace

int runUpgCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString sub = args.value(0);
    const QStringList words = args.mid(1);
    if (sub == QLatin1String("inspect"))
        return runInspect(words, out, err);
    if (sub == QLatin1String("pack"))
        return runUpgPack(words, out, err);
    if (sub == QLatin1String("keygen"))
        return runKeygen(words, out, err);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") ||
        sub == QLatin1String("help")) {
        printUpgHelp(out);
        return ExitOk;
    }
    if (sub.isEmpty())
        err << CliText::tr("upg: name a command: inspect, pack or keygen") << Qt::endl;
    else
        err << CliText::tr("upg: unknown command \"%1\" (inspect, pack or keygen)").arg(sub)
            << Qt::endl;
    return ExitUsage;
}

} // namespace commissioner::cli
