#include "XmodemRecoveryDialog.h"

#include "Asker.h"
#include "GuiText.h"
#include "SerialPortDiscovery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace commissioner::gui {

namespace {
constexpr int IdentifyTimeoutMs = 30000; // the meter installs, then starts
constexpr int IdentifyPollMs = 300;      // between two identity reads
} // namespace

XmodemRecoveryDialog::XmodemRecoveryDialog(const QString& dataDir, Asker* asker, QWidget* parent)
    : QDialog(parent), m_dataDir(dataDir), m_asker(asker), m_thread(new QThread),
      m_worker(new XmodemWorker)
{
    setWindowTitle(tr("XMODEM recovery"));
    auto* v = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("For a meter that answers no Modbus: its recovery bootloader takes a package "
                      "over the serial port for a minute after power-up."));
    intro->setWordWrap(true);
    v->addWidget(intro);

    v->addLayout(buildPortAndPackage());
    m_packageInfo = new QLabel;
    m_packageInfo->setWordWrap(true);
    v->addWidget(m_packageInfo);
    m_allowUnsigned = new QCheckBox(tr("Send this &unsigned package anyway"));
    m_allowUnsigned->setVisible(false);
    v->addWidget(m_allowUnsigned);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    v->addWidget(m_status);
    m_progress = new QProgressBar;
    m_progress->setFormat(QString());
    v->addWidget(m_progress);
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_result);
    v->addWidget(buildButtons());

    connectControls();
    startWorker();
    setRunning(false);
}

