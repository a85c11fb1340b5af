#pragma once

#include <QLoggingCategory>

// One category per concern, so a test run can turn on just the wire or just the model.
Q_DECLARE_LOGGING_CATEGORY(lcSimModel)
Q_DECLARE_LOGGING_CATEGORY(lcSimWire)
Q_DECLARE_LOGGING_CATEGORY(lcSimHost)
