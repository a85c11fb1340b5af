# The use cases: the rules every writing job keeps, whichever front end calls it; in memory,
# on fake meters (the XMODEM recovery, the backup offered after a factory reset, template save
# and compare, identify, settings read, history, report, the writing jobs' rules).
commissioner_add_test(NAME usecase_unit_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/UseCaseUnitTests.cpp
          ${CMAKE_CURRENT_LIST_DIR}/XmodemRecoveryUseCaseTests.cpp
          ${CMAKE_CURRENT_LIST_DIR}/BackupOfferTests.cpp
          ${CMAKE_CURRENT_LIST_DIR}/TemplateSaveCompareTests.cpp
          ${CMAKE_CURRENT_LIST_DIR}/ReadUseCaseTests.cpp
          ${CMAKE_CURRENT_LIST_DIR}/SettingsReadHistoryTests.cpp
          ${PROJECT_SOURCE_DIR}/tests/template/FakeTemplateMeter.cpp
          ${PROJECT_SOURCE_DIR}/tests/template/FakeTemplateMeter.h
  LABELS unit)
target_include_directories(usecase_unit_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/template)

commissioner_add_test(NAME usecase_write_rules_cli_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/WriteRulesCliTests.cpp
          ${PROJECT_SOURCE_DIR}/tests/upgrade/UpgradeFixture.cpp
          ${PROJECT_SOURCE_DIR}/tests/upgrade/UpgradeFixture.h
  LABELS integration cli
  LIBS commissioner_protocols
  TIMEOUT 300)
target_include_directories(usecase_write_rules_cli_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/upgrade)

# More of the same rules: the restore offered after a recovery (over Modbus and after recover
# --xmodem, metersim on a pty of its own: no socat or lrzsz) goes to the backup's own meter
# only, the XMODEM recovery's history record, and clock sync read back from the meter.
commissioner_add_test(NAME usecase_write_rules_more_cli_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/WriteRulesCliMoreTests.cpp
          ${PROJECT_SOURCE_DIR}/tests/upgrade/UpgradeFixture.cpp
          ${PROJECT_SOURCE_DIR}/tests/upgrade/UpgradeFixture.h
  LABELS integration cli
  LIBS commissioner_protocols
  TIMEOUT 300)
target_include_directories(usecase_write_rules_more_cli_tests PRIVATE
  ${PROJECT_SOURCE_DIR}/tests/upgrade)
