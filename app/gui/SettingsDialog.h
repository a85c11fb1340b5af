#pragma once

#include "AppSettings.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace commissioner::gui {

class Asker;

// Timeouts, retries, outage wait, folders and language; the caller saves the result.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const AppSettings& settings, Asker* asker, QWidget* parent = nullptr);
    AppSettings settings() const;

private:
    QWidget* folderRow(QLineEdit* edit, const QString& title);

    AppSettings m_base;
    Asker* m_asker;
    QSpinBox* m_timeout;
    QSpinBox* m_retries;
    QSpinBox* m_outage;
    QLineEdit* m_dataDir;
    QLineEdit* m_packageDir;
    QComboBox* m_language;
};

} // namespace commissioner::gui
