# Template settings: profiles, the file format, read/restore/compare, backups, CLI.
commissioner_add_test(NAME template_unit_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/TemplateUnitTests.cpp
          ${CMAKE_CURRENT_LIST_DIR}/FakeTemplateMeter.cpp
          ${CMAKE_CURRENT_LIST_DIR}/FakeTemplateMeter.h
  LABELS unit)

commissioner_add_test(NAME template_metersim_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/TemplateSimTests.cpp
  LABELS integration
  LIBS commissioner_protocols
  TIMEOUT 180)

commissioner_add_test(NAME template_data_safety_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/DataSafetyUnitTests.cpp
          ${CMAKE_CURRENT_LIST_DIR}/PackageFinderTests.cpp
          ${CMAKE_CURRENT_LIST_DIR}/FakeTemplateMeter.cpp
          ${CMAKE_CURRENT_LIST_DIR}/FakeTemplateMeter.h
  LABELS unit)

# CLI tests against metersim that share the upgrade tests' fixture (a meter, a data folder,
# packages, commissioner-cli as a process).
function(commissioner_add_template_cli_test NAME SOURCE)
  commissioner_add_test(NAME ${NAME}
    SOURCES ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/${SOURCE}
            ${PROJECT_SOURCE_DIR}/tests/upgrade/UpgradeFixture.cpp
            ${PROJECT_SOURCE_DIR}/tests/upgrade/UpgradeFixture.h
    LABELS integration cli
    LIBS commissioner_protocols
    TIMEOUT 300)
  target_include_directories(${NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/upgrade)
endfunction()

# Two meters' data folders and a serial number with control characters.
commissioner_add_template_cli_test(template_meter_data_cli_tests MeterDataCliTests.cpp)
# Meters holding out-of-range template values (metersim --raw-template).
commissioner_add_template_cli_test(template_out_of_range_tests OutOfRangeSimTests.cpp)
# recover --packages with one payload packaged for two device types.
commissioner_add_template_cli_test(template_package_choice_cli_tests PackageChoiceCliTests.cpp)
