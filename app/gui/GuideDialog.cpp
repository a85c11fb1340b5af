#include "GuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace commissioner::gui {

GuideDialog::GuideDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Commissioner guide"));
    auto* v = new QVBoxLayout(this);
    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    if (QFile::exists(guideUrl().path().prepend(QLatin1Char(':')))) {
        // A .md source is read as Markdown; ./screenshots/... resolve beside it.
        m_browser->setSource(guideUrl(), QTextDocument::MarkdownResource);
    } else {
        m_browser->setPlainText(tr("The guide is missing from this build of Commissioner."));
    }
    v->addWidget(m_browser, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    // Text units, so it scales with the font: about 90 columns by 40 lines.
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 90, fm.height() * 40);
}

QUrl GuideDialog::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/guide/guide.md"));
}

bool GuideDialog::hasGuide() const
{
    return m_browser->source() == guideUrl() && !m_browser->document()->isEmpty();
}

QString GuideDialog::title() const
{
    return m_browser->document()->firstBlock().text();
}

} // namespace commissioner::gui