QFormLayout* XmodemRecoveryDialog::buildPortAndPackage()
{
    auto* form = new QFormLayout;
    m_port = new QComboBox;
    m_port->setEditable(true);
    for (const SerialPortInfo& p : SerialPortDiscovery::availablePorts())
        m_port->addItem(p.description.isEmpty()
                            ? p.systemLocation
                            : QStringLiteral("%1 (%2)").arg(p.systemLocation, p.description),
                        p.systemLocation);
    form->addRow(tr("Serial &port:"), m_port);
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit;
    m_choose = new QPushButton(tr("C&hoose…"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    form->addRow(tr("P&ackage:"), fileRow);
    return form;
}

QDialogButtonBox* XmodemRecoveryDialog::buildButtons()
{
    auto* buttons = new QDialogButtonBox;
    m_start = buttons->addButton(tr("&Start"), QDialogButtonBox::ActionRole);
    m_cancel = buttons->addButton(tr("Ca&ncel transfer"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    return buttons;
}

void XmodemRecoveryDialog::connectControls()
{
    connect(m_choose, &QPushButton::clicked, this, &XmodemRecoveryDialog::choosePackage);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (!m_package || m_package->path != m_file->text().trimmed())
            setPackage(m_file->text().trimmed());
    });
    connect(m_allowUnsigned, &QCheckBox::toggled, this, &XmodemRecoveryDialog::updateStart);
    connect(m_port, &QComboBox::currentTextChanged, this, &XmodemRecoveryDialog::updateStart);
    connect(m_start, &QPushButton::clicked, this, &XmodemRecoveryDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &XmodemRecoveryDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &XmodemRecoveryDialog::reject);
}

void XmodemRecoveryDialog::startWorker()
{
    m_worker->moveToThread(m_thread);
    // Deleted on its own thread, after its loop ends; the thread object (in the GUI thread)
    // once it has ended: either may outlive the dialog.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_worker, &XmodemWorker::packageChecked, this, &XmodemRecoveryDialog::onPackageChecked);
    connect(m_worker, &XmodemWorker::packageFailed, this,
            [this](const QString& path, const PackageError& e) {
                if (path != m_file->text().trimmed())
                    return;
                m_packageInfo->setText(
                    tr("Not a usable package: %1").arg(GuiText::packageError(e)));
                updateStart();
                Q_EMIT packageChecked(false);
            });
    connect(m_worker, &XmodemWorker::waiting, this, [this](int remainingMs) {
        m_status->setText(
            tr("Power-cycle the meter now: waiting for its bootloader ('C')… %1 s left")
                .arg((remainingMs + 999) / 1000));
    });
    connect(m_worker, &XmodemWorker::transferStarted, this, [this](int blockSize) {
        m_status->setText(
            tr("The bootloader answered; sending the package in %1-byte blocks…").arg(blockSize));
    });
    connect(m_worker, &XmodemWorker::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
        m_progress->setFormat(tr("%1 of %2 bytes").arg(done).arg(total));
    });
    connect(m_worker, &XmodemWorker::identifying, this, [this](const LinkSettings& f) {
        m_status->setText(
            tr("The bootloader took the package; waiting for the meter to start (Modbus RTU, "
               "%1 baud, %2, unit %3)…")
                .arg(f.baudRate)
                .arg(serialFraming(f))
                .arg(f.unitId));
    });
    connect(m_worker, &XmodemWorker::recovered, this, &XmodemRecoveryDialog::onRecovered);
    m_thread->start();
}

XmodemRecoveryDialog::~XmodemRecoveryDialog()
{
    // A transfer sends CAN and returns, a poll stops; the loop then ends on its own. Nothing
    // here waits for that (never on the GUI thread).
    m_worker->requestCancel();
    m_thread->quit();
}

void XmodemRecoveryDialog::setPort(const QString& device)
{
    m_port->setCurrentText(device);
}

QString XmodemRecoveryDialog::port() const
{
    // A listed port carries its device path as data; a typed one is the text itself.
    const int i = m_port->findText(m_port->currentText());
    return i >= 0 ? m_port->itemData(i).toString() : m_port->currentText().trimmed();
}

void XmodemRecoveryDialog::setAllowUnsigned(bool allow)
{
    m_allowUnsigned->setChecked(allow);
}

QString XmodemRecoveryDialog::statusText() const
{
    return m_status->text();
}

QString XmodemRecoveryDialog::resultText() const
{
    return m_result->text();
}

QString XmodemRecoveryDialog::packageText() const
{
    return m_packageInfo->text();
}

void XmodemRecoveryDialog::choosePackage()
{
    const QString start =
        m_file->text().isEmpty() ? m_dataDir : QFileInfo(m_file->text()).absolutePath();
    const QString path = m_asker->openFile(this, tr("Choose a firmware package"), start,
                                           tr("Firmware packages (*.upg *.UPG);;All files (*)"));
    if (!path.isEmpty())
        setPackage(path);
}

void XmodemRecoveryDialog::setPackage(const QString& path)
{
    m_file->setText(path);
    m_package.reset();
    m_allowUnsigned->setVisible(false);
    updateStart();
    if (path.isEmpty()) {
        m_packageInfo->clear();
        return;
    }
    m_packageInfo->setText(tr("Checking the package…"));
    XmodemWorker* w = m_worker;
    const QString keys = m_dataDir + QStringLiteral("/keys");
    QMetaObject::invokeMethod(
        w, [w, path, keys] { w->checkPackage(path, keys); }, Qt::QueuedConnection);
}

void XmodemRecoveryDialog::onPackageChecked(const LoadedPackage& package)
{
    if (package.path != m_file->text().trimmed())
        return; // an older choice
    const UpgradeImage& image = package.image;
    QString text = tr("Firmware %1 for type %2, hardware %3-%4, %5. %6")
                       .arg(image.version.toString())
                       .arg(image.deviceType)
                       .arg(image.hwMin)
                       .arg(image.hwMax)
                       .arg(GuiText::bytes(image.fileBytes.size()),
                            GuiText::signature(package.signature.state, package.signature.keyName));
    const SignatureState state = package.signature.state;
    const bool refused =
        state == SignatureState::UnknownKey || state == SignatureState::BadSignature;
    if (refused)
        text +=
            QLatin1Char('\n') + tr("This package cannot be sent: its signature does not count.");
    m_packageInfo->setText(text);
    m_allowUnsigned->setVisible(state == SignatureState::Unsigned);
    if (!refused)
        m_package = package;
    updateStart();
    Q_EMIT packageChecked(!refused);
}

bool XmodemRecoveryDialog::packageReady() const
{
    return m_package && checkXmodemPackage(m_package->image, m_allowUnsigned->isChecked()) ==
                            XmodemPackageCheck::Usable;
}

void XmodemRecoveryDialog::updateStart()
{
    m_start->setEnabled(!m_running && packageReady() && !port().isEmpty());
}

void XmodemRecoveryDialog::setRunning(bool running)
{
    m_running = running;
    for (QWidget* w : {static_cast<QWidget*>(m_port), static_cast<QWidget*>(m_file),
                       static_cast<QWidget*>(m_choose), static_cast<QWidget*>(m_allowUnsigned),
                       static_cast<QWidget*>(m_close)})
        w->setEnabled(!running);
    m_cancel->setEnabled(running);
    updateStart();
}

void XmodemRecoveryDialog::start()
{
    if (m_running || !packageReady() || port().isEmpty())
        return;
    m_device = port();
    m_meter.reset();
    m_outcome = Outcome::None;
    m_result->clear();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_status->setText(tr("Power-cycle the meter now: waiting for its bootloader ('C')… %1 s left")
                          .arg(m_startWaitMs / 1000));
    setRunning(true);
    XmodemRecoveryCall call;
    call.request.image = m_package->image; // over XMODEM the whole file, header included
    call.request.allowUnsigned = m_allowUnsigned->isChecked();
    call.request.device = m_device;
    call.request.answerWaitMs = IdentifyTimeoutMs;
    call.request.pollIntervalMs = IdentifyPollMs;
    call.request.tool = QStringLiteral("Commissioner (XMODEM recovery)");
    call.startWaitMs = m_startWaitMs;
    call.dataDir = m_dataDir;
    XmodemWorker* w = m_worker;
    QMetaObject::invokeMethod(
        w, [w, call] { w->recover(call); }, Qt::QueuedConnection);
}

void XmodemRecoveryDialog::cancel()
{
    if (!m_running)
        return;
    m_worker->requestCancel();
    m_status->setText(tr("Cancelling…"));
}

void XmodemRecoveryDialog::reject()
{
    if (m_running) {
        cancel(); // closes once the worker has stopped the transfer cleanly
        return;
    }
    QDialog::reject();
}

void XmodemRecoveryDialog::onRecovered(const XmodemRecoveryResult& r, const BackupOffer& offer)
{
    switch (r.outcome) {
    case XmodemRecoveryOutcome::Installed:
        onIdentified(r.meter, r.factory, offer);
        return;
    case XmodemRecoveryOutcome::SendFailed:
        onSendFailed(r.sendFailure);
        return;
    case XmodemRecoveryOutcome::PackageRefused: // start() sends only a package that counts
        finish(Outcome::Failed, tr("This package cannot be sent: its signature does not count."));
        return;
    case XmodemRecoveryOutcome::NoAnswer:
        finish(Outcome::Failed, tr("The package was sent, but the meter does not answer Modbus at "
                                   "%1 baud, %2, unit %3 (%4). "
                                   "Power-cycle it and connect again.")
                                    .arg(r.factory.baudRate)
                                    .arg(serialFraming(r.factory))
                                    .arg(r.factory.unitId)
                                    .arg(GuiText::linkError(r.lastError)));
        return;
    case XmodemRecoveryOutcome::WrongDeviceType:
        finish(Outcome::Failed, tr("The package was sent, but the meter that answers is %1 (type "
                                   "%2), not type %3 as the package. Nothing was recorded.")
                                    .arg(r.meter.modelName)
                                    .arg(r.meter.deviceType)
                                    .arg(r.expectedDeviceType));
        return;
    case XmodemRecoveryOutcome::WrongFirmware:
        finish(Outcome::Failed,
               tr("The package was sent, but the meter answers with firmware %1, not %2. "
                  "Power-cycle it and connect again.")
                   .arg(r.meter.firmware.toString(), r.expectedFirmware.toString()));
        return;
    }
}

void XmodemRecoveryDialog::onSendFailed(const XmodemSendFailure& f)
{
    switch (f.kind) {
    case XmodemSendError::NoReceiver:
        finish(Outcome::NoBootloader, tr("No bootloader answered on %1. Power-cycle the meter and "
                                         "press Start within its first "
                                         "minute, and check the cable.")
                                          .arg(m_device));
        return;
    case XmodemSendError::CancelledByReceiver:
        finish(Outcome::Refused,
               tr("The meter's bootloader refused the package (wrong device type, hardware "
                  "revision, or a damaged file). Nothing was installed."));
        return;
    case XmodemSendError::Cancelled:
        finish(Outcome::Cancelled,
               tr("Cancelled. The meter's bootloader will ask for a package again."));
        return;
    case XmodemSendError::PortNotOpened:
    case XmodemSendError::LinkFailed:
        finish(Outcome::Failed, tr("The serial port failed: %1").arg(f.detail));
        return;
    case XmodemSendError::TooManyRetries:
    case XmodemSendError::EndNotAcknowledged:
    case XmodemSendError::EmptyFile:
        break;
    }
    finish(Outcome::Failed,
           tr("The transfer failed at %1 bytes: the meter stopped acknowledging. Check the cable, "
              "power-cycle the meter and start again.")
               .arg(f.offset));
}

// `f`: where the worker polled the meter (XmodemRecoveryResult::factory), not worked out here.
void XmodemRecoveryDialog::onIdentified(const MeterIdentity& meter, const LinkSettings& f,
                                        const BackupOffer& offer)
{
    m_meter = meter;
    finish(Outcome::Installed,
           tr("Installed: %1, serial %2, firmware %3. The meter starts with factory settings "
              "(unit %4, %5 baud, %6).")
               .arg(meter.modelName, meter.serialNumber, meter.firmware.toString())
               .arg(f.unitId)
               .arg(f.baudRate)
               .arg(serialFraming(f)));
    Q_EMIT meterIdentified(meter);

    // It starts at factory settings: offer to connect, then the backup the worker chose for
    // the meter that answered (backupToOffer).
    const bool backup = !offer.path.isEmpty();
    ConnectionChoice choice;
    choice.settings = f;
    const QString question =
        backup ? tr("Connect to %1 now (%2) and restore its latest template backup, from %3?")
                     .arg(meter.serialNumber, choice.label(),
                          QLocale().toString(offer.savedAt.toLocalTime(), QLocale::ShortFormat))
               : tr("Connect to %1 now (%2)? No template backup of it was found: set its template "
                    "by hand or "
                    "from a saved file.")
                     .arg(meter.serialNumber, choice.label());
    if (!m_asker->question(this, tr("Meter recovered"), question))
        return;
    Q_EMIT connectRequested(choice, offer.path);
    accept();
}

void XmodemRecoveryDialog::finish(Outcome outcome, const QString& text)
{
    m_outcome = outcome;
    m_result->setText(text);
    m_status->setText(outcome == Outcome::Installed ? tr("Done.") : tr("Stopped."));
    setRunning(false);
    Q_EMIT finished(outcome);
}

} // namespace commissioner::gui
