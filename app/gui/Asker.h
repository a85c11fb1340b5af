#pragma once

#include <QString>

class QWidget;

namespace commissioner::gui {

// Every question the application puts to a person in a modal box goes through here, so
// the flows can be driven by tests (which give their own answers) without a hanging
// QMessageBox or QFileDialog.
class Asker
{
public:
    virtual ~Asker() = default;
    virtual bool question(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void warn(QWidget* parent, const QString& title, const QString& text) = 0;
    // Empty: the person cancelled.
    virtual QString openFile(QWidget* parent, const QString& title, const QString& dir,
                             const QString& filter) = 0;
    virtual QString saveFile(QWidget* parent, const QString& title, const QString& dir,
                             const QString& filter) = 0;
};

// The real dialogs.
class DialogAsker final : public Asker
{
public:
    bool question(QWidget* parent, const QString& title, const QString& text) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    void warn(QWidget* parent, const QString& title, const QString& text) override;
    QString openFile(QWidget* parent, const QString& title, const QString& dir,
                     const QString& filter) override;
    QString saveFile(QWidget* parent, const QString& title, const QString& dir,
                     const QString& filter) override;
};

} // namespace commissioner::gui
