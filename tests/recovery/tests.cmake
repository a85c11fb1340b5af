# Recovery of meters left in upgrade mode (Modbus): each state produced, told apart, recovered.
commissioner_add_test(NAME recovery_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/RecoveryTests.cpp
          ${PROJECT_SOURCE_DIR}/tests/upgrade/UpgradeFixture.cpp
          ${PROJECT_SOURCE_DIR}/tests/upgrade/UpgradeFixture.h
  LABELS integration
  LIBS commissioner_protocols
  TIMEOUT 300)
target_include_directories(recovery_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/upgrade)
