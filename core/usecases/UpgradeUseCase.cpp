#include "usecases/UpgradeUseCase.h"

#include "store/ChangeHistory.h"
#include "upgrade/UpgradeHooksFactory.h"
#include "upgrade/UpgradeJournal.h"

#include <QThread>

namespace commissioner {

UpgradeRun::UpgradeRun(MeterClient& client, UpgradeImage image, const DataFolder& folder,
                       UpgradeOptions options, const MeterBinding& confirmed, QString tool,
                       UpgradeObserver* observer)
    : m_folder(folder), m_tool(std::move(tool))
{
    options.expected = confirmed;
    m_job = std::make_unique<UpgradeJob>(client, std::move(image), folder, options,
                                         makeUpgradeHooks(folder), observer);
}

UpgradeJob::Step UpgradeRun::step()
{
    const UpgradeJob::Step s = m_job->step();
    if (s.finished || m_job->finished())
        record();
    return s;
}

UpgradeResult UpgradeRun::runToEnd()
{
    for (;;) {
        const UpgradeJob::Step s = step();
        if (s.finished || m_job->finished())
            return m_job->result();
        if (s.delayMs > 0)
            QThread::msleep(s.delayMs);
    }
}

void UpgradeRun::record()
{
    if (m_recorded)
        return;
    m_recorded = true;
    const UpgradeResult& r = m_job->result();
    // Only a confirmed new firmware changed what the meter runs; an interrupted transfer
    // left it on its old firmware (or waiting in upgrade mode), which the journal keeps.
    if (r.outcome != UpgradeOutcome::Succeeded)
        return;
    ChangeHistory::append(m_folder, {firmwareChangeRecord(r.before, r.after, m_tool)},
                          &m_historyError);
}

RecoveryChoice recoveryChoiceFor(const MeterIdentity& meter, const UpgradeRegisters& upgrade,
                                 bool hasPendingImage, const UpgradeImage& image,
                                 const DataFolder& folder)
{
    RecoveryChoice c;
    c.ownPendingImage = hasPendingImage && upgrade.imageSha256.size() == 32 &&
                        image.payloadSha256 == upgrade.imageSha256 &&
                        qint64(upgrade.imageSize) == image.payload.size();
    // The journal's choice holds for the image it was made for, and no other.
    const auto journal = UpgradeJournal::load(folder, meter.serialNumber, meter.deviceType);
    c.journalAllowedUnsigned =
        journal && journal->payloadSha256 == image.payloadSha256 && journal->allowUnsigned;
    return c;
}

UpgradeOptions recoveryOptions(const RecoveryChoice& choice, bool allowDowngrade,
                               bool allowUnsigned)
{
    UpgradeOptions o;
    o.allowDowngrade = choice.ownPendingImage || allowDowngrade;
    o.allowUnsigned = choice.journalAllowedUnsigned || allowUnsigned;
    return o;
}

} // namespace commissioner
