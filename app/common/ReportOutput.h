#pragma once

#include "report/CommissioningReport.h"

#include <QString>
#include <optional>

class QCoreApplication;

namespace commissioner::app {

enum class ReportFormat
{
    Html,
    Pdf
};

// By the file name's extension: .pdf, .html or .htm (any letter case); nullopt otherwise.
std::optional<ReportFormat> reportFormatFor(const QString& path);

// The report's words in the language the program runs in.
ReportText reportText();

// Writes the report to `path` (HTML or PDF by its extension) through a temporary file that
// replaces the target only once complete. PDF needs a QGuiApplication (QTextDocument lays
// out the HTML with the platform's fonts). False with *errorText (for people) on failure.
bool writeCommissioningReport(const CommissioningReportData& data, const QString& path,
                              QString* errorText = nullptr);

} // namespace commissioner::app
