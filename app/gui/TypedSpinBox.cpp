#include "TypedSpinBox.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>

namespace commissioner::gui {

namespace {

// The events on which QAbstractSpinBox puts its last value back in the field.
bool resetsText(const QEvent* event)
{
    switch (event->type()) {
    case QEvent::FocusOut:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::ActivationChange:
        return true;
    case QEvent::KeyPress: {
        const int key = static_cast<const QKeyEvent*>(event)->key();
        return key == Qt::Key_Return || key == Qt::Key_Enter;
    }
    default:
        return false;
    }
}

} // namespace

bool TypedSpinBox::isWholeNumber(const QString& text)
{
    // Up to 20 digits: past 64 bits is still a number to name, not a keystroke to drop.
    static const QRegularExpression number(QStringLiteral("^\\s*[+-]?[0-9]{1,20}\\s*$"));
    return number.match(text).hasMatch();
}

TypedSpinBox::TypedSpinBox(QWidget* parent) : QSpinBox(parent)
{
    // QSpinBox::textChanged comes only with a new value; the field's own signal with every edit.
    connect(lineEdit(), &QLineEdit::textChanged, this, &TypedSpinBox::typedTextChanged);
}

QString TypedSpinBox::typedText() const
{
    return cleanText().trimmed();
}

void TypedSpinBox::setTypedText(const QString& text)
{
    lineEdit()->setText(text.trimmed());
}

bool TypedSpinBox::isOutsideRange() const
{
    return isOutside(lineEdit()->text());
}

bool TypedSpinBox::isOutside(const QString& text) const
{
    if (!isWholeNumber(text))
        return false;
    bool fits = false;
    const qint64 v = text.trimmed().toLongLong(&fits);
    return !fits || v < minimum() || v > maximum();
}

QValidator::State TypedSpinBox::validate(QString& input, int& pos) const
{
    const QValidator::State state = QSpinBox::validate(input, pos);
    // Not Invalid, which would drop the keystroke: the editor marks it and names the range.
    if (state == QValidator::Invalid && isOutside(input))
        return QValidator::Intermediate;
    return state;
}

bool TypedSpinBox::event(QEvent* event)
{
    if (!resetsText(event))
        return QSpinBox::event(event);
    const QString typed = lineEdit()->text();
    const bool keep = isOutside(typed);
    const bool handled = QSpinBox::event(event);
    // QAbstractSpinBox put the last value back without a signal: the typed number again.
    if (keep && lineEdit()->text() != typed)
        lineEdit()->setText(typed);
    return handled;
}

} // namespace commissioner::gui
