#include "PreflightText.h"

#include "CliText.h"
#include "meter/MeterIdentity.h"

namespace commissioner::cli {

QString describeFinding(const PreflightFinding& f)
{
    using Code = PreflightFinding::Code;
    switch (f.code) {
    case Code::MapVersionUnknown:
        return CliText::tr("the meter's register map version %1 is not supported").arg(f.actual);
    case Code::SignatureUnsigned:
        return CliText::tr(
            "the package is not signed; use --allow-unsigned if you trust where it came from");
    case Code::SignatureUnsignedAllowed:
        return CliText::tr("the package is not signed (allowed)");
    case Code::SignatureUnknownKey:
        return CliText::tr("the package is signed with a key this tool does not trust");
    case Code::SignatureBad:
        return CliText::tr("the package's signature does not verify: it was changed after signing");
    case Code::DeviceTypeMismatch:
        return CliText::tr("the package is for device type %1, this meter is %2")
            .arg(f.expected)
            .arg(f.actual);
    case Code::HwRevisionOutOfRange:
        return CliText::tr(
                   "the meter's hardware revision %1 is outside the package's range %2 to %3")
            .arg(f.actual)
            .arg(f.expected)
            .arg(f.expected2);
    case Code::EventsActive:
        return CliText::tr("the meter has active events (%1): clear them first")
            .arg(eventNames(int(f.actual)));
    case Code::SiteWiringFaultOnly:
        return CliText::tr("a site wiring fault is active; it does not block an upgrade");
    case Code::ImageTooLarge:
        return CliText::tr("the image is %1 bytes; this meter takes at most %2")
            .arg(f.actual)
            .arg(f.expected);
    case Code::SameVersion:
        return CliText::tr(
            "the meter already runs this version; use --allow-downgrade to install it again");
    case Code::Downgrade:
        return CliText::tr("the package is older than the meter's firmware; use --allow-downgrade");
    case Code::VersionChangeAllowed:
        return CliText::tr("same or older version (allowed)");
    case Code::MaxBlockInvalid:
        return CliText::tr(
                   "the meter reports a block size of %1 bytes, which the spec does not allow")
            .arg(f.actual);
    case Code::MeterBusy:
        return CliText::tr(
            "the meter is verifying or installing an image; the upgrade waits for it");
    case Code::ResumeAvailable:
        return CliText::
            tr("the meter already holds %1 of %2 bytes of this image: the transfer resumes there")
                .arg(f.actual)
                .arg(f.expected);
    case Code::MeterInUpgradeMode:
        return CliText::tr(
            "the meter is in upgrade mode: its settings cannot be read for a backup");
    case Code::DeviceModeUnknown:
        return CliText::tr("the meter reports DEVICE_MODE %1, a mode this tool does not know: "
                           "nothing is written")
            .arg(f.actual);
    case Code::UpgStatusUnknown:
        return CliText::tr("the meter reports UPG_STATUS %1, a status this tool does not know: "
                           "nothing is written")
            .arg(f.actual);
    }
    return QString();
}

bool printFindings(CommandLine& cl, const QVector<PreflightFinding>& findings)
{
    for (const PreflightFinding& f : findings)
        (f.blocking ? cl.err() : cl.out())
            << (f.blocking ? CliText::tr("refused: %1") : CliText::tr("note: %1"))
                   .arg(describeFinding(f))
            << Qt::endl;
    return preflightPasses(findings);
}

bool goAhead(CommandLine& cl, bool yes, const QString& question)
{
    if (yes)
        return true;
    if (!cl.interactive()) {
        cl.err()
            << CliText::tr(
                   "commissioner-cli: not starting without --yes when there is no terminal to ask")
            << Qt::endl;
        return false;
    }
    return cl.confirm(question);
}

} // namespace commissioner::cli
