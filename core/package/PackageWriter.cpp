#include "package/PackageWriter.h"

#include "package/Package.h"

#include <QCryptographicHash>
#include <QSaveFile>

namespace commissioner {

using namespace upg;

Result<QByteArray, PackageError> PackageWriter::build() const
{
    const QByteArray notes = m_notes.toUtf8();
    if (notes.size() > kMaxNotesSize)
        return PackageError{PackageRule::NotesTooLong, notes.size(), kMaxNotesSize, {}, {}, false};
    // Anything larger could not even be written in 32 bits; parse() names the rule for the rest.
    if (quint64(m_payload.size()) > kMaxPayloadSize)
        return PackageError{
            PackageRule::PayloadSizeOutOfRange, m_payload.size(), kMaxPayloadSize, {}, {}, false};

    const int headerSize = kFixedHeaderSize + int(notes.size());
    const bool sign = !m_key.isNull();
    QByteArray file(headerSize, '\0');
    file.replace(kOffMagic, 4, QByteArray(kMagic, 4));
    writeLE<quint16>(file, kOffFormatVersion, kFormatVersion);
    writeLE<quint16>(file, kOffHeaderSize, quint16(headerSize));
    writeLE<quint16>(file, kOffDeviceType, m_deviceType);
    writeLE<quint16>(file, kOffHwMin, m_hwMin);
    writeLE<quint16>(file, kOffHwMax, m_hwMax);
    writeLE<quint16>(file, kOffFwMajor, quint16(m_version.major));
    writeLE<quint16>(file, kOffFwMinor, quint16(m_version.minor));
    writeLE<quint16>(file, kOffFwBuild, quint16(m_version.build));
    writeLE<quint64>(file, kOffBuildTime, m_buildTime);
    writeLE<quint32>(file, kOffPayloadSize, quint32(m_payload.size()));
    file.replace(kOffPayloadSha256, 32,
                 QCryptographicHash::hash(m_payload, QCryptographicHash::Sha256));
    writeLE<quint32>(file, kOffPayloadCrc32, crc32(m_payload));
    writeLE<quint16>(file, kOffNotesSize, quint16(notes.size()));
    writeLE<quint16>(file, kOffFlags, sign ? kFlagSigned : quint16(0));
    file.replace(kOffNotes, int(notes.size()), notes);
    const int crcOffset = kOffNotes + int(notes.size());
    writeLE<quint32>(file, crcOffset, crc32(QByteArrayView(file.constData(), crcOffset)));
    file += m_payload;

    if (sign) {
        const QByteArray signature = m_key.sign(file); // every byte before the block
        file += QByteArray(kSignatureMagic, 4) + m_key.keyId() + signature;
    }

    auto check = Package::parse(file);
    if (!check)
        return check.error();
    return file;
}

Result<QByteArray, PackageError> PackageWriter::writeFile(const QString& path) const
{
    auto file = build();
    if (!file)
        return file;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*file) != file->size() || !out.commit())
        return PackageError{PackageRule::FileUnreadable, 0, 0, path, out.errorString(), false};
    return file;
}

} // namespace commissioner
