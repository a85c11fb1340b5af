#include "SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace commissioner::gui {

SettingsDialog::SettingsDialog(const AppSettings& s, Asker* asker, QWidget* parent)
    : QDialog(parent), m_base(s), m_asker(asker)
{
    setWindowTitle(tr("Settings"));
    auto* v = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_timeout = new QSpinBox;
    m_timeout->setRange(100, 60000);
    m_timeout->setSingleStep(100);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setValue(s.responseTimeoutMs);
    m_retries = new QSpinBox;
    m_retries->setRange(0, 20);
    m_retries->setValue(s.retries);
    m_outage = new QSpinBox;
    m_outage->setRange(10, 86400);
    m_outage->setSuffix(tr(" s"));
    m_outage->setValue(s.outageWaitSeconds);
    m_outage->setToolTip(tr("How long an upgrade waits for a silent meter before it stops (the "
                            "meter stays resumable)."));
    m_dataDir = new QLineEdit(s.dataDir);
    m_packageDir = new QLineEdit(s.packageDir);
    m_language = new QComboBox;
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.language)));

    const auto addRow = [form](const QString& text, QWidget* field, QWidget* buddy) {
        auto* l = new QLabel(text);
        l->setBuddy(buddy);
        form->addRow(l, field);
    };
    addRow(tr("&Response timeout:"), m_timeout, m_timeout);
    addRow(tr("Re&tries per request:"), m_retries, m_retries);
    addRow(tr("&Wait for a silent meter:"), m_outage, m_outage);
    addRow(tr("&Data folder (logs, backups):"), folderRow(m_dataDir, tr("Data folder")), m_dataDir);
    addRow(tr("&Package folder:"), folderRow(m_packageDir, tr("Package folder")), m_packageDir);
    addRow(tr("&Language:"), m_language, m_language);
    v->addLayout(form);
    auto* note = new QLabel(tr("A new language applies the next time Commissioner starts."));
    note->setWordWrap(true);
    v->addWidget(note);
    v->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
}

QWidget* SettingsDialog::folderRow(QLineEdit* edit, const QString& title)
{
    auto* w = new QWidget;
    auto* h = new QHBoxLayout(w);
    h->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this, edit, title] {
        const QString dir = QFileDialog::getExistingDirectory(this, title, edit->text());
        if (!dir.isEmpty())
            edit->setText(dir);
    });
    h->addWidget(edit, 1);
    h->addWidget(browse);
    setTabOrder(edit, browse);
    return w;
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_base;
    s.responseTimeoutMs = m_timeout->value();
    s.retries = m_retries->value();
    s.outageWaitSeconds = m_outage->value();
    s.dataDir = m_dataDir->text().trimmed();
    s.packageDir = m_packageDir->text().trimmed();
    s.language = m_language->currentData().toString();
    return s;
}

} // namespace commissioner::gui
