#include "CliText.h"
#include "ExitCodes.h"
#include "UpgSubcommands.h"
#include "package/Package.h"
#include "package/PackageWriter.h"
#include "package/Signing.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QStringDecoder>

// `upg pack`: the options checked in order, then the payload and notes read, then the
// package written; nothing is written on bad input.

namespace commissioner::cli {

namespace {

// The package header's fields as the options give them, checked.
struct PackFields
{
    quint16 deviceType = 0;
    quint16 hwMin = 0;
    quint16 hwMax = 0;
    FirmwareVersion fw;
    quint64 buildTime = 0;
};

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

// --build-time, else $SOURCE_DATE_EPOCH (reproducible builds), else now.
bool parseBuildTime(const QCommandLineParser& parser, quint64* when)
{
    *when = quint64(QDateTime::currentSecsSinceEpoch());
    const QString whenText = parser.isSet(QStringLiteral("build-time"))
                                 ? parser.value(QStringLiteral("build-time"))
                                 : qEnvironmentVariable("SOURCE_DATE_EPOCH");
    if (whenText.isEmpty())
        return true;
    bool ok = false;
    *when = whenText.trimmed().toULongLong(&ok, 10);
    return ok;
}

void addPackOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(CliText::tr("Build a .UPG package from a firmware image."));
    parser.addOptions({
        {QStringLiteral("payload"), CliText::tr("The firmware image file."),
         QStringLiteral("FILE")},
        {QStringLiteral("type"), CliText::tr("Device type, e.g. 7350 (1-65535)."),
         QStringLiteral("T")},
        {QStringLiteral("hw"), CliText::tr("Hardware revisions it runs on: MIN MAX, or MIN:MAX."),
         QStringLiteral("MIN MAX")},
        {QStringLiteral("version"),
         CliText::tr("The version the meter reports once it runs this image."),
         QStringLiteral("X.Y.Z")},
        {QStringLiteral("notes"), CliText::tr("Release notes, a UTF-8 text file."),
         QStringLiteral("FILE")},
        {QStringLiteral("build-time"),
         CliText::tr("Seconds since 1970 UTC (default: $SOURCE_DATE_EPOCH, else now)."),
         QStringLiteral("EPOCH")},
        {QStringLiteral("sign"), CliText::tr("Sign with this secret key file (.key)."),
         QStringLiteral("KEY")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         CliText::tr("The package to write."),
         QStringLiteral("OUT")},
    });
}

// The header fields from the options, in the order they are checked; ExitOk, or the usage
// line printed and ExitUsage.
int readPackFields(const QCommandLineParser& parser, QTextStream& err, PackFields* f)
{
    const QString sub = QStringLiteral("pack");
    for (const char* required : {"payload", "type", "hw", "version", "output"}) {
        const QString name = QString::fromLatin1(required);
        if (!parser.isSet(name))
            return upgUsage(err, sub, CliText::tr("--%1 is required").arg(name));
    }
    if (!parseU16(parser.value(QStringLiteral("type")), &f->deviceType) || f->deviceType == 0)
        return upgUsage(err, sub, CliText::tr("--type takes a device type from 1 to 65535"));
    QString why;
    if (!parseHwRange(parser.value(QStringLiteral("hw")), parser.positionalArguments(), &f->hwMin,
                      &f->hwMax, &why))
        return upgUsage(err, sub, why);
    if (!FirmwareVersion::parse(parser.value(QStringLiteral("version")), &f->fw))
        return upgUsage(err, sub, CliText::tr("--version takes X.Y.Z, each 0 to 65535"));
    if (!parseBuildTime(parser, &f->buildTime))
        return upgUsage(err, sub, CliText::tr("--build-time takes seconds since 1970 UTC"));
    return ExitOk;
}

// The firmware image; false with the reason printed.
bool readPayload(const QString& path, QTextStream& err, QByteArray* bytes)
{
    QFile image(path);
    if (!image.open(QIODevice::ReadOnly)) {
        err << CliText::tr("%1: cannot read the payload: %2")
                   .arg(image.fileName(), image.errorString())
            << Qt::endl;
        return false;
    }
    if (image.size() > qint64(upg::kMaxPayloadSize)) {
        // Said before reading: a 2 GB file is not loaded just to be refused.
        const PackageError e{
            PackageRule::PayloadSizeOutOfRange, image.size(), upg::kMaxPayloadSize, {}, {}, false};
        err << CliText::tr("cannot build the package: %1 [rule %2]")
                   .arg(packageErrorRuleText(e), packageRuleId(e.rule))
            << Qt::endl;
        return false;
    }
    *bytes = image.readAll();
    return true;
}

// The release notes: UTF-8 text without NUL bytes; false with the reason printed.
bool readNotes(const QString& path, QTextStream& err, QString* text)
{
    QFile notesFile(path);
    if (!notesFile.open(QIODevice::ReadOnly)) {
        err << CliText::tr("%1: cannot read the release notes: %2")
                   .arg(notesFile.fileName(), notesFile.errorString())
            << Qt::endl;
        return false;
    }
    const QByteArray raw = notesFile.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    *text = utf8.decode(raw);
    if (utf8.hasError() || raw.contains('\0')) {
        err << CliText::tr("%1: release notes must be UTF-8 text without NUL bytes")
                   .arg(notesFile.fileName())
            << Qt::endl;
        return false;
    }
    return true;
}

// --sign KEY: the writer signs with it and *keyId names it; false with the reason printed.
bool useSigningKey(const QString& path, QTextStream& err, PackageWriter* writer, QByteArray* keyId)
{
    const auto key = readSecretKeyFile(path);
    if (!key) {
        err << CliText::tr("cannot sign: %1").arg(keyErrorText(key.error())) << Qt::endl;
        return false;
    }
    writer->setSigningKey(*key);
    *keyId = key->keyId();
    return true;
}

// Writes the package to outPath; ExitOk with *size set, or the reason printed and its code.
int writePackage(const PackageWriter& writer, const QString& outPath, QTextStream& err,
                 qint64* size)
{
    const auto written = writer.writeFile(outPath);
    if (written) {
        *size = written->size();
        return ExitOk;
    }
    const PackageError& e = written.error();
    if (e.rule == PackageRule::FileUnreadable) {
        err << CliText::tr("%1: cannot write the package: %2").arg(outPath, e.osError) << Qt::endl;
        return ExitFailed;
    }
    err << CliText::tr("cannot build the package: %1 [rule %2]")
               .arg(packageErrorRuleText(e), packageRuleId(e.rule))
        << Qt::endl;
    return ExitBadPackage;
}

} // namespace

