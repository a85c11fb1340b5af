#pragma once

#include "base/Result.h"
#include "base/Version.h"
#include "package/PackageError.h"
#include "package/Signing.h"

#include <QByteArray>
#include <QString>

namespace commissioner {

// Builds a .UPG file (upg-format.md) from its parts: for vendors (`upg pack`) and for
// tests, which build a valid package and then break one rule at a time.
// build() parses its own output with Package::parse, so it can only return a file the
// reader accepts; the rules live in one place.
class PackageWriter
{
public:
    PackageWriter& setPayload(const QByteArray& payload)
    {
        m_payload = payload;
        return *this;
    }
    PackageWriter& setDeviceType(quint16 type)
    {
        m_deviceType = type;
        return *this;
    }
    PackageWriter& setHwRange(quint16 min, quint16 max)
    {
        m_hwMin = min;
        m_hwMax = max;
        return *this;
    }
    PackageWriter& setVersion(const FirmwareVersion& v)
    {
        m_version = v;
        return *this;
    }
    PackageWriter& setBuildTime(quint64 secsSinceEpoch)
    {
        m_buildTime = secsSinceEpoch;
        return *this;
    }
    PackageWriter& setNotes(const QString& notes)
    {
        m_notes = notes;
        return *this;
    }
    // Signs the package (flags bit 0 and a SIG1 block); a null key means unsigned.
    PackageWriter& setSigningKey(const SecretKey& key)
    {
        m_key = key;
        return *this;
    }

    Result<QByteArray, PackageError> build() const;
    // build(), then write path atomically (QSaveFile). Write failures are FileUnreadable
    // with the system's reason, as for reading.
    Result<QByteArray, PackageError> writeFile(const QString& path) const;

private:
    QByteArray m_payload;
    QString m_notes;
    SecretKey m_key;
    FirmwareVersion m_version;
    quint64 m_buildTime = 0;
    quint16 m_deviceType = 0;
    quint16 m_hwMin = 0;
    quint16 m_hwMax = 0;
};

} // namespace commissioner
