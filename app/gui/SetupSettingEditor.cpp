#include "SetupSettingEditor.h"

#include "SetupText.h"
#include "TypedSpinBox.h"
#include "WheelGuard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <limits>

namespace commissioner::gui {

namespace {

// The whole numbers a spin box can hold for this setting: the profile's range, else the type's.
bool spinRange(const SettingDef& def, int* lo, int* hi)
{
    qint64 tLo = 0, tHi = 0;
    switch (def.type) {
    case SettingType::U16:
        tHi = 65535;
        break;
    case SettingType::S16:
        tLo = -32768;
        tHi = 32767;
        break;
    case SettingType::U32:
        tHi = 4294967295LL;
        break;
    default:
        return false;
    }
    const qint64 a = def.min.value_or(tLo);
    const qint64 b = def.max.value_or(tHi);
    if (a < std::numeric_limits<int>::min() || b > std::numeric_limits<int>::max())
        return false;
    *lo = int(a);
    *hi = int(b);
    return true;
}

const QColor kChangedColour(255, 236, 179); // as the templates page marks a difference

} // namespace

QColor SetupSettingEditor::invalidColour()
{
    return QColor(255, 205, 205); // no value of the setting, or one the meter refused
}

SetupSettingEditor::SetupSettingEditor(const SettingDef& def, QWidget* parent)
    : QWidget(parent), m_def(def)
{
    build();
}

void SetupSettingEditor::build()
{
    m_label = new QLabel(m_def.name);
    m_label->setObjectName(m_def.name + QStringLiteral("_label"));
    auto* h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    if (m_def.type == SettingType::Enum || !m_def.allowed.isEmpty()) {
        m_combo = new QComboBox;
        if (m_def.type == SettingType::Enum) {
            for (const EnumOption& o : m_def.options)
                m_combo->addItem(o.label, o.value);
        } else {
            for (qint64 v : m_def.allowed)
                m_combo->addItem(QString::number(v), v);
        }
        connect(m_combo, &QComboBox::currentIndexChanged, this, &SetupSettingEditor::onEdited);
        WheelGuard::install(m_combo);
        m_editor = m_combo;
    } else if (QWidget* spin = buildNumberEditor()) {
        m_editor = spin;
    } else {
        m_line = new QLineEdit;
        if (m_def.type == SettingType::Ascii) {
            m_line->setMaxLength(m_def.registers * 2);
        } else {
            // u64 readings (and any whole number too wide for a spin box): digits only; the range
            // is core's to check, so a value past it is named rather than cut short.
            static const QRegularExpression digits(QStringLiteral("[+-]?[0-9]{0,20}"));
            m_line->setValidator(new QRegularExpressionValidator(digits, m_line));
        }
        connect(m_line, &QLineEdit::textChanged, this, &SetupSettingEditor::onEdited);
        m_editor = m_line;
    }
    m_editor->setObjectName(m_def.name);
    m_label->setBuddy(m_editor);
    // Wide enough for a nameplate's 32 characters, not the whole window: the unit stays near.
    m_editor->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 34);
    h->addWidget(m_editor, 1);
    m_unit = new QLabel(m_def.unit);
    m_unit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0.01 degree")));
    h->addWidget(m_unit);
    h->addStretch();
    setEnabled(false); // until the meter's value is known
    updateMarking();
}

// A spin box over the spec's range, for the whole numbers one can hold; nullptr otherwise.
QWidget* SetupSettingEditor::buildNumberEditor()
{
    int lo = 0, hi = 0;
    if (!spinRange(m_def, &lo, &hi))
        return nullptr;
    m_spin = new TypedSpinBox;
    m_spin->setRange(lo, hi);
    connect(m_spin, &TypedSpinBox::typedTextChanged, this, &SetupSettingEditor::onEdited);
    // A step (arrows, the wheel in the field) can change the value without the field's signal.
    connect(m_spin, &QSpinBox::valueChanged, this, &SetupSettingEditor::onEdited);
    WheelGuard::install(m_spin);
    return m_spin;
}

QString SetupSettingEditor::meterText() const
{
    return m_meter ? editText(m_def, *m_meter) : QString();
}