int runUpgPack(const QStringList& words, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    addPackOptions(parser);
    if (const int code = parseUpgOrExit(parser, QStringLiteral("pack"), words, out, err); code >= 0)
        return code;
    PackFields f;
    if (const int code = readPackFields(parser, err, &f); code != ExitOk)
        return code;
    QByteArray imageBytes;
    if (!readPayload(parser.value(QStringLiteral("payload")), err, &imageBytes))
        return ExitBadPackage;
    QString notesText;
    if (parser.isSet(QStringLiteral("notes")) &&
        !readNotes(parser.value(QStringLiteral("notes")), err, &notesText))
        return ExitBadPackage;

    PackageWriter writer;
    writer.setPayload(imageBytes).setDeviceType(f.deviceType).setHwRange(f.hwMin, f.hwMax);
    writer.setVersion(f.fw).setBuildTime(f.buildTime).setNotes(notesText);
    QByteArray keyId;
    if (parser.isSet(QStringLiteral("sign")) &&
        !useSigningKey(parser.value(QStringLiteral("sign")), err, &writer, &keyId))
        return ExitBadPackage;
    const QString outPath = parser.value(QStringLiteral("output"));
    qint64 size = 0;
    if (const int code = writePackage(writer, outPath, err, &size); code != ExitOk)
        return code;
    out << CliText::tr("wrote %1: %2 bytes, device type %3, hardware %4 to %5, version %6, payload "
                       "%7 bytes")
               .arg(outPath)
               .arg(size)
               .arg(f.deviceType)
               .arg(f.hwMin)
               .arg(f.hwMax)
               .arg(f.fw.toString())
               .arg(imageBytes.size())
        << '\n';
    out << (keyId.isEmpty() ? CliText::tr("unsigned")
                            : CliText::tr("signed with key id %1").arg(hexText(keyId)))
        << Qt::endl;
    return ExitOk;
}

} // namespace commissioner::cli
