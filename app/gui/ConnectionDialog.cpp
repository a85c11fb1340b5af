#include "ConnectionDialog.h"

#include "GuiText.h"
#include "LinkSession.h"
#include "SerialPortDiscovery.h"
#include "settings/CommSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace commissioner::gui {

namespace {

QString parityName(char p)
{
    switch (p) {
    case 'N':
        return ConnectionDialog::tr("None");
    case 'O':
        return ConnectionDialog::tr("Odd");
    default:
        return ConnectionDialog::tr("Even");
    }
}

QSpinBox* unitSpin()
{
    auto* s = new QSpinBox;
    s->setRange(1, 247);
    s->setValue(1);
    return s;
}

void fillPorts(QComboBox* combo)
{
    const QString current = combo->currentData().toString().isEmpty()
                                ? combo->currentText()
                                : combo->currentData().toString();
    combo->clear();
    for (const SerialPortInfo& p : SerialPortDiscovery::availablePorts()) {
        const QString text = p.description.isEmpty()
                                 ? p.systemLocation
                                 : QStringLiteral("%1 (%2)").arg(p.systemLocation, p.description);
        combo->addItem(text, p.systemLocation);
    }
    if (!current.isEmpty()) {
        const int i = combo->findData(current);
        if (i >= 0)
            combo->setCurrentIndex(i);
        else
            combo->setEditText(current);
    }
}

QString portOf(const QComboBox* combo)
{
    const int i = combo->findText(combo->currentText());
    if (i >= 0 && !combo->itemData(i).toString().isEmpty())
        return combo->itemData(i).toString();
    return combo->currentText().trimmed();
}

} // namespace

ConnectionDialog::ConnectionDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to a meter"));
    auto* layout = new QVBoxLayout(this);

    auto* recentRow = new QFormLayout;
    m_recent = new QComboBox;
    m_recentList = RecentConnections::load();
    m_recent->addItem(tr("(choose a recent connection)"));
    for (const ConnectionChoice& c : std::as_const(m_recentList))
        m_recent->addItem(c.label());
    m_recent->setEnabled(!m_recentList.isEmpty());
    auto* recentLabel = new QLabel(tr("&Recent:"));
    recentLabel->setBuddy(m_recent);
    recentRow->addRow(recentLabel, m_recent);
    layout->addLayout(recentRow);
    connect(m_recent, &QComboBox::activated, this, &ConnectionDialog::applyRecent);

    m_tabs = new QTabWidget;
    // Every tab's name in full, no scroll arrows: the dialog is as wide as its tabs.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->addTab(buildSerialTab(), tr("&Serial"));
    m_tabs->addTab(buildModemTab(), tr("&Modem"));
    m_tabs->addTab(buildTcpTab(&m_tcpHost, &m_tcpPort, &m_tcpUnit,
                               tr("A meter with an Ethernet port, speaking Modbus TCP.")),
                   tr("&TCP"));
    m_tabs->addTab(
        buildTcpTab(
            &m_gwHost, &m_gwPort, &m_gwUnit,
            tr("A serial meter behind a gateway that passes Modbus RTU frames over a raw TCP "
               "socket.")),
        tr("&Gateway (RTU over TCP)"));
    m_tabs->addTab(buildDemoTab(), tr("&Demo meter"));
    layout->addWidget(m_tabs, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setDefault(true); // Enter connects, wherever the focus is
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    // A new user with nothing remembered starts on the demo meter.
    if (m_recentList.isEmpty())
        m_tabs->setCurrentIndex(DemoTab);
    else
        setChoice(m_recentList.first());
}

ConnectionDialog::~ConnectionDialog()
{
    cancelScan();
}

