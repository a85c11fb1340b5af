#pragma once

#include "BusScanner.h"
#include "ConnectionChoice.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace commissioner::gui {

class LinkSession;

// Where the meter is: a serial port (with a bus scan), a modem, Modbus TCP, RTU through a
// TCP gateway, or the built-in demo meter. Recent connections are offered first.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    enum Tab
    {
        SerialTab,
        ModemTab,
        TcpTab,
        GatewayTab,
        DemoTab
    };

    explicit ConnectionDialog(QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    ConnectionChoice choice() const;
    void setChoice(const ConnectionChoice& choice);
    void setCurrentTab(Tab tab);
    QTabWidget* tabs() const { return m_tabs; }

public Q_SLOTS:
    void refreshPorts();
    void startScan();
    void cancelScan();

private:
    QWidget* buildSerialTab();
    QWidget* buildModemTab();
    QWidget* buildTcpTab(QLineEdit** host, QSpinBox** port, QSpinBox** unit, const QString& note);
    QWidget* buildDemoTab();
    void applyRecent(int index);
    void scanFinished(const BusScanResult& result);
    void useFound(int row);

    QComboBox* m_recent = nullptr;
    QList<ConnectionChoice> m_recentList;
    QTabWidget* m_tabs = nullptr;
    // serial
    QComboBox* m_port = nullptr;
    QComboBox* m_baud = nullptr;
    QComboBox* m_parity = nullptr;
    QComboBox* m_stopBits = nullptr;
    QSpinBox* m_serialUnit = nullptr;
    QPushButton* m_scan = nullptr;
    QPushButton* m_cancelScan = nullptr;
    QProgressBar* m_scanProgress = nullptr;
    QLabel* m_scanStatus = nullptr;
    QListWidget* m_found = nullptr;
    QVector<FoundMeter> m_foundMeters;
    std::unique_ptr<LinkSession> m_scanSession;
    // modem
    QComboBox* m_modemDevice = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_init = nullptr;
    QSpinBox* m_modemUnit = nullptr;
    // TCP and gateway
    QLineEdit* m_tcpHost = nullptr;
    QSpinBox* m_tcpPort = nullptr;
    QSpinBox* m_tcpUnit = nullptr;
    QLineEdit* m_gwHost = nullptr;
    QSpinBox* m_gwPort = nullptr;
    QSpinBox* m_gwUnit = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace commissioner::gui
