// libFuzzer harness for device profiles (core/DeviceProfile): any bytes, as a profile file
// in a person's data folder (<data folder>/profiles/*.json, read at start-up). fromJson must
// never crash, and a profile it accepts must be one the rest of the tool can use safely:
// settings in address order without overlaps, each factory default inside its own rule and
// unchanged by the trip to registers and back, and every setting readable and writable in
// Modbus requests of the sizes the tool uses.
#include "FuzzSupport.h"
#include "meter/RegisterMap.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateError.h"
#include "settings/TemplateIo.h"

using namespace commissioner;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzzsupport::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto parsed =
        DeviceProfile::fromJson(fuzzsupport::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!parsed)
        return 0;
    const DeviceProfile& p = parsed.value();
    FUZZ_CHECK(!p.deviceTypes().isEmpty());
    for (const DeviceTypeInfo& t : p.deviceTypes()) {
        FUZZ_CHECK(t.deviceType >= 1 && t.deviceType <= 0xFFFF);
        FUZZ_CHECK(p.hasDeviceType(t.deviceType));
    }
    FUZZ_CHECK(!p.settings().isEmpty());

    const QVector<SettingDef>& settings = p.settings();
    for (int i = 0; i < settings.size(); ++i) {
        const SettingDef& d = settings[i];
        FUZZ_CHECK(p.setting(d.name) != nullptr);
        FUZZ_CHECK(p.group(d.group) != nullptr);
        FUZZ_CHECK(d.registers >= 1);
        FUZZ_CHECK(d.address >= 0 && d.end() - 1 <= 0xFFFF);
        if (i > 0)
            FUZZ_CHECK(settings[i - 1].end() <= d.address);
        FUZZ_CHECK(!DeviceProfile::validate(d, d.factoryDefault).has_value());
        const Registers regs = encodeSetting(d, d.factoryDefault);
        FUZZ_CHECK(regs.size() == d.registers);
        FUZZ_CHECK(decodeSetting(d, regs, 0) == d.factoryDefault);
        (void)d.ruleText();
        (void)d.displayValue(d.factoryDefault);
    }
    for (const ExcludedRegister& x : p.excluded())
        for (const SettingDef& d : settings)
            FUZZ_CHECK(!(x.address < d.end() && d.address < x.address + x.registers));
    (void)p.factoryDefaults();

    // Reads and writes go in runs the protocol allows.
    for (const int limit : {regs::MaxReadRegisters, regs::MaxWriteRegisters}) {
        int covered = 0;
        for (const RegisterRun& run : planRuns(settings, limit)) {
            FUZZ_CHECK(run.count >= 1 && run.count <= limit);
            int at = run.address;
            for (const SettingDef& s : run.settings) {
                FUZZ_CHECK(s.address == at);
                at += s.registers;
            }
            FUZZ_CHECK(at == run.address + run.count);
            covered += run.settings.size();
        }
        FUZZ_CHECK(covered == settings.size());
    }
    return 0;
}
