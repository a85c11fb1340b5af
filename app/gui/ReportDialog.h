#pragma once

#include "meter/MeterIdentity.h"
#include "report/CommissioningReport.h"
#include "store/SiteDetails.h"
#include "usecases/ReportUseCase.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace commissioner::gui {

class Asker;
class LinkSession;

// The commissioning report of the meter on the link, as a PDF or HTML file: the file, the
// technician (this computer's user unless changed), the site and the customer (those kept for
// this meter, kept again with each report). The meter is read on the session's worker; the
// file is written here, on the GUI thread, because a PDF is laid out with Qt Gui's fonts.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    // `meter`: the meter the window shows; a report of another meter answering is refused.
    // `asker` gives the file dialog (tests give their own); not owned.
    ReportDialog(LinkSession* session, const QString& dataDir,
                 const commissioner::MeterIdentity& meter, Asker* asker, QWidget* parent = nullptr);

    void setOutputPath(const QString& path);
    QString outputPath() const;
    QLineEdit* technicianEdit() const { return m_technician; }
    QLineEdit* siteEdit() const { return m_site; }
    QLineEdit* customerEdit() const { return m_customer; }
    // The site and customer kept for this meter have been read (and shown, unless typed over).
    bool detailsLoaded() const { return m_detailsLoaded; }
    bool isBusy() const { return m_requestId != 0; }
    QString statusText() const;

public Q_SLOTS:
    void browse();
    void writeReport();

Q_SIGNALS:
    void detailsShown();
    // For the main window's log: `meter` names the meter reported on.
    void reportWritten(const QString& path, const QString& meter);
    void reportFailed(const QString& why);

private:
    QLayout* buildForm();
    void showDetails(int requestId, const commissioner::SiteDetails& details);
    void writeFile(int requestId, const commissioner::CommissioningReportData& data,
                   const QString& siteDetailsError);
    void showFailure(int requestId, const commissioner::ReportFailure& failure);
    void fail(const QString& why);
    void setBusy(int requestId, const QString& status);
    QString defaultPath() const;

    QPointer<LinkSession> m_session;
    QString m_dataDir;
    commissioner::MeterIdentity m_meter;
    Asker* m_asker;
    int m_detailsRequest = 0;
    bool m_detailsLoaded = false;
    int m_requestId = 0;    // the report being gathered; 0: none
    QString m_writing;      // its file
    QString m_replaceAsked; // the path whose replacement the file dialog confirmed

    QLineEdit* m_path;
    QPushButton* m_browse;
    QLineEdit* m_technician;
    QLineEdit* m_site;
    QLineEdit* m_customer;
    QLabel* m_status;
    QPushButton* m_write;
};

} // namespace commissioner::gui
