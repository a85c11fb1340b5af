#include "MeterPanel.h"

#include "ConnectedMeter.h"
#include "GuiText.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace commissioner::gui {

MeterPanel::MeterPanel(QWidget* parent) : QWidget(parent)
{
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);

    auto* identity = new QGroupBox(tr("Meter"));
    auto* form = new QFormLayout(identity);
    addField(form, QStringLiteral("model"), tr("Model:"));
    addField(form, QStringLiteral("type"), tr("Device type:"));
    addField(form, QStringLiteral("serial"), tr("Serial number:"));
    addField(form, QStringLiteral("firmware"), tr("Firmware:"));
    addField(form, QStringLiteral("hardware"), tr("Hardware revision:"));
    addField(form, QStringLiteral("bootloader"), tr("Bootloader:"));
    addField(form, QStringLiteral("banks"), tr("Flash:"));
    addField(form, QStringLiteral("mode"), tr("Mode:"));
    addField(form, QStringLiteral("events"), tr("Active events:"));
    v->addWidget(identity);

    auto* upgrade = new QGroupBox(tr("Firmware upgrade state"));
    auto* uform = new QFormLayout(upgrade);
    addField(uform, QStringLiteral("state"), tr("State:"));
    addField(uform, QStringLiteral("upgStatus"), tr("Transfer status:"));
    addField(uform, QStringLiteral("image"), tr("Stored image:"));
    // The same prompt as on connect, for a meter found needing it later (or postponed).
    m_recover = new QPushButton(tr("&Recover…"));
    m_recover->setObjectName(QStringLiteral("recoverButton"));
    m_recover->setVisible(false);
    connect(m_recover, &QPushButton::clicked, this, &MeterPanel::recoverRequested);
    auto* recoverRow = new QHBoxLayout;
    recoverRow->addWidget(m_recover);
    recoverRow->addStretch();
    uform->addRow(QString(), recoverRow);
    m_newer = new QLabel;
    m_newer->setWordWrap(true);
    m_upgradeNewer = new QPushButton(tr("Upgrade to it…"));
    m_upgradeNewer->setVisible(false);
    connect(m_upgradeNewer, &QPushButton::clicked, this,
            [this] { Q_EMIT upgradeWith(m_newerPath); });
    auto* newerRow = new QHBoxLayout;
    newerRow->addWidget(m_newer, 1);
    newerRow->addWidget(m_upgradeNewer);
    uform->addRow(tr("Package folder:"), newerRow);
    v->addWidget(upgrade);
    v->addStretch();
    clear();
}

void MeterPanel::observe(const ConnectedMeter* model)
{
    connect(model, &ConnectedMeter::meterChanged, this, &MeterPanel::showMeter);
    connect(model, &ConnectedMeter::cleared, this, &MeterPanel::clear);
}

void MeterPanel::setRecoverEnabled(bool enabled)
{
    m_recover->setEnabled(enabled);
}

QLabel* MeterPanel::addField(QFormLayout* form, const QString& key, const QString& label)
{
    auto* value = new QLabel;
    value->setObjectName(key + QStringLiteral("Value"));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    m_fields.insert(key, value);
    return value;
}

QString MeterPanel::field(const QString& key) const
{
    const QLabel* l = m_fields.value(key);
    return l ? l->text() : QString();
}

void MeterPanel::clear()
{
    for (QLabel* l : std::as_const(m_fields))
        l->setText(tr("–"));
    m_newer->setText(tr("–"));
    m_upgradeNewer->setVisible(false);
    m_recover->setVisible(false);
}

