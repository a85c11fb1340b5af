// libFuzzer harness for the .UPG reader (core/Package*): any bytes, as a file a person
// might open. Package::parse must never crash, hang or read outside the input, and what it
// accepts must keep every promise of upg-format.md: checked here again, independently, so
// a rule the reader forgot to check shows up as a crash with the input that slipped by.
#include "FuzzSupport.h"
#include "package/KeyRing.h"
#include "package/Package.h"
#include "package/PackageError.h"
#include "package/PackageFormat.h"
#include "package/PackageWriter.h"
#include "package/Signing.h"

#include <QCryptographicHash>
#include <QFile>

using namespace commissioner;

namespace {

// Trusted here: the public key of the signed seeds (its secret was thrown away when the
// seeds were made), so a seed's signature verifies and mutations of it do not.
const KeyRing& ring()
{
    static const KeyRing keys = [] {
        KeyRing r = KeyRing::builtIn();
        const auto pub = readPublicKeyFile(QStringLiteral(FUZZ_SEED_KEY));
        if (!pub) {
            std::fprintf(stderr, "cannot read %s\n", FUZZ_SEED_KEY);
            std::abort();
        }
        r.add(TrustedKey{QStringLiteral("fuzz-seed"), pub.value(), QStringLiteral(FUZZ_SEED_KEY)});
        return r;
    }();
    return keys;
}

quint16 le16(const QByteArray& b, int at)
{
    return upg::readLE<quint16>(b, at);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzzsupport::quietQt();
    FUZZ_CHECK(cryptoReady());
    FUZZ_CHECK(!ring().isEmpty());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray file = fuzzsupport::bytes(data, size);
    const auto parsed = Package::parse(file, QStringLiteral("fuzz.upg"));
    if (!parsed) {
        // Every refusal names a rule (the CLI turns it into a sentence).
        FUZZ_CHECK(!packageRuleId(parsed.error().rule).isEmpty());
        FUZZ_CHECK(!packageErrorRuleText(parsed.error()).isEmpty());
        return 0;
    }
    const Package& p = parsed.value();

    // Accepted: upg-format.md holds, re-checked from the raw bytes.
    FUZZ_CHECK(file.size() >= upg::kFixedHeaderSize);
    FUZZ_CHECK(file.left(4) == QByteArray("EUPG"));
    FUZZ_CHECK(le16(file, upg::kOffFormatVersion) == 1);
    const int notesSize = le16(file, upg::kOffNotesSize);
    FUZZ_CHECK(p.headerSize() == upg::kFixedHeaderSize + notesSize);
    FUZZ_CHECK(upg::readLE<quint32>(file, upg::kOffNotes + notesSize) ==
               upg::crc32(QByteArrayView(file.constData(), upg::kOffNotes + notesSize)));
    FUZZ_CHECK((p.flags() & ~upg::kFlagSigned) == 0);
    FUZZ_CHECK(p.deviceType() != 0);
    FUZZ_CHECK(p.hwMin() <= p.hwMax());
    FUZZ_CHECK(p.payloadSize() >= 1 && p.payloadSize() <= upg::kMaxPayloadSize);
    FUZZ_CHECK(qint64(file.size()) == qint64(p.headerSize()) + p.payloadSize() +
                                          (p.isSigned() ? upg::kSignatureBlockSize : 0));
    FUZZ_CHECK(p.payload() == file.mid(p.headerSize(), p.payloadSize()));
    FUZZ_CHECK(p.payloadSha256() ==
               QCryptographicHash::hash(p.payload(), QCryptographicHash::Sha256));
    FUZZ_CHECK(p.payloadCrc32() == upg::crc32(p.payload()));
    FUZZ_CHECK(!p.notes().contains(QChar(0)));
    FUZZ_CHECK(p.notes().toUtf8() == file.mid(upg::kOffNotes, notesSize));
    FUZZ_CHECK(p.fileBytes() == file);
    FUZZ_CHECK(p.fileSha256().size() == 32);
    (void)p.buildTime(); // any 64-bit build time, shown or not, without undefined behaviour

    const SignatureCheck sig = p.checkSignature(ring());
    if (p.isSigned()) {
        FUZZ_CHECK(file.mid(file.size() - upg::kSignatureBlockSize, 4) == QByteArray("SIG1"));
        FUZZ_CHECK(p.keyId().size() == 8 && p.signature().size() == 64);
        FUZZ_CHECK(p.signedBytes() == file.left(file.size() - upg::kSignatureBlockSize));
        FUZZ_CHECK(sig.state != SignatureState::Unsigned);
        // Only a signature that verifies with a trusted key is accepted.
        if (sig.state == SignatureState::Verified) {
            bool verifies = false;
            for (const TrustedKey& k : ring().keysWithId(p.keyId()))
                verifies = verifies || verifySignature(k.key.bytes, p.signedBytes(), p.signature());
            FUZZ_CHECK(verifies);
        }
        FUZZ_CHECK(acceptable(sig.state, true) == (sig.state == SignatureState::Verified));
    } else {
        FUZZ_CHECK(sig.state == SignatureState::Unsigned);
        FUZZ_CHECK(p.signedBytes() == file);
        // The writer, given the same fields, makes exactly these bytes: the format leaves
        // nothing free, so reader and writer agree on every rule.
        const auto rebuilt = PackageWriter()
                                 .setPayload(p.payload())
                                 .setDeviceType(p.deviceType())
                                 .setHwRange(p.hwMin(), p.hwMax())
                                 .setVersion(p.version())
                                 .setBuildTime(p.buildTimeSecs())
                                 .setNotes(p.notes())
                                 .build();
        FUZZ_CHECK(rebuilt.ok());
        FUZZ_CHECK(rebuilt.value() == file);
    }
    return 0;
}
