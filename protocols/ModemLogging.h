#pragma once

#include <QLoggingCategory>

// Dialing, hang-ups and carrier losses of modem links.
Q_DECLARE_LOGGING_CATEGORY(lcModem)