void SetupSettingEditor::setMeterValue(const SettingValue& value, bool keepEdit)
{
    m_meter = value;
    setEnabled(true);
    if (keepEdit && m_changed) {
        updateMarking();
        return;
    }
    m_loading = true;
    const QString text = meterText();
    if (m_combo) {
        // A value the meter holds but the profile does not allow is shown as it is, never
        // replaced by a choice the person did not make.
        const int known =
            m_def.type == SettingType::Enum ? int(m_def.options.size()) : int(m_def.allowed.size());
        while (m_combo->count() > known)
            m_combo->removeItem(m_combo->count() - 1);
        int index = m_combo->findData(value.toInteger());
        if (index < 0) {
            m_combo->addItem(tr("%1 (not a valid choice)").arg(value.toInteger()),
                             value.toInteger());
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(index);
    } else if (m_spin) {
        // Likewise a number outside the spec's range: the box widens to show it, not clamp it.
        int lo = 0, hi = 0;
        spinRange(m_def, &lo, &hi);
        const qint64 v = value.toInteger();
        m_spin->setRange(
            int(std::max<qint64>(std::min<qint64>(lo, v), std::numeric_limits<int>::min())),
            int(std::min<qint64>(std::max<qint64>(hi, v), std::numeric_limits<int>::max())));
        m_spin->setValue(int(v));
    } else {
        m_line->setText(text);
    }
    m_refused.clear();
    m_meterRefusal.clear();
    m_loading = false;
    updateMarking();
}

void SetupSettingEditor::clearMeterValue()
{
    m_meter.reset();
    m_refused.clear();
    m_meterRefusal.clear();
    setEnabled(false);
    updateMarking();
}

QString SetupSettingEditor::text() const
{
    if (m_combo)
        return QString::number(m_combo->currentData().toLongLong());
    if (m_spin)
        return m_spin->typedText();
    return m_line->text();
}

void SetupSettingEditor::setText(const QString& text)
{
    if (m_combo) {
        int index = -1;
        for (int i = 0; i < m_combo->count() && index < 0; ++i)
            if (m_combo->itemText(i).compare(text.trimmed(), Qt::CaseInsensitive) == 0 ||
                QString::number(m_combo->itemData(i).toLongLong()) == text.trimmed())
                index = i;
        if (index < 0) {
            refuse(text);
            return;
        }
        m_combo->setCurrentIndex(index);
        return;
    }
    if (m_spin) {
        if (!TypedSpinBox::isWholeNumber(text)) {
            refuse(text); // no key would type it into the box
            return;
        }
        bool number = false;
        const qint64 v = text.trimmed().toLongLong(&number);
        if (!number || v < m_spin->minimum() || v > m_spin->maximum()) {
            m_spin->setTypedText(text); // kept as typed, marked, and Send waits for a fix
            return;
        }
        m_spin->setValue(int(v));
        onEdited(); // the same value puts its text back without a signal
        return;
    }
    if (m_line->maxLength() < text.size()) {
        refuse(text);
        return;
    }
    m_line->setText(text);
}

void SetupSettingEditor::revert()
{
    if (m_meter)
        setMeterValue(*m_meter, false);
}

std::optional<SettingInputError> SetupSettingEditor::inputError() const
{
    const auto parsed = parseSettingValue(m_def, text());
    if (parsed)
        return std::nullopt;
    return parsed.error();
}

void SetupSettingEditor::refuse(const QString& typed)
{
    const auto parsed = parseSettingValue(m_def, typed);
    if (parsed) {
        // Core takes it but the box does not (a range the box narrowed): name the box's range.
        SettingInputError e;
        e.kind = SettingInputErrorKind::NotAChoice;
        e.setting = m_def.name;
        e.text = typed;
        e.rule = m_def.ruleText();
        m_refused = SetupText::inputError(e);
    } else {
        m_refused = SetupText::inputError(parsed.error());
    }
    Q_EMIT edited();
}

void SetupSettingEditor::markRefusedByMeter(const QString& sentence)
{
    m_meterRefusal = sentence;
    updateMarking();
}

void SetupSettingEditor::onEdited()
{
    if (!m_loading) {
        m_refused.clear();
        m_meterRefusal.clear();
    }
    updateMarking();
}

void SetupSettingEditor::updateMarking()
{
    const auto parsed = parseSettingValue(m_def, text());
    const bool invalid = !parsed;
    m_changed = m_meter && (invalid || parsed.value() != *m_meter);
    m_invalid = m_changed && invalid;
    const bool red = m_changed && (invalid || !m_meterRefusal.isEmpty());

    QFont f = m_label->font();
    f.setBold(m_changed);
    m_label->setFont(f);
    QFont ef = m_editor->font();
    ef.setBold(m_changed);
    m_editor->setFont(ef);
    QPalette p = palette();
    if (m_changed) {
        const QColor c = red ? invalidColour() : kChangedColour;
        p.setColor(QPalette::Base, c);
        p.setColor(QPalette::Button, c);
    }
    m_editor->setPalette(p);
    m_editor->setProperty("invalid", m_invalid);

    QString tip = tr("%1: %2").arg(m_def.name, m_def.ruleText());
    if (invalid)
        tip = SetupText::inputError(parsed.error());
    else if (red)
        tip = m_meterRefusal;
    else if (m_changed)
        tip = tr("Changed: the meter holds %1.").arg(SetupText::value(m_def, *m_meter));
    m_editor->setToolTip(tip);
    m_label->setToolTip(tip);
    if (!m_loading)
        Q_EMIT edited();
}

} // namespace commissioner::gui
