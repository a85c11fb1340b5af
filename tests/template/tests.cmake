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

# Two meters' data folders and a serial number with control characters, through the CLI.
commissioner_add_test(NAME template_meter_data_cli_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/MeterDataCliTests.cpp
          ${PROJECT_SOURCE_DIR}/tests/upgrade/UpgradeFixture.cpp
          ${PROJECT_SOURCE_DIR}/tests/upgrade/UpgradeFixture.h
  LABELS integration cli
  LIBS commissioner_protocols
  TIMEOUT 300)
target_include_directories(template_meter_data_cli_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/upgrade)

# Meters holding out-of-range template values (metersim --raw-template), through the CLI.
commissioner_add_test(NAME template_out_of_range_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/OutOfRangeSimTests.cpp
          ${PROJECT_SOURCE_DIR}/tests/upgrade/UpgradeFixture.cpp
          ${PROJECT_SOURCE_DIR}/tests/upgrade/UpgradeFixture.h
  LABELS integration cli
  LIBS commissioner_protocols
  TIMEOUT 300)
target_include_directories(template_out_of_range_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/upgrade)

# recover --packages with one payload packaged for two device types, through the CLI.
commissioner_add_test(NAME template_package_choice_cli_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/PackageChoiceCliTests.cpp
          ${PROJECT_SOURCE_DIR}/tests/upgrade/UpgradeFixture.cpp
          ${PROJECT_SOURCE_DIR}/tests/upgrade/UpgradeFixture.h
  LABELS integration cli
  LIBS commissioner_protocols
  TIMEOUT 300)
target_include_directories(template_package_choice_cli_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/upgrade)
