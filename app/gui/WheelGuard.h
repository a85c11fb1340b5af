#pragma once

#include <QObject>

class QWidget;

namespace commissioner::gui {

// The mouse wheel turns a value only in the field being edited: over any other field it scrolls
// the page, as a person scrolling a long form expects (no setting changed in passing).
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Guards `field` (a spin box, a list of choices): it takes focus from a click or Tab, never
    // from the wheel, and a wheel event while it lacks focus goes on to its parents.
    static void install(QWidget* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WheelGuard(QObject* parent) : QObject(parent) {}
};

} // namespace commissioner::gui
