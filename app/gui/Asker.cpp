#include "Asker.h"

#include <QFileDialog>
#include <QMessageBox>

namespace commissioner::gui {

bool DialogAsker::question(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::Yes) == QMessageBox::Yes;
}

void DialogAsker::inform(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

void DialogAsker::warn(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

QString DialogAsker::openFile(QWidget* parent, const QString& title, const QString& dir,
                              const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

QString DialogAsker::saveFile(QWidget* parent, const QString& title, const QString& dir,
                              const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, dir, filter);
}

} // namespace commissioner::gui