QWidget* ConnectionDialog::buildSerialTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout;
    auto* portRow = new QHBoxLayout;
    m_port = new QComboBox;
    m_port->setEditable(true);
    m_port->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillPorts(m_port);
    auto* refresh = new QPushButton(tr("Re&fresh"));
    refresh->setAutoDefault(false);
    connect(refresh, &QPushButton::clicked, this, &ConnectionDialog::refreshPorts);
    portRow->addWidget(m_port, 1);
    portRow->addWidget(refresh);
    auto* portLabel = new QLabel(tr("&Port:"));
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, portRow);

    m_baud = new QComboBox;
    // The rates a meter can be set to, and its factory rate first chosen: the device profiles'.
    const auto profiles = DeviceProfiles::load();
    for (int b : profiles ? commBaudRates(profiles.value()) : QVector<int>{})
        m_baud->addItem(QString::number(b), b);
    m_baud->setCurrentIndex(qMax(0, m_baud->findData(factorySerialLink(QString()).baudRate)));
    m_parity = new QComboBox;
    for (char p : {'E', 'N', 'O'})
        m_parity->addItem(parityName(p), QChar(QLatin1Char(p)));
    m_stopBits = new QComboBox;
    m_stopBits->addItem(QStringLiteral("1"), 1);
    m_stopBits->addItem(QStringLiteral("2"), 2);
    m_serialUnit = unitSpin();
    const auto addRow = [form](const QString& text, QWidget* w) {
        auto* l = new QLabel(text);
        l->setBuddy(w);
        form->addRow(l, w);
    };
    addRow(tr("&Baud rate:"), m_baud);
    addRow(tr("P&arity:"), m_parity);
    addRow(tr("Stop b&its:"), m_stopBits);
    addRow(tr("&Unit ID:"), m_serialUnit);

    auto* scanRow = new QHBoxLayout;
    m_scan = new QPushButton(tr("Scan th&e bus…"));
    m_scan->setAutoDefault(false);
    m_scan->setToolTip(
        tr("Try every baud rate, parity and unit ID to find the meters on this port."));
    m_cancelScan = new QPushButton(tr("Stop sca&n"));
    m_cancelScan->setAutoDefault(false);
    m_cancelScan->setEnabled(false);
    m_scanProgress = new QProgressBar;
    m_scanProgress->setVisible(false);
    connect(m_scan, &QPushButton::clicked, this, &ConnectionDialog::startScan);
    connect(m_cancelScan, &QPushButton::clicked, this, &ConnectionDialog::cancelScan);
    scanRow->addWidget(m_scan);
    scanRow->addWidget(m_cancelScan);
    scanRow->addWidget(m_scanProgress, 1);
    m_scanStatus = new QLabel;
    m_scanStatus->setWordWrap(true);
    m_found = new QListWidget;
    m_found->setVisible(false);
    connect(m_found, &QListWidget::currentRowChanged, this, &ConnectionDialog::useFound);

    auto* v = new QVBoxLayout(page);
    v->addLayout(form);
    v->addLayout(scanRow);
    v->addWidget(m_scanStatus);
    v->addWidget(m_found, 1);
    v->addStretch();
    return page;
}

QWidget* ConnectionDialog::buildModemTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_modemDevice = new QComboBox;
    m_modemDevice->setEditable(true);
    fillPorts(m_modemDevice);
    m_phone = new QLineEdit;
    m_phone->setPlaceholderText(tr("e.g. 5551234"));
    m_init = new QLineEdit(QStringLiteral("ATZ"));
    m_modemUnit = unitSpin();
    const auto addRow = [form](const QString& text, QWidget* w) {
        auto* l = new QLabel(text);
        l->setBuddy(w);
        form->addRow(l, w);
    };
    addRow(tr("Modem de&vice:"), m_modemDevice);
    addRow(tr("P&hone number:"), m_phone);
    addRow(tr("&Init string:"), m_init);
    addRow(tr("&Unit ID:"), m_modemUnit);
    auto* note = new QLabel(
        tr("The modem dials, then Modbus RTU runs over the call (19200 8E1 at the meter end)."));
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget* ConnectionDialog::buildTcpTab(QLineEdit** host, QSpinBox** port, QSpinBox** unit,
                                       const QString& note)
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    *host = new QLineEdit;
    (*host)->setPlaceholderText(tr("host name or IP address"));
    *port = new QSpinBox;
    (*port)->setRange(1, 65535);
    (*port)->setValue(502);
    *unit = unitSpin();
    const auto addRow = [form](const QString& text, QWidget* w) {
        auto* l = new QLabel(text);
        l->setBuddy(w);
        form->addRow(l, w);
    };
    addRow(tr("&Host:"), *host);
    addRow(tr("&Port:"), *port);
    addRow(tr("&Unit ID:"), *unit);
    auto* label = new QLabel(note);
    label->setWordWrap(true);
    form->addRow(label);
    return page;
}

