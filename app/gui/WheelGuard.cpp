#include "WheelGuard.h"

#include <QEvent>
#include <QWidget>

namespace commissioner::gui {

void WheelGuard::install(QWidget* field)
{
    field->setFocusPolicy(Qt::StrongFocus); // the default WheelFocus lets the wheel take focus
    field->installEventFilter(new WheelGuard(field));
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Wheel)
        return false;
    const auto* field = qobject_cast<QWidget*>(watched);
    if (!field || field->hasFocus())
        return false;
    // Ignored and filtered: the application hands it on to the parents (the scroll area).
    event->ignore();
    return true;
}

} // namespace commissioner::gui
