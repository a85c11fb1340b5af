#include "SetupGroupEditor.h"

#include "SetupSettingEditor.h"
#include "SetupText.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace commissioner::gui {

SetupGroupEditor::SetupGroupEditor(const SettingGroup& group, const QVector<SettingDef>& settings,
                                   QWidget* parent)
    : QGroupBox(group.name, parent), m_id(group.id)
{
    setObjectName(QStringLiteral("setupGroup_") + group.id);
    auto* v = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const SettingDef& def : settings) {
        auto* e = new SetupSettingEditor(def);
        form->addRow(e->label(), e);
        connect(e, &SetupSettingEditor::edited, this, &SetupGroupEditor::update);
        m_editors << e;
    }
    v->addLayout(form);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("setupGroupMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();
    v->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    // No accelerators: every group has these two buttons; the page's own have them.
    m_revert = new QPushButton(tr("Revert"));
    m_revert->setToolTip(tr("Show the meter's values again in this group"));
    m_send = new QPushButton(tr("Send"));
    m_send->setToolTip(tr("Write this group's changed settings to the meter and read them back"));
    connect(m_revert, &QPushButton::clicked, this, &SetupGroupEditor::revert);
    connect(m_send, &QPushButton::clicked, this, [this] { Q_EMIT sendRequested(m_id); });
    buttons->addWidget(m_revert);
    buttons->addWidget(m_send);
    v->addLayout(buttons);
    update();
}

SetupSettingEditor* SetupGroupEditor::editor(const QString& setting) const
{
    for (SetupSettingEditor* e : m_editors)
        if (e->name() == setting)
            return e;
    return nullptr;
}

QStringList SetupGroupEditor::changedSettings() const
{
    QStringList names;
    for (const SetupSettingEditor* e : m_editors)
        if (e->isChanged())
            names << e->name();
    return names;
}

bool SetupGroupEditor::hasInvalidValue() const
{
    for (const SetupSettingEditor* e : m_editors)
        if (e->isMarkedInvalid())
            return true;
    return false;
}

QString SetupGroupEditor::messageText() const
{
    return m_message->text();
}

void SetupGroupEditor::setBusy(bool busy)
{
    m_busy = busy;
    refreshButtons();
}

void SetupGroupEditor::refreshButtons()
{
    const bool changed = !changedSettings().isEmpty();
    m_send->setEnabled(changed && !m_busy && !hasInvalidValue());
    m_revert->setEnabled(changed && !m_busy);
}

void SetupGroupEditor::revert()
{
    for (SetupSettingEditor* e : std::as_const(m_editors))
        e->revert();
    update();
}

void SetupGroupEditor::update()
{
    QStringList problems;
    for (const SetupSettingEditor* e : std::as_const(m_editors)) {
        if (const auto error = e->inputError(); error && e->isChanged())
            problems << SetupText::inputError(*error);
        else if (!e->refusedText().isEmpty())
            problems << e->refusedText();
        else if (!e->meterRefusal().isEmpty() && e->isChanged())
            problems << e->meterRefusal();
    }
    m_message->setText(problems.join(QLatin1Char('\n')));
    m_message->setVisible(!problems.isEmpty());
    refreshButtons();
    Q_EMIT edited();
}

} // namespace commissioner::gui
