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
commissioner_add_test(NAME upgrade_unit_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/UpgradeUnitTests.cpp
  LABELS unit)
