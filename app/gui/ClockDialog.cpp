#include "ClockDialog.h"

#include "GuiText.h"
#include "LinkSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace commissioner::gui {

ClockDialog::ClockDialog(LinkSession* session, const QString& dataDir,
                         std::optional<MeterBinding> meter, QWidget* parent)
    : QDialog(parent), m_session(session), m_dataDir(dataDir), m_boundMeter(std::move(meter))
{
    setWindowTitle(tr("Meter clock"));
    auto* v = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_meter = new QLabel;
    m_computer = new QLabel;
    m_difference = new QLabel;
    for (QLabel* l : {m_meter, m_computer, m_difference})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Meter clock (UTC):"), m_meter);
    form->addRow(tr("This computer (UTC):"), m_computer);
    form->addRow(tr("Difference:"), m_difference);
    v->addLayout(form);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    v->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_read = buttons->addButton(tr("&Read again"), QDialogButtonBox::ActionRole);
    m_sync = buttons->addButton(tr("&Set from this computer"), QDialogButtonBox::ActionRole);
    connect(m_read, &QPushButton::clicked, this, &ClockDialog::readClock);
    connect(m_sync, &QPushButton::clicked, this, &ClockDialog::syncClock);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);

    // The dialog lives shorter than the session: these connections end with it.
    LinkWorker* w = m_session->worker();
    connect(w, &LinkWorker::clockRead, this, &ClockDialog::showClock);
    connect(w, &LinkWorker::clockFailed, this, &ClockDialog::showFailure);
    connect(w, &LinkWorker::clockSet, this, &ClockDialog::clockSet);
    connect(w, &LinkWorker::requestRefused, this, [this](LinkOperation op, LinkRefusal reason) {
        if (op != LinkOperation::Clock)
            return;
        m_syncing = false;
        setBusy(false, GuiText::refusal(reason));
        Q_EMIT failed(GuiText::refusal(reason));
    });
    readClock();
}

QString ClockDialog::statusText() const
{
    return m_status->text();
}

void ClockDialog::setBusy(bool busy, const QString& status)
{
    m_status->setText(status);
    m_read->setEnabled(!busy);
    m_sync->setEnabled(!busy);
}

void ClockDialog::readClock()
{
    m_syncing = false;
    setBusy(true, tr("Reading the meter's clock…"));
    LinkWorker* w = m_session->worker();
    m_session->post([w] { w->readClock(); });
}

void ClockDialog::syncClock()
{
    m_syncing = true;
    setBusy(true, tr("Setting the meter's clock from this computer's…"));
    LinkWorker* w = m_session->worker();
    const QString dataDir = m_dataDir;
    const std::optional<MeterBinding> meter = m_boundMeter;
    m_session->post([w, dataDir, meter] { w->syncClock(dataDir, meter); });
}

void ClockDialog::showClock(const QDateTime& meter, qint64 offsetSeconds)
{
    m_offset = offsetSeconds;
    m_meter->setText(meter.toUTC().toString(Qt::ISODate));
    m_computer->setText(meter.toUTC().addSecs(-offsetSeconds).toString(Qt::ISODate));
    m_difference->setText(offsetSeconds == 0  ? tr("none")
                          : offsetSeconds > 0 ? tr("the meter is %1 s ahead").arg(offsetSeconds)
                                              : tr("the meter is %1 s behind").arg(-offsetSeconds));
    setBusy(false, m_syncing ? tr("Set and read back.") : QString());
    m_syncing = false;
    Q_EMIT clockShown(meter, offsetSeconds);
}

void ClockDialog::showFailure(const TemplateError& e)
{
    const QString why = m_syncing
                            ? tr("Setting the clock failed: %1").arg(GuiText::templateError(e))
                            : tr("Reading the clock failed: %1").arg(GuiText::templateError(e));
    m_syncing = false;
    setBusy(false, why);
    Q_EMIT failed(why);
}

} // namespace commissioner::gui
