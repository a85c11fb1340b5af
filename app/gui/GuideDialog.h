#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace commissioner::gui {

// The technician's guide (docs/guide.md with its screenshots), built into the program as a
// resource so that it is there wherever the program is installed, shown as formatted text.
class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget* parent = nullptr);

    // Where the guide is read from; its screenshots are found beside it.
    static QUrl guideUrl();
    // False when the guide could not be found (a build without it).
    bool hasGuide() const;
    QString title() const; // the guide's first heading
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace commissioner::gui
