#include "CliText.h"
#include "Commands.h"
#include "ErrorText.h"
#include "ExitCodes.h"
#include "PackageLoading.h"
#include "PreflightText.h"
#include "RestoreOffer.h"
#include "UpgradeRunner.h"
#include "UpgradeText.h"
#include "base/PrintableText.h"
#include "upgrade/UpgradePlan.h"
#include "usecases/UpgradeUseCase.h"

#include <QFileInfo>
#include <atomic>
#include <csignal>
#include <optional>

namespace commissioner::cli {

namespace {

std::atomic<UpgradeRun*> g_runningJob{nullptr};

extern "C" void cancelOnSignal(int)
{
    // Only sets a flag: the job stops between two requests, never mid-request.
    if (UpgradeRun* job = g_runningJob.load())
        job->cancel();
}

QString rateText(double bytesPerSecond)
{
    if (bytesPerSecond >= 1024 * 1024)
        return CliText::tr("%1 MiB/s").arg(bytesPerSecond / (1024 * 1024), 0, 'f', 2);
    if (bytesPerSecond >= 1024)
        return CliText::tr("%1 KiB/s").arg(bytesPerSecond / 1024, 0, 'f', 1);
    return CliText::tr("%1 B/s").arg(bytesPerSecond, 0, 'f', 0);
}

QString etaText(int seconds)
{
    if (seconds < 0)
        return QStringLiteral("--:--");
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// On a terminal: one live line (percent, rate, ETA, stage) with log lines above it.
// Piped: the log lines alone, one per line.
class CliUpgradeObserver : public UpgradeObserver
{
public:
    CliUpgradeObserver(QTextStream& out, bool live) : m_out(out), m_live(live) {}

    void onLog(const UpgradeLogEntry& e) override
    {
        clearLine();
        m_out << e.text << '\n';
        m_out.flush();
        redraw();
    }
    void onProgress(const UpgradeProgress& p) override
    {
        m_last = p;
        redraw();
    }
    void onStage(UpgradeStage) override {}
    void finish() { clearLine(); }

private:
    void clearLine()
    {
        if (m_live && m_drawn) {
            m_out << "\r\033[K";
            m_drawn = false;
        }
    }
    void redraw()
    {
        if (!m_live)
            return;
        m_out << "\r\033[K"
              << CliText::tr("%1% %2 ETA %3 [%4] comm %5%")
                     .arg(m_last.percent(), 3)
                     .arg(rateText(m_last.bytesPerSecond), etaText(m_last.etaSeconds),
                          upgradeStageName(m_last.stage))
                     .arg(m_last.commEfficiency * 100, 0, 'f', 1);
        m_out.flush();
        m_drawn = true;
    }

    QTextStream& m_out;
    bool m_live;
    bool m_drawn = false;
    UpgradeProgress m_last;
};

int exitCodeFor(const UpgradeResult& r)
{
    switch (r.outcome) {
    case UpgradeOutcome::Succeeded:
        return ExitOk;
    case UpgradeOutcome::PreflightRefused:
    case UpgradeOutcome::NoSerialNumber:
        return ExitPreflight;
    case UpgradeOutcome::MeterRejected:
        return ExitMeterRefused;
    case UpgradeOutcome::VerifyFailed:
        return ExitVerifyFailed;
    case UpgradeOutcome::LinkLost:
        return ExitResumable;
    case UpgradeOutcome::Cancelled:
        return ExitCancelled;
    case UpgradeOutcome::WrongMeter:
    case UpgradeOutcome::MeterRefusing:
    case UpgradeOutcome::MeterStuck:
    case UpgradeOutcome::OutOfBudget:
        return ExitResumable;
    default:
        return ExitFailed;
    }
}

// What went wrong, for the outcomes whose name alone does not say it.
QString outcomeDetail(const UpgradeResult& r)
{
    switch (r.outcome) {
    case UpgradeOutcome::WrongMeter:
        if (r.strangerAfterWrites)
            return CliText::tr("After the upgrade of %3 (type %4) had begun, the meter at this "
                               "address answered as serial number %1, type %2. Blocks were "
                               "sent to this address: it is another meter, or %3 reporting "
                               "another identity. Check the cable, the bus and the unit ID "
                               "before going on.")
                .arg(printableText(r.stranger.serialNumber))
                .arg(r.stranger.deviceType)
                .arg(printableText(r.before.serialNumber))
                .arg(r.before.deviceType);
        return CliText::tr("Another meter answered (serial number %1, type %2) instead of %3 (type "
                           "%4). Nothing "
                           "was written to it. Check the cable, the bus and the unit ID.")
            .arg(printableText(r.stranger.serialNumber))
            .arg(r.stranger.deviceType)
            .arg(printableText(r.before.serialNumber))
            .arg(r.before.deviceType);
    case UpgradeOutcome::MeterRefusing:
        return CliText::tr("The meter refused the block at byte %1 %2 times in a row (%3).")
            .arg(r.refusedOffset)
            .arg(r.refusals)
            .arg(describeLinkError(r.lastError));
    case UpgradeOutcome::MeterStuck:
        return CliText::tr("The meter stayed %1 for %2 s, longer than it says it needs.")
            .arg(r.stuckStatus)
            .arg(r.stuckSeconds);
    case UpgradeOutcome::NoSerialNumber:
        return CliText::tr("The meter reports no serial number, so its backups and journal could "
                           "not be told from another meter's. Nothing was written to it.");
    case UpgradeOutcome::OutOfBudget:
        return CliText::tr("The upgrade stopped at its limit of %1 (%2 of %3) before a request to "
                           "register %4. The meter holds the first %5 bytes of the image.")
            .arg(app::UpgradeText::budgetLimit(r.budgetLimit))
            .arg(r.budgetUsed)
            .arg(r.budgetAllowed)
            .arg(r.budgetRegister)
            .arg(r.budgetOffset);
    case UpgradeOutcome::MeterOffSpec:
        return CliText::
            tr("The meter reports %1 = %2, a value the protocol does not allow. Nothing more was "
               "written to it.")
                .arg(r.offSpecRegister)
                .arg(r.offSpecValue);
    default:
        return QString();
    }
}

void addUpgradeOptions(QCommandLineParser& p)
{
    p.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("The .UPG package."));
    p.addOptions({
        {QStringLiteral("yes"), CliText::tr("Do not ask before starting.")},
        {QStringLiteral("allow-unsigned"), CliText::tr("Accept a package that is not signed.")},
        {QStringLiteral("allow-downgrade"), CliText::tr("Accept the same or an older version.")},
        {QStringLiteral("keys"), CliText::tr("A folder of further trusted public keys."),
         QStringLiteral("DIR")},
        {QStringLiteral("outage-wait"),
         CliText::tr("How long a silent meter pauses the upgrade before it fails (default 300)."),
         QStringLiteral("S")},
        {QStringLiteral("install-margin"),
         CliText::tr("Seconds to wait beyond the meter's INSTALL_SECONDS (default 30)."),
         QStringLiteral("S")},
        {QStringLiteral("restore-template"),
         CliText::tr(
             "If the meter comes back at factory settings, restore its backup without asking.")},
    });
}

// The job's options from the command line; nullopt (after the usage error) on a bad value.
std::optional<UpgradeOptions> readUpgradeOptions(CommandLine& cl, const QCommandLineParser& p,
                                                 int* exitCode)
{
    UpgradeOptions options;
    options.allowUnsigned = p.isSet(QStringLiteral("allow-unsigned"));
    options.allowDowngrade = p.isSet(QStringLiteral("allow-downgrade"));
    for (const auto& [name, target] :
         {std::pair{QStringLiteral("outage-wait"), &options.outageWaitMs},
          std::pair{QStringLiteral("install-margin"), &options.installMarginMs}}) {
        if (!p.isSet(name))
            continue;
        bool ok = false;
        const int s = p.value(name).toInt(&ok);
        if (!ok || s < 0 || s > 86400) {
            *exitCode =
                cl.usageError(CliText::tr("--%1 must be seconds from 0 to 86400").arg(name));
            return std::nullopt;
        }
        *target = s * 1000;
    }
    return options;
}

void printMeterAndPackage(CommandLine& cl, const MeterIdentity& m, const UpgradeImage& image,
                          const QString& file)
{
    cl.out() << CliText::tr("Meter:   %1 (type %2, hardware %3), serial %4, firmware %5, %6 mode")
                    .arg(printableText(m.modelName))
                    .arg(m.deviceType)
                    .arg(m.hwRevision)
                    .arg(printableText(m.serialNumber), m.firmware.toString(), deviceModeName(m))
             << '\n'
             << CliText::tr("Package: %1 version %2 for type %3, hardware %4-%5, %6 bytes, %7")
                    .arg(QFileInfo(file).fileName(), image.version.toString())
                    .arg(image.deviceType)
                    .arg(image.hwMin)
                    .arg(image.hwMax)
                    .arg(image.payload.size())
                    .arg(image.signature == PreflightInput::Signature::Verified
                             ? CliText::tr("signed by %1").arg(image.signedBy)
                             : CliText::tr("not verified"))
             << Qt::endl;
}

} // namespace

int runUpgrade(CommandLine& cl)
{
    QCommandLineParser p;
    addUpgradeOptions(p);
    if (!cl.parse(p))
        return cl.parseExitCode();
    const QStringList files = p.positionalArguments();
    if (files.size() != 1)
        return cl.usageError(CliText::tr("upgrade takes one package file"));
    int optionsExit = ExitOk;
    const auto parsed = readUpgradeOptions(cl, p, &optionsExit);
    if (!parsed)
        return optionsExit;
    const UpgradeOptions& options = *parsed;

    // The package first: nothing is sent to a meter on bad input.
    const QString dataDir = cl.dataDir(p);
    int loadExit = ExitOk;
    const auto loaded =
        loadUpgradeImage(cl, files.first(), dataDir, p.value(QStringLiteral("keys")), &loadExit);
    if (!loaded)
        return loadExit;
    const UpgradeImage& image = *loaded;

    int connectExit = ExitOk;
    auto client = cl.connect(p, &connectExit);
    if (!client)
        return connectExit;

    const auto plan = planUpgrade(*client, image, options);
    if (!plan) {
        cl.err() << CliText::tr("commissioner-cli: cannot read the meter: %1")
                        .arg(describeLinkError(plan.error()))
                 << Qt::endl;
        return exitCodeFor(plan.error());
    }
    const MeterIdentity& m = plan.value().identity;
    printMeterAndPackage(cl, m, image, files.first());
    if (!printFindings(cl, plan.value().findings))
        return ExitPreflight;
    const QString question =
        plan.value().resumes() ? CliText::tr("Resume the upgrade of %1 to %2?")
                               : CliText::tr("Upgrade %1 to %2? Its settings are backed up first.");
    if (!goAhead(cl, p.isSet(QStringLiteral("yes")),
                 question.arg(printableText(m.serialNumber), image.version.toString()))) {
        cl.out() << CliText::tr("Nothing was sent.") << Qt::endl;
        return ExitCancelled;
    }

    // Bound to the meter the person saw: a meter swapped in since gets nothing.
    return runUpgradeJob(cl, *client, image, DataFolder(dataDir), options, MeterBinding::of(m),
                         QStringLiteral("commissioner-cli upgrade"),
                         p.isSet(QStringLiteral("restore-template")));
}

int runUpgradeJob(CommandLine& cl, MeterClient& client, const UpgradeImage& image,
                  const DataFolder& folder, const UpgradeOptions& options,
                  const MeterBinding& confirmed, const QString& tool, bool restoreTemplate)
{
    CliUpgradeObserver observer(cl.out(), cl.interactive());
    UpgradeRun job(client, image, folder, options, confirmed, tool, &observer);
    g_runningJob = &job;
    auto previousInt = std::signal(SIGINT, cancelOnSignal);
    const UpgradeResult result = job.runToEnd();
    std::signal(SIGINT, previousInt);
    g_runningJob = nullptr;
    observer.finish();

    if (result.outcome == UpgradeOutcome::Succeeded) {
        cl.out() << CliText::tr("Upgrade done: %1 now runs %2.")
                        .arg(printableText(result.after.serialNumber),
                             result.after.firmware.toString())
                 << Qt::endl;
        if (!job.historyError().isEmpty())
            cl.err() << CliText::tr(
                            "warning: the change could not be added to the meter's history: %1")
                            .arg(job.historyError())
                     << Qt::endl;
        if (result.commSettingsReset) {
            const LinkDescription now = client.description();
            cl.out()
                << CliText::tr(
                       "The meter restarted during the upgrade and now answers at its factory "
                       "communication settings (unit %1%2). Connect with those from now on, or "
                       "restore the Communications group of its backup when you are ready (that "
                       "ends this session).")
                       .arg(now.unitId)
                       .arg(now.kind == LinkDescription::Kind::Serial
                                ? CliText::tr(", %1 baud, parity %2")
                                      .arg(now.baudRate)
                                      .arg(QLatin1Char(now.parity))
                                : QString())
                << Qt::endl;
        }
        if (result.settingsReset) {
            cl.out() << CliText::tr("The meter came back without %n of its settings (they read "
                                    "otherwise than in its backup): %1",
                                    nullptr, int(result.settingsLost.size()))
                            .arg(result.settingsLost.join(QStringLiteral(", ")))
                     << Qt::endl;
            const int restored = offerTemplateRestore(cl, client, folder, result.after,
                                                      result.backupPath, restoreTemplate);
            if (restored != ExitOk)
                return restored;
        }
    } else {
        cl.err() << CliText::tr("Upgrade %1. See %2")
                        .arg(upgradeOutcomeName(result.outcome), job.upgradeLogPath())
                 << Qt::endl;
        const QString detail = outcomeDetail(result);
        if (!detail.isEmpty())
            cl.err() << detail << Qt::endl;
        if (result.resumable())
            cl.err()
                << CliText::tr(
                       "The meter keeps what it received: run the same command again to resume.")
                << Qt::endl;
    }
    if (!result.backupPath.isEmpty())
        cl.out() << CliText::tr("Template backup: %1").arg(result.backupPath) << Qt::endl;
    cl.out() << CliText::tr("Log: %1").arg(job.upgradeLogPath()) << Qt::endl;
    return exitCodeFor(result);
}

} // namespace commissioner::cli
