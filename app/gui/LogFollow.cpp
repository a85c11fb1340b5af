#include "LogFollow.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <memory>

namespace commissioner::gui {

void followEnd(QPlainTextEdit* log)
{
    QScrollBar* bar = log->verticalScrollBar();
    auto following = std::make_shared<bool>(true);
    // Only a value the range already allows says where the person is: a range change comes
    // first (QAbstractSlider::setRange emits rangeChanged, then clamps the value).
    QObject::connect(bar, &QAbstractSlider::valueChanged, log,
                     [bar, following](int value) { *following = value >= bar->maximum(); });
    QObject::connect(bar, &QAbstractSlider::rangeChanged, log, [bar, following](int, int maximum) {
        if (*following)
            bar->setValue(maximum);
    });
}

} // namespace commissioner::gui
