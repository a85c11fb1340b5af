// Writes the fuzzers' seed corpora from the tool's own writers, so every seed is a file the
// tool itself would produce or accept (run by hand when a format changes, output committed):
//   fuzz_make_seeds <source>/tests/fuzz
// corpus/package: .UPG files from PackageWriter (tests' makePackage), unsigned and signed;
//   the signing key is made here, its public half kept as keys/fuzz-seed.pub, its secret
//   left in a temporary folder that is deleted.
// corpus/template: template files from TemplateFile::toJson (factory defaults, and values
//   at the edges of their rules).
// corpus/profile: the shipped resources/profiles/*.json, and a small profile of each kind.
#include "TestPackages.h"
#include "package/PackageWriter.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

using namespace commissioner;

namespace {

bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

bool packageSeeds(const QDir& out, const QDir& keys)
{
    QTemporaryDir tmp;
    const auto signer = testsupport::makeTestKeyPair(tmp.path(), QStringLiteral("fuzz-seed"));
    QFile::remove(keys.filePath(QStringLiteral("fuzz-seed.pub")));
    if (!QFile::copy(signer.publicKeyPath, keys.filePath(QStringLiteral("fuzz-seed.pub"))))
        return false;
    struct Seed
    {
        const char* name;
        quint16 type, hwMin, hwMax;
        FirmwareVersion version;
        int size;
        quint32 seed;
        bool sign;
    };
    const Seed seeds[] = {
        {"unsigned-7350.upg", 7350, 1, 3, {2, 1, 0}, 64, 1, false},
        {"unsigned-7330-one-byte.upg", 7330, 2, 2, {1, 0, 7}, 1, 2, false},
        {"signed-7350.upg", 7350, 1, 9, {3, 0, 1}, 96, 3, true},
        {"signed-7330.upg", 7330, 0, 65535, {65535, 0, 65535}, 33, 4, true},
    };
    for (const Seed& s : seeds) {
        const auto pkg = testsupport::makePackage(tmp.path(), s.type, s.hwMin, s.hwMax, s.version,
                                                  s.size, s.seed, s.sign ? &signer : nullptr);
        if (!write(out.filePath(QString::fromLatin1(s.name)), pkg.fileBytes))
            return false;
    }
    // Release notes in UTF-8 beyond ASCII, and none at all.
    for (const auto& [name, notes] :
         {std::pair<const char*, QString>{"notes-utf8.upg",
                                          QStringLiteral("Correctifs: précision ±0,2 %, 电表")},
          {"notes-empty.upg", QString()}}) {
        const auto built = PackageWriter()
                               .setPayload(testsupport::testPayload(48, 5))
                               .setDeviceType(7350)
                               .setHwRange(1, 1)
                               .setVersion({2, 2, 2})
                               .setBuildTime(0xFFFFFFFFFFull)
                               .setNotes(notes)
                               .build();
        if (!built || !write(out.filePath(QString::fromLatin1(name)), built.value()))
            return false;
    }
    return true;
}

bool templateSeeds(const QDir& out)
{
    const auto loaded = DeviceProfiles::load();
    if (!loaded)
        return false;
    for (const DeviceProfile& profile : loaded->all()) {
        for (const DeviceTypeInfo& type : profile.deviceTypes()) {
            TemplateFile f;
            f.deviceType = type.deviceType;
            f.model = type.model;
            f.hwRevision = 3;
            f.firmware = QStringLiteral("2.1.0");
            f.serialNumber = QStringLiteral("PC-0209A001-11");
            f.savedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
            f.reason = QStringLiteral("manual");
            f.settings = profile.factoryDefaults();
            if (!write(out.filePath(QStringLiteral("defaults-%1.json").arg(type.deviceType)),
                       f.toJson(profile)))
                return false;

            // Every setting at the top of its rule (or its last choice), nameplates full.
            f.reason = QStringLiteral("pre-upgrade");
            for (const SettingDef& d : profile.settings()) {
                SettingValue v = d.factoryDefault;
                if (d.type == SettingType::Ascii)
                    v = SettingValue::text(QString(d.registers * 2, QLatin1Char('~')));
                else if (d.type == SettingType::U64)
                    v = SettingValue::unsigned64(18446744073709551615ull);
                else if (d.type == SettingType::Enum)
                    v = SettingValue::integer(d.options.last().value);
                else if (!d.allowed.isEmpty())
                    v = SettingValue::integer(d.allowed.last());
                else if (d.max)
                    v = SettingValue::integer(*d.max);
                f.settings[d.name] = v;
            }
            if (!write(out.filePath(QStringLiteral("edges-%1.json").arg(type.deviceType)),
                       f.toJson(profile)))
                return false;
        }
    }
    return true;
}

bool profileSeeds(const QDir& out)
{
    const QDir shipped(QStringLiteral(COMMISSIONER_PROFILES_DIR));
    for (const QString& name : shipped.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile::remove(out.filePath(name));
        if (!QFile::copy(shipped.filePath(name), out.filePath(name)))
            return false;
    }
    // One setting of each type, an exclusion and two groups: small, so mutations reach
    // every branch quickly.
    const QByteArray small = R"({
  "format": "commissioner-device-profile", "format_version": 1, "family": "F",
  "device_types": [ { "device_type": 1, "model": "M1" }, { "device_type": 65535, "model": "M2" } ],
  "template_block": { "first": 0, "last": 65535 },
  "excluded": [ { "name": "X", "address": 10, "registers": 2, "why": "w" } ],
  "groups": [ { "id": "a", "name": "A" }, { "id": "b", "restore_by_default": false, "why": "w" } ],
  "settings": [
    { "name": "U16", "group": "a", "address": 0, "registers": 1, "type": "u16", "unit": "V", "min": 1, "max": 690, "default": 1 },
    { "name": "S16", "group": "a", "address": 1, "registers": 1, "type": "s16", "unit": "", "min": -720, "max": 840, "default": -720 },
    { "name": "U32", "group": "a", "address": 2, "registers": 2, "type": "u32", "unit": "A", "min": 1, "max": 100000, "default": 5 },
    { "name": "ALLOWED", "group": "a", "address": 4, "registers": 1, "type": "u16", "unit": "", "allowed": [1, 5], "default": 5 },
    { "name": "ENUM", "group": "b", "address": 5, "registers": 1, "type": "enum", "unit": "",
      "options": [ { "value": 0, "label": "zero" }, { "value": 65535, "label": "top" } ], "default": 65535 },
    { "name": "U64", "group": "b", "address": 6, "registers": 4, "type": "u64", "unit": "Wh", "default": "18446744073709551615" },
    { "name": "TEXT", "group": "b", "address": 12, "registers": 3, "type": "ascii", "unit": "", "default": "abcdef" }
  ]
}
)";
    return write(out.filePath(QStringLiteral("small-all-types.json")), small);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_make_seeds <source>/tests/fuzz\n");
        return 2;
    }
    const QDir root(QString::fromLocal8Bit(argv[1]));
    for (const char* sub : {"corpus/package", "corpus/template", "corpus/profile", "keys"})
        if (!root.mkpath(QString::fromLatin1(sub)))
            return 1;
    const bool ok = packageSeeds(QDir(root.filePath(QStringLiteral("corpus/package"))),
                                 QDir(root.filePath(QStringLiteral("keys")))) &&
                    templateSeeds(QDir(root.filePath(QStringLiteral("corpus/template")))) &&
                    profileSeeds(QDir(root.filePath(QStringLiteral("corpus/profile"))));
    std::printf("%s\n", ok ? "seeds written" : "failed");
    return ok ? 0 : 1;
}
