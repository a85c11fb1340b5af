#pragma once

#include <QString>
#include <QVector>
#include <algorithm>
#include <cstdio>

namespace bench {

inline double median(QVector<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

inline QString kib(double bytesPerSecond)
{
    if (bytesPerSecond < 10240)
        return QStringLiteral("%1 B/s").arg(bytesPerSecond, 0, 'f', 0);
    return QStringLiteral("%1 KiB/s").arg(bytesPerSecond / 1024.0, 0, 'f', 1);
}

// One line to stdout, flushed: the figures are the output.
inline void say(const QString& line)
{
    std::printf("%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}

} // namespace bench

#include <QLoggingCategory>

namespace bench {

// The job's log lines go to its Upgrade.log; on the console they would bury the figures.
inline void quietLogs()
{
    if (qEnvironmentVariableIsEmpty("BENCH_DEBUG"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("commissioner.*.info=false\ncommissioner.*.debug=false"));
}

} // namespace bench
