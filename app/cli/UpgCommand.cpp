#include "UpgCommand.h"

#include "CliText.h"
#include "ExitCodes.h"
#include "package/KeyRing.h"
#include "package/Package.h"
#include "package/PackageWriter.h"
#include "package/Signing.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QStringDecoder>

// Every sentence a person reads goes through CliText::tr, i.e.
// QCoreApplication::translate("CommissionerCli", ...): the one translation context the
// whole CLI uses (CliText.h), so translators see a single catalogue.

namespace commissioner::cli {

namespace {

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QString crcText(quint32 crc)
{
    return QStringLiteral("0x%1").arg(crc, 8, 16, QLatin1Char('0'));
}

// Parses `upg SUB` words; prints one usage line (or the help) and returns an exit code
// when the caller should stop, -1 to go on.
int parseOrExit(QCommandLineParser& parser, const QString& sub, const QStringList& words,
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

int usage(QTextStream& err, const QString& sub, const QString& message)
{
    err << CliText::tr("upg %1: %2 (see `upg %1 --help`)").arg(sub, message) << Qt::endl;
    return ExitUsage;
}

QString signatureText(const SignatureCheck& check)
{
    switch (check.state) {
    case SignatureState::Unsigned:
        return CliText::tr("unsigned (usable only when unsigned packages are allowed explicitly)");
    case SignatureState::Verified:
        return CliText::tr("verified, signed by trusted key \"%1\" (key id %2)")
            .arg(check.keyName, hex(check.keyId));
    case SignatureState::UnknownKey:
        return CliText::tr("signed by an unknown key (key id %1): not trusted")
            .arg(hex(check.keyId));
    case SignatureState::BadSignature:
        return CliText::tr("BAD SIGNATURE: does not verify with trusted key id %1")
            .arg(hex(check.keyId));
    }
    return {};
}

QJsonObject packageJson(const Package& p, const SignatureCheck& check)
{
    QJsonObject sig{{QStringLiteral("state"), signatureStateId(check.state)}};
    if (p.isSigned())
        sig.insert(QStringLiteral("keyId"), hex(check.keyId));
    if (check.state == SignatureState::Verified)
        sig.insert(QStringLiteral("keyName"), check.keyName);
    return QJsonObject{
        {QStringLiteral("file"), p.path()},
        {QStringLiteral("valid"), true},
        {QStringLiteral("fileSize"), qint64(p.fileBytes().size())},
        {QStringLiteral("fileSha256"), hex(p.fileSha256())},
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
        {QStringLiteral("payloadSha256"), hex(p.payloadSha256())},
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
    line(CliText::tr("File SHA-256"), hex(p.fileSha256()));
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
    line(CliText::tr("Payload SHA-256"), hex(p.payloadSha256()));
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
    if (const int code = parseOrExit(parser, sub, words, out, err); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(err, sub, CliText::tr("name exactly one package file"));
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

bool parseU16(const QString& text, quint16* out)
{
    bool ok = false;
    const uint v = text.trimmed().toUInt(&ok, 10);
    if (!ok || v > 0xFFFF)
        return false;
    *out = quint16(v);
    return true;
}

// --hw takes "MIN:MAX" in one word or "MIN MAX" in two; QCommandLineParser gives an
// option one value, so the second word arrives as the only positional argument.
bool parseHwRange(const QString& value, QStringList positional, quint16* min, quint16* max,
                  QString* why)
{
    QStringList parts = value.split(QLatin1Char(':'));
    if (parts.size() == 1) {
        if (positional.size() != 1) {
            *why = CliText::tr("--hw takes MIN MAX or MIN:MAX");
            return false;
        }
        parts.append(positional.constFirst());
    } else if (!positional.isEmpty()) {
        *why = CliText::tr("unexpected argument \"%1\"").arg(positional.constFirst());
        return false;
    }
    if (parts.size() != 2 || !parseU16(parts[0], min) || !parseU16(parts[1], max)) {
        *why = CliText::tr("--hw takes two revisions from 0 to 65535, as MIN MAX or MIN:MAX");
        return false;
    }
    if (*min > *max) {
        *why = CliText::tr("--hw: MIN %1 is above MAX %2").arg(*min).arg(*max);
        return false;
    }
    return true;
}

int runPack(const QStringList& words, QTextStream& out, QTextStream& err)
{
    const QString sub = QStringLiteral("pack");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Build a .UPG package from a firmware image."));
    const QCommandLineOption payload(
        QStringLiteral("payload"), CliText::tr("The firmware image file."), QStringLiteral("FILE"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  CliText::tr("Device type, e.g. 7350 (1-65535)."),
                                  QStringLiteral("T"));
    const QCommandLineOption hw(QStringLiteral("hw"),
                                CliText::tr("Hardware revisions it runs on: MIN MAX, or MIN:MAX."),
                                QStringLiteral("MIN MAX"));
    const QCommandLineOption version(
        QStringLiteral("version"),
        CliText::tr("The version the meter reports once it runs this image."),
        QStringLiteral("X.Y.Z"));
    const QCommandLineOption notes(QStringLiteral("notes"),
                                   CliText::tr("Release notes, a UTF-8 text file."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption buildTime(
        QStringLiteral("build-time"),
        CliText::tr("Seconds since 1970 UTC (default: $SOURCE_DATE_EPOCH, else now)."),
        QStringLiteral("EPOCH"));
    const QCommandLineOption sign(QStringLiteral("sign"),
                                  CliText::tr("Sign with this secret key file (.key)."),
                                  QStringLiteral("KEY"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CliText::tr("The package to write."), QStringLiteral("OUT"));
    parser.addOptions({payload, type, hw, version, notes, buildTime, sign, output});
    if (const int code = parseOrExit(parser, sub, words, out, err); code >= 0)
        return code;

    for (const QCommandLineOption* required : {&payload, &type, &hw, &version, &output}) {
        if (!parser.isSet(*required))
            return usage(err, sub,
                         CliText::tr("--%1 is required").arg(required->names().constLast()));
    }
    quint16 deviceType = 0;
    if (!parseU16(parser.value(type), &deviceType) || deviceType == 0)
        return usage(err, sub, CliText::tr("--type takes a device type from 1 to 65535"));
    quint16 hwMin = 0, hwMax = 0;
    QString why;
    if (!parseHwRange(parser.value(hw), parser.positionalArguments(), &hwMin, &hwMax, &why))
        return usage(err, sub, why);
    FirmwareVersion fw;
    if (!FirmwareVersion::parse(parser.value(version), &fw))
        return usage(err, sub, CliText::tr("--version takes X.Y.Z, each 0 to 65535"));
    quint64 when = quint64(QDateTime::currentSecsSinceEpoch());
    const QString whenText = parser.isSet(buildTime) ? parser.value(buildTime)
                                                     : qEnvironmentVariable("SOURCE_DATE_EPOCH");
    if (!whenText.isEmpty()) {
        bool ok = false;
        when = whenText.trimmed().toULongLong(&ok, 10);
        if (!ok)
            return usage(err, sub, CliText::tr("--build-time takes seconds since 1970 UTC"));
    }

    QFile image(parser.value(payload));
    if (!image.open(QIODevice::ReadOnly)) {
        err << CliText::tr("%1: cannot read the payload: %2")
                   .arg(image.fileName(), image.errorString())
            << Qt::endl;
        return ExitBadPackage;
    }
    if (image.size() > qint64(upg::kMaxPayloadSize)) {
        // Said before reading: a 2 GB file is not loaded just to be refused.
        const PackageError e{
            PackageRule::PayloadSizeOutOfRange, image.size(), upg::kMaxPayloadSize, {}, {}, false};
        err << CliText::tr("cannot build the package: %1 [rule %2]")
                   .arg(packageErrorRuleText(e), packageRuleId(e.rule))
            << Qt::endl;
        return ExitBadPackage;
    }
    const QByteArray imageBytes = image.readAll();

    QString notesText;
    if (parser.isSet(notes)) {
        QFile notesFile(parser.value(notes));
        if (!notesFile.open(QIODevice::ReadOnly)) {
            err << CliText::tr("%1: cannot read the release notes: %2")
                       .arg(notesFile.fileName(), notesFile.errorString())
                << Qt::endl;
            return ExitBadPackage;
        }
        const QByteArray raw = notesFile.readAll();
        QStringDecoder utf8(QStringDecoder::Utf8);
        notesText = utf8.decode(raw);
        if (utf8.hasError() || raw.contains('\0')) {
            err << CliText::tr("%1: release notes must be UTF-8 text without NUL bytes")
                       .arg(notesFile.fileName())
                << Qt::endl;
            return ExitBadPackage;
        }
    }

    PackageWriter writer;
    writer.setPayload(imageBytes).setDeviceType(deviceType).setHwRange(hwMin, hwMax).setVersion(fw);
    writer.setBuildTime(when).setNotes(notesText);
    QByteArray keyId;
    if (parser.isSet(sign)) {
        const auto key = readSecretKeyFile(parser.value(sign));
        if (!key) {
            err << CliText::tr("cannot sign: %1").arg(keyErrorText(key.error())) << Qt::endl;
            return ExitBadPackage;
        }
        writer.setSigningKey(*key);
        keyId = key->keyId();
    }

    const QString outPath = parser.value(output);
    const auto written = writer.writeFile(outPath);
    if (!written) {
        const PackageError& e = written.error();
        if (e.rule == PackageRule::FileUnreadable) {
            err << CliText::tr("%1: cannot write the package: %2").arg(outPath, e.osError)
                << Qt::endl;
            return ExitFailed;
        }
        err << CliText::tr("cannot build the package: %1 [rule %2]")
                   .arg(packageErrorRuleText(e), packageRuleId(e.rule))
            << Qt::endl;
        return ExitBadPackage;
    }
    out << CliText::tr("wrote %1: %2 bytes, device type %3, hardware %4 to %5, version %6, payload "
                       "%7 bytes")
               .arg(outPath)
               .arg(written->size())
               .arg(deviceType)
               .arg(hwMin)
               .arg(hwMax)
               .arg(fw.toString())
               .arg(imageBytes.size())
        << '\n';
    out << (keyId.isEmpty() ? CliText::tr("unsigned")
                            : CliText::tr("signed with key id %1").arg(hex(keyId)))
        << Qt::endl;
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
    if (const int code = parseOrExit(parser, sub, words, out, err); code >= 0)
        return code;
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usage(err, sub, CliText::tr("-o BASENAME is required"));
    if (!parser.positionalArguments().isEmpty())
        return usage(err, sub,
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
    out << CliText::tr("key id %1").arg(hex(pair->pub.keyId())) << Qt::endl;
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
        return runPack(words, out, err);
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