QWidget* ConnectionDialog::buildDemoTab()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    auto* text = new QLabel(
        tr("<p><b>Try Commissioner without a meter.</b></p>"
           "<p>The demo meter is a simulated EM7350 (serial DEMO-0001, firmware 1.0.0) "
           "running inside this program. Read its identity and live values, save and "
           "restore its template, and upgrade its firmware as you would a real one.</p>"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    v->addWidget(text);
    v->addStretch();
    return page;
}

void ConnectionDialog::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void ConnectionDialog::applyRecent(int index)
{
    if (index >= 1 && index - 1 < m_recentList.size())
        setChoice(m_recentList.at(index - 1));
}

void ConnectionDialog::setChoice(const ConnectionChoice& c)
{
    if (c.demo) {
        m_tabs->setCurrentIndex(DemoTab);
        return;
    }
    const LinkSettings& s = c.settings;
    switch (s.kind) {
    case LinkDescription::Kind::Serial:
        m_port->setEditText(s.device);
        m_baud->setCurrentIndex(qMax(0, m_baud->findData(s.baudRate)));
        m_parity->setCurrentIndex(qMax(0, m_parity->findData(QChar(QLatin1Char(s.parity)))));
        m_stopBits->setCurrentIndex(s.stopBits == 2 ? 1 : 0);
        m_serialUnit->setValue(s.unitId);
        m_tabs->setCurrentIndex(SerialTab);
        break;
    case LinkDescription::Kind::Modem:
        m_modemDevice->setEditText(s.device);
        m_phone->setText(s.phoneNumber);
        m_init->setText(s.modemInit);
        m_modemUnit->setValue(s.unitId);
        m_tabs->setCurrentIndex(ModemTab);
        break;
    case LinkDescription::Kind::RtuOverTcp:
        m_gwHost->setText(s.host);
        m_gwPort->setValue(s.port);
        m_gwUnit->setValue(s.unitId);
        m_tabs->setCurrentIndex(GatewayTab);
        break;
    default:
        m_tcpHost->setText(s.host);
        m_tcpPort->setValue(s.port);
        m_tcpUnit->setValue(s.unitId);
        m_tabs->setCurrentIndex(TcpTab);
        break;
    }
}

ConnectionChoice ConnectionDialog::choice() const
{
    ConnectionChoice c;
    LinkSettings& s = c.settings;
    switch (m_tabs->currentIndex()) {
    case SerialTab:
        s.kind = LinkDescription::Kind::Serial;
        s.device = portOf(m_port);
        s.baudRate = m_baud->currentData().toInt();
        s.parity = m_parity->currentData().toChar().toLatin1();
        s.stopBits = m_stopBits->currentData().toInt();
        s.unitId = m_serialUnit->value();
        break;
    case ModemTab:
        s.kind = LinkDescription::Kind::Modem;
        s.device = portOf(m_modemDevice);
        s.phoneNumber = m_phone->text().trimmed();
        s.modemInit = m_init->text().trimmed();
        s.unitId = m_modemUnit->value();
        s.retry = RetryPolicy::forModem();
        break;
    case TcpTab:
        s.kind = LinkDescription::Kind::Tcp;
        s.host = m_tcpHost->text().trimmed();
        s.port = m_tcpPort->value();
        s.unitId = m_tcpUnit->value();
        break;
    case GatewayTab:
        s.kind = LinkDescription::Kind::RtuOverTcp;
        s.host = m_gwHost->text().trimmed();
        s.port = m_gwPort->value();
        s.unitId = m_gwUnit->value();
        break;
    default:
        c.demo = true;
        break;
    }
    return c;
}

void ConnectionDialog::refreshPorts()
{
    fillPorts(m_port);
    fillPorts(m_modemDevice);
}

void ConnectionDialog::startScan()
{
    const QString device = portOf(m_port);
    if (device.isEmpty()) {
        m_scanStatus->setText(tr("Choose a port to scan first."));
        return;
    }
    m_scanSession = std::make_unique<LinkSession>();
    LinkWorker* w = m_scanSession->worker();
    connect(w, &LinkWorker::scanProgress, this, [this](const BusScanProgress& p) {
        m_scanProgress->setMaximum(qMax(1, p.probesTotal));
        m_scanProgress->setValue(p.probesDone);
        m_scanStatus->setText(tr("Trying %1 baud, parity %2, unit %3…")
                                  .arg(p.line.baudRate)
                                  .arg(parityName(p.line.parity))
                                  .arg(p.unitId));
    });
    connect(w, &LinkWorker::scanFound, this, [this](const FoundMeter& m) {
        m_foundMeters.append(m);
        m_found->setVisible(true);
        m_found->addItem(
            tr("Unit %1 at %2 baud, parity %3, %n stop bit(s)", nullptr, m.line.stopBits)
                .arg(m.unitId)
                .arg(m.line.baudRate)
                .arg(parityName(m.line.parity)));
    });
    connect(w, &LinkWorker::scanFinished, this, &ConnectionDialog::scanFinished);
    m_foundMeters.clear();
    m_found->clear();
    m_scan->setEnabled(false);
    m_cancelScan->setEnabled(true);
    m_scanProgress->setVisible(true);
    m_scanProgress->setValue(0);
    BusScanOptions options;
    options.device = device;
    m_scanSession->post([w, options] { w->scanBus(options); });
}

void ConnectionDialog::cancelScan()
{
    if (m_scanSession)
        m_scanSession->cancel();
}

void ConnectionDialog::scanFinished(const BusScanResult& result)
{
    m_scan->setEnabled(true);
    m_cancelScan->setEnabled(false);
    m_scanProgress->setVisible(false);
    if (result.lineError)
        m_scanStatus->setText(
            tr("The port could not be used: %1").arg(GuiText::linkError(*result.lineError)));
    else if (result.cancelled)
        m_scanStatus->setText(
            tr("Scan stopped; %n meter(s) found.", nullptr, int(result.found.size())));
    else
        m_scanStatus->setText(tr("Scan done; %n meter(s) found. Pick one to use its settings.",
                                 nullptr, int(result.found.size())));
    // Let the worker thread go once this signal is handled.
    QMetaObject::invokeMethod(
        this, [this] { m_scanSession.reset(); }, Qt::QueuedConnection);
}

void ConnectionDialog::useFound(int row)
{
    if (row < 0 || row >= m_foundMeters.size())
        return;
    const FoundMeter& m = m_foundMeters.at(row);
    m_baud->setCurrentIndex(qMax(0, m_baud->findData(m.line.baudRate)));
    m_parity->setCurrentIndex(qMax(0, m_parity->findData(QChar(QLatin1Char(m.line.parity)))));
    m_stopBits->setCurrentIndex(m.line.stopBits == 2 ? 1 : 0);
    m_serialUnit->setValue(m.unitId);
}

} // namespace commissioner::gui
