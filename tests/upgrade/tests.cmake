# The firmware upgrade end to end: commissioner-cli against metersim, both as processes.
commissioner_add_test(NAME upgrade_job_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/UpgradeFixture.cpp
          ${CMAKE_CURRENT_LIST_DIR}/UpgradeFixture.h
          ${CMAKE_CURRENT_LIST_DIR}/UpgradeCleanTests.cpp
          ${CMAKE_CURRENT_LIST_DIR}/UpgradeFaultTests.cpp
          ${CMAKE_CURRENT_LIST_DIR}/UpgradeRefusalTests.cpp
  LABELS integration
  LIBS commissioner_protocols ZLIB::ZLIB
  TIMEOUT 400)
# A meter that bends the spec, or a bus with another meter on it: every loop bounded, nothing
# written to the wrong meter or before the checks (issues 12 and 14).
commissioner_add_test(NAME upgrade_safety_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/UpgradeFixture.cpp
          ${CMAKE_CURRENT_LIST_DIR}/UpgradeFixture.h
          ${CMAKE_CURRENT_LIST_DIR}/UpgradeInProcess.cpp
          ${CMAKE_CURRENT_LIST_DIR}/UpgradeInProcess.h
          ${CMAKE_CURRENT_LIST_DIR}/UpgradeSafetyTests.cpp
  LABELS integration
  LIBS commissioner_protocols ZLIB::ZLIB
  TIMEOUT 400)
target_include_directories(upgrade_safety_tests PRIVATE ${PROJECT_SOURCE_DIR}/app/cli)
commissioner_add_test(NAME upgrade_unit_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/UpgradeUnitTests.cpp
  LABELS unit)
# The upgrade job's decisions (core/upgrade/UpgradePolicy.h) from tables of meter observations.
commissioner_add_test(NAME upgrade_policy_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/PolicyRows.h
          ${CMAKE_CURRENT_LIST_DIR}/UpgradePolicyTests.cpp ${CMAKE_CURRENT_LIST_DIR}/UpgradeWaitPolicyTests.cpp
          ${CMAKE_CURRENT_LIST_DIR}/ConfirmPolicyTests.cpp
  LABELS unit)
# Issue 20: tests that fail when a fix is reverted. The backup check inside the job's hooks,
# no factory-address adoption after a stranger answered there (metersim --shared-unit), and a
# resync that checks DEVICE_MODE before it goes back to the transfer.
commissioner_add_test(NAME upgrade_regression_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/UpgradeFixture.cpp
          ${CMAKE_CURRENT_LIST_DIR}/UpgradeFixture.h
          ${CMAKE_CURRENT_LIST_DIR}/UpgradeInProcess.cpp
          ${CMAKE_CURRENT_LIST_DIR}/UpgradeInProcess.h
          ${CMAKE_CURRENT_LIST_DIR}/BackupVerifyTests.cpp
          ${CMAKE_CURRENT_LIST_DIR}/StrangerRuleTests.cpp
          ${CMAKE_CURRENT_LIST_DIR}/ResyncModeTests.cpp
  LABELS integration
  LIBS commissioner_protocols ZLIB::ZLIB
  TIMEOUT 400)
target_include_directories(upgrade_regression_tests PRIVATE ${PROJECT_SOURCE_DIR}/app/cli)
