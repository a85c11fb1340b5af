// libFuzzer harness for template files (core/TemplateFile*, TemplateIo, RawSettings): any
// bytes, as a template file a person hands to `template restore`. parseTemplate must never
// crash, and what it accepts must be safe to send: every setting of the profile either valid
// (inside its rule, and the same after the trip to registers and back, what the meter would
// store) or set apart as invalid (never restored, its rule broken, its registers kept), and
// the file saved again must read back the same.
#include "FuzzSupport.h"
#include "settings/DeviceProfile.h"
#include "settings/RawSettings.h"
#include "settings/TemplateError.h"
#include "settings/TemplateFile.h"
#include "settings/TemplateIo.h"

using namespace commissioner;

namespace {

const DeviceProfiles& profiles()
{
    static const DeviceProfiles all = [] {
        auto loaded = DeviceProfiles::load(); // the compiled-in profiles only
        if (!loaded) {
            std::fprintf(stderr, "the compiled-in device profiles do not load\n");
            std::abort();
        }
        return loaded.value();
    }();
    return all;
}

void checkAccepted(const TemplateFile& f, const DeviceProfile& profile)
{
    FUZZ_CHECK(f.settings.size() + f.invalid.size() == profile.settings().size());
    for (const SettingDef& def : profile.settings()) {
        FUZZ_CHECK(f.settings.contains(def.name) != f.invalid.contains(def.name));
        if (f.invalid.contains(def.name)) {
            // Never sent; kept as read when it fits the registers, and they break the rule.
            const InvalidSetting& bad = f.invalid[def.name];
            if (!bad.registers.isEmpty()) {
                FUZZ_CHECK(bad.registers.size() == def.registers);
                FUZZ_CHECK(!checkSettingRegisters(def, bad.registers).ok());
            }
            continue;
        }
        const SettingValue& v = f.settings[def.name];
        FUZZ_CHECK(!DeviceProfile::validate(def, v).has_value());
        // What restore writes is what the meter holds and reads back.
        const Registers regs = encodeSetting(def, v);
        FUZZ_CHECK(regs.size() == def.registers);
        FUZZ_CHECK(decodeSetting(def, regs, 0) == v);
        const auto checked = checkSettingRegisters(def, regs);
        FUZZ_CHECK(checked.ok() && checked.value() == v);
        (void)def.displayValue(v);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzzsupport::quietQt();
    FUZZ_CHECK(!profiles().all().isEmpty());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json = fuzzsupport::bytes(data, size);
    const auto parsed = parseTemplate(json, profiles());
    if (!parsed)
        return 0;
    const TemplateFile& f = parsed.value();
    const DeviceProfile* profile = profiles().forDeviceType(f.deviceType);
    FUZZ_CHECK(profile != nullptr);
    checkAccepted(f, *profile);

    // Saved again, the file reads back the same.
    const auto again = parseTemplate(f.toJson(*profile), profiles());
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value().deviceType == f.deviceType);
    FUZZ_CHECK(again.value().settings == f.settings);
    FUZZ_CHECK(again.value().invalid.keys() == f.invalid.keys());
    for (auto it = f.invalid.begin(); it != f.invalid.end(); ++it)
        FUZZ_CHECK(again.value().invalid[it.key()].registers == it.value().registers);
    FUZZ_CHECK(again.value().model == f.model);
    FUZZ_CHECK(again.value().serialNumber == f.serialNumber);
    FUZZ_CHECK(again.value().firmware == f.firmware);
    FUZZ_CHECK(again.value().hwRevision == f.hwRevision);
    return 0;
}
