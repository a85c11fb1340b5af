# Settings one by one (issue 13): typed input, plans, history, the report; then `config` and
# `report` against metersim.
commissioner_add_test(NAME config_unit_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/ConfigUnitTests.cpp
  LABELS unit)

commissioner_add_test(NAME config_metersim_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/ConfigSimTests.cpp
  LABELS integration
  TIMEOUT 240)

commissioner_add_test(NAME config_edit_metersim_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/SettingsEditSimTests.cpp
  LABELS integration
  LIBS commissioner_protocols
  TIMEOUT 180)
