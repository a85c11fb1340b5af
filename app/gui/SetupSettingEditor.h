#pragma once

#include "settings/DeviceProfile.h"
#include "settings/SettingInput.h"

#include <QColor>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace commissioner::gui {

class TypedSpinBox;

// One template setting on the Setup tab, with the editor its type asks for: a spin box over
// the spec's range, a list of the choices (enums and "one of" values), a line edit for ASCII
// text (at most two characters a register) and for 64-bit energy readings. It knows the value
// the meter holds and marks itself (bold, coloured, the meter's value as tooltip) while the
// person's value differs; red while it is no value of the setting (a number typed outside the
// range stays as typed) or the meter refused it. Values are read and checked by core
// (parseSettingValue) only. The wheel changes a value only in the field that has focus.
class SetupSettingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SetupSettingEditor(const SettingDef& def, QWidget* parent = nullptr);

    const SettingDef& def() const { return m_def; }
    QString name() const { return m_def.name; }
    QLabel* label() const { return m_label; } // the form's label for this setting
    QWidget* editor() const { return m_editor; }

    // What the meter holds, as last read; the editor shows it unless the person changed it.
    void setMeterValue(const SettingValue& value, bool keepEdit);
    std::optional<SettingValue> meterValue() const { return m_meter; }
    void clearMeterValue(); // no meter (another one, or none): disabled until the next read

    // The editor's value as text, as parseSettingValue reads it ("14400", "1", "Main feeder").
    QString text() const;
    void setText(const QString& text); // as if the person had typed or chosen it
    void revert();                     // back to the meter's value

    // The person's value differs from the meter's (or is no valid value at all).
    bool isChanged() const { return m_changed; }
    // Why the editor's value is not one this setting takes; nullopt when it is.
    std::optional<SettingInputError> inputError() const;
    // Marked red, and no Send until it is fixed: the value shown is none this setting takes.
    // The editor's "invalid" property says the same (for style sheets and tests).
    bool isMarkedInvalid() const { return m_invalid; }
    // The editor's background while its value is invalid or refused by the meter.
    static QColor invalidColour();
    // The last value the editor itself would not take (a choice not in the list, text too
    // long), until the next value it takes. Empty when none.
    QString refusedText() const { return m_refused; }
    // The meter refused this value at the last send: marked red with `sentence` until the
    // value is edited, reverted or read afresh. Empty when none.
    void markRefusedByMeter(const QString& sentence);
    QString meterRefusal() const { return m_meterRefusal; }

Q_SIGNALS:
    void edited(); // the value or its marking changed

private:
    void build();
    QWidget* buildNumberEditor();
    void onEdited(); // the person changed the value: what was refused before no longer holds
    void updateMarking();
    void refuse(const QString& typed);
    QString meterText() const;

    SettingDef m_def;
    std::optional<SettingValue> m_meter;
    bool m_changed = false;
    bool m_invalid = false;
    bool m_loading = false;
    QString m_refused;
    QString m_meterRefusal;
    QLabel* m_label = nullptr;
    QLabel* m_unit = nullptr;
    QWidget* m_editor = nullptr;
    TypedSpinBox* m_spin = nullptr;
    QComboBox* m_combo = nullptr;
    QLineEdit* m_line = nullptr;
};

} // namespace commissioner::gui