void MeterPanel::showMeter(const MeterSnapshot& s)
{
    const MeterIdentity& m = s.identity;
    m_fields[QStringLiteral("model")]->setText(m.modelName);
    m_fields[QStringLiteral("type")]->setText(QString::number(m.deviceType));
    m_fields[QStringLiteral("serial")]->setText(m.serialNumber);
    m_fields[QStringLiteral("firmware")]->setText(m.firmware.isZero() ? tr("none installed")
                                                                      : m.firmware.toString());
    m_fields[QStringLiteral("hardware")]->setText(QString::number(m.hwRevision));
    m_fields[QStringLiteral("bootloader")]->setText(QString::number(m.bootloaderVersion));
    m_fields[QStringLiteral("banks")]->setText(
        m.banks == 2 ? tr("dual bank (keeps measuring while upgrading)")
                     : tr("single bank (stops measuring while upgrading)"));
    m_fields[QStringLiteral("mode")]->setText(GuiText::mode(m.mode));
    QLabel* events = m_fields[QStringLiteral("events")];
    events->setText(GuiText::events(m.activeEvents));
    events->setStyleSheet(
        m.hasBlockingEvents() ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());

    QLabel* state = m_fields[QStringLiteral("state")];
    state->setText(GuiText::recoveryState(s.state));
    state->setStyleSheet(
        needsRecovery(s.state) ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    const UpgradeRegisters& u = s.upgrade;
    m_fields[QStringLiteral("upgStatus")]->setText(GuiText::upgStatus(u.rawStatus));
    if (u.imageSize > 0 && hasPendingImage(s.state))
        m_fields[QStringLiteral("image")]->setText(tr("%1 of %2 of firmware %3 (%4 %)")
                                                       .arg(GuiText::bytes(u.nextOffset),
                                                            GuiText::bytes(u.imageSize),
                                                            u.imageVersion.toString())
                                                       .arg(u.nextOffset * 100 / u.imageSize));
    else
        m_fields[QStringLiteral("image")]->setText(tr("none pending"));
    m_recover->setVisible(ConnectedMeter::needsRecovery(s));
}

void MeterPanel::showNewerFirmware(const QVector<AvailableFirmware>& found,
                                   const QString& packageDir)
{
    if (packageDir.isEmpty()) {
        m_newer->setText(tr("No package folder set (Tools ▸ Settings)."));
        m_upgradeNewer->setVisible(false);
        return;
    }
    if (found.isEmpty()) {
        m_newer->setText(tr("No newer firmware for this meter in %1.")
                             .arg(QDir::toNativeSeparators(packageDir)));
        m_upgradeNewer->setVisible(false);
        return;
    }
    const AvailableFirmware& best = found.first();
    m_newerPath = best.path;
    m_newer->setText(tr("Firmware %1 is available: %2 (%3)")
                         .arg(best.version.toString(), QFileInfo(best.path).fileName(),
                              GuiText::signature(best.signature)));
    m_upgradeNewer->setVisible(true);
}

LiveReadingsPanel::LiveReadingsPanel(QWidget* parent) : QGroupBox(tr("Live readings"), parent)
{
    auto* grid = new QGridLayout(this);
    const auto add = [&](int row, int col, const QString& key, const QString& label) {
        auto* l = new QLabel(label);
        auto* v = new QLabel;
        v->setObjectName(key + QStringLiteral("Value"));
        v->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(l, row, col * 2);
        grid->addWidget(v, row, col * 2 + 1);
        m_fields.insert(key, v);
    };
    for (int i = 0; i < 3; ++i) {
        add(i, 0, QStringLiteral("v%1").arg(i + 1), tr("V%1:").arg(i + 1));
        add(i, 1, QStringLiteral("i%1").arg(i + 1), tr("I%1:").arg(i + 1));
    }
    add(3, 0, QStringLiteral("kw"), tr("Power:"));
    add(3, 1, QStringLiteral("kvar"), tr("Reactive:"));
    add(4, 0, QStringLiteral("kva"), tr("Apparent:"));
    add(4, 1, QStringLiteral("pf"), tr("Power factor:"));
    add(5, 0, QStringLiteral("hz"), tr("Frequency:"));
    add(5, 1, QStringLiteral("uptime"), tr("Since power-up:"));
    m_status = new QLabel;
    m_status->setWordWrap(true);
    grid->addWidget(m_status, 6, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    clear();
}

QString LiveReadingsPanel::field(const QString& key) const
{
    const QLabel* l = m_fields.value(key);
    return l ? l->text() : QString();
}

void LiveReadingsPanel::clear()
{
    for (QLabel* l : std::as_const(m_fields))
        l->setText(tr("–"));
    m_status->setText(tr("Not connected."));
}

void LiveReadingsPanel::showReadings(const Measurements& m)
{
    for (int i = 0; i < 3; ++i) {
        m_fields[QStringLiteral("v%1").arg(i + 1)]->setText(
            tr("%1 V").arg(double(m.voltage[i]), 0, 'f', 1));
        m_fields[QStringLiteral("i%1").arg(i + 1)]->setText(
            tr("%1 A").arg(double(m.current[i]), 0, 'f', 2));
    }
    m_fields[QStringLiteral("kw")]->setText(tr("%1 kW").arg(double(m.kwTotal), 0, 'f', 2));
    m_fields[QStringLiteral("kvar")]->setText(tr("%1 kvar").arg(double(m.kvarTotal), 0, 'f', 2));
    m_fields[QStringLiteral("kva")]->setText(tr("%1 kVA").arg(double(m.kvaTotal), 0, 'f', 2));
    m_fields[QStringLiteral("pf")]->setText(QString::number(double(m.powerFactor), 'f', 3));
    m_fields[QStringLiteral("hz")]->setText(tr("%1 Hz").arg(double(m.frequency), 0, 'f', 2));
    m_fields[QStringLiteral("uptime")]->setText(GuiText::duration(int(m.secondsSincePowerUp)));
    m_status->setText(tr("Updated %1").arg(QTime::currentTime().toString(Qt::ISODate)));
    ++m_updates;
}

void LiveReadingsPanel::showUnavailable(const QString& why)
{
    for (QLabel* l : std::as_const(m_fields))
        l->setText(tr("–"));
    m_status->setText(why);
}

} // namespace commissioner::gui
