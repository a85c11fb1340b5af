#include "MeterAtDefaults.h"

#include "MeterClientFactory.h"
#include "meter/MeterQueries.h"

#include <QDeadlineTimer>
#include <QThread>

using namespace commissioner;

std::optional<MeterIdentity> identifyAtDefaults(const QString& device, int timeoutMs)
{
    LinkSettings settings;
    settings.kind = LinkDescription::Kind::Serial;
    settings.device = device;
    settings.baudRate = 19200;
    settings.parity = 'E';
    settings.unitId = 1;
    settings.retry.retries = 1;
    auto client = MeterClientFactory::create(settings);
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const auto id = readIdentity(*client);
        if (id)
            return id.value();
        QThread::msleep(200);
    }
    return std::nullopt;
}
