#pragma once

#include <QSpinBox>

namespace commissioner::gui {

// A spin box over a setting's range that keeps a whole number typed outside that range as typed
// (QSpinBox drops the keystroke, or puts its last value back when the field loses focus), so
// the editor can mark it and name the rule. value() stays the last number inside the range;
// the text is what the person typed.
class TypedSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit TypedSpinBox(QWidget* parent = nullptr);

    // The field's text as typed ("700"), kept even when outside the range.
    QString typedText() const;
    void setTypedText(const QString& text); // as if typed: a number outside the range stays
    bool isOutsideRange() const;            // the text is a whole number outside the range
    // A whole number as a person types one (sign, digits), however large.
    static bool isWholeNumber(const QString& text);

Q_SIGNALS:
    void typedTextChanged(const QString& text); // every change of the text, typed or set

protected:
    QValidator::State validate(QString& input, int& pos) const override;
    bool event(QEvent* event) override;

private:
    bool isOutside(const QString& text) const;
};

} // namespace commissioner::gui
