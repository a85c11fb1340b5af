#pragma once

#include "Registers.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <optional>

namespace metersim {

// What a meter is (fixed at power-up from the command line), as opposed to MeterState,
// which is what it remembers.
struct MeterConfig
{
    quint16 deviceType = 7350;
    quint16 hwRevision = 1;
    quint16 fw[3] = {1, 0, 0};
    QString serialNumber = QStringLiteral("PC-0209A001-11");
    quint16 unitId = 1;
    quint16 banks = 2;
    quint16 activeEvents = 0;
    quint16 maxBlock = 240;
    quint16 capacityKib = 4096;
    quint16 installSeconds = 30;
    quint16 bootloaderVersion = 3;
    DeviceMode startMode = DeviceMode::Normal; // only when there is no stored state
    quint16 commBaudCode = 1;                  // COMM_BAUD enum, the factory default 19200
    quint16 commParityCode = 1;                // COMM_PARITY enum, the factory default even
    QString statePath;                         // empty: state in memory only
    bool fsync = false;
    // --raw-template: template registers set at first start, past the range checks.
    QMap<quint16, quint16> rawTemplate;
    // --gone-at-offset: this meter stops answering for good once NEXT_OFFSET reaches it.
    std::optional<quint32> goneAtOffset;
    // Identity keys (type, hw, ...) given on the command line: a restart warns when one
    // differs from the identity stored with the state.
    QSet<QString> givenKeys;

    QString modelName() const
    {
        return deviceType == 7330 ? QStringLiteral("EM7330") : QStringLiteral("EM7350");
    }
    // The type decides the defaults that the spec ties to it; explicit options override later.
    void applyTypeDefaults();

    // What the meter is (kept with --state, so a restart is the same meter). ACTIVE_EVENTS
    // is not in it: that is a condition of the site, given at each start.
    QJsonObject identityJson() const;
    // Takes the stored identity; returns one line per explicitly given option that differs.
    QStringList adoptIdentity(const QJsonObject& stored);
};

// Misbehaviour on request, so tests can see how the tool copes. All off by default.
struct FaultConfig
{
    int dropRepliesPercent = 0;
    quint32 seed = 1;
    std::optional<quint32> silentFrom, silentTo; // [A, B) of NEXT_OFFSET
    std::optional<quint32> silenceAtOffset;
    int silenceSeconds = 0;
    int flashDelayMs = 0;
    int verifyMs = 300;
    int installMs = 1000;
    bool failVerify = false;
    std::optional<quint32> powerLossAtOffset;
    // Meters that bend the spec (see --help for each).
    int muteFirst = 0;
    quint8 dataExceptionCode = 0;          // 0: off
    std::optional<int> dataExceptionCount; // unset: every data write
    qint32 nextOffsetSkew = 0;
    std::optional<quint32> maxBlockAtOffset;
    quint16 maxBlockAtValue = 0;
    std::optional<quint16> upgStatusAfterInstall;
    std::optional<quint16> deviceModeValue;
    bool wrongUnitId = false;
    QSet<quint16> refuseWrite;
    bool ackWithoutStore = false;
    bool installKeepsFirmware = false;    // DONE after an install, still on the old firmware
    std::optional<quint32> offsetResetAt; // NEXT_OFFSET at which the image is lost again
    std::optional<int> longWriteSilence;  // function 16 of more registers: no answer
    QMap<quint16, quint8> exceptionAt;    // register -> exception code, any request
    bool sharedUnit = false;              // every meter at a request's unit ID acts on it
    enum class PowerLossIn
    {
        Never,
        Verifying,
        Installing
    } powerLossIn = PowerLossIn::Never;
};

} // namespace metersim
