#pragma once

#include <QByteArray>
#include <QString>

namespace metersim {

// What the recovery bootloader knows about itself, to judge a package.
struct BootloaderIdentity
{
    quint16 deviceType = 7350;
    quint16 hwRevision = 1;
    quint64 capacityBytes = 4096 * 1024;
};

// The .UPG file as it arrives over XMODEM (upg-format.md), checked as early as it can be:
// the header as soon as it is complete (so a wrong device type is refused at once, not
// after the whole image), the SHA-256 once the sender says the file has ended. The
// 0x1A padding of the last block is dropped using the sizes in the header.
class XmodemPackageCheck
{
public:
    enum class Verdict
    {
        NeedMore,
        Accepted,
        Refused
    };

    explicit XmodemPackageCheck(const BootloaderIdentity& identity);

    // One block's data. Refused: reason() says why (header rules, device type, ...).
    Verdict feed(const QByteArray& blockData);
    // The sender sent EOT: the file must be complete and its payload must hash right.
    Verdict finish();

    QString reason() const { return m_reason; }
    const quint16* version() const { return m_version; }
    QString versionString() const;
    QByteArray payload() const; // after Accepted

private:
    Verdict checkHeader();
    Verdict refuse(const char* reason);

    BootloaderIdentity m_identity;
    QByteArray m_bytes;
    bool m_headerChecked = false;
    qint64 m_fileLength = 0; // header + payload (+ signature block): where padding starts
    quint16 m_headerSize = 0;
    quint32 m_payloadSize = 0;
    QByteArray m_sha256;
    quint16 m_version[3] = {0, 0, 0};
    QString m_reason;
};

} // namespace metersim
