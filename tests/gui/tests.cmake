# The desktop application's widgets, driven against metersim (in-process demo and as a
# process). Each program gets a QApplication on the offscreen platform.
set(_gui_test_common ${CMAKE_CURRENT_LIST_DIR}/GuiTestSupport.h ${CMAKE_CURRENT_LIST_DIR}/GuiTestSupport.cpp)

commissioner_add_test(NAME gui_demo_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/DemoTests.cpp ${_gui_test_common}
  LABELS gui LIBS commissioner_gui GUI TIMEOUT 180)

commissioner_add_test(NAME gui_upgrade_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/UpgradeTests.cpp ${_gui_test_common}
  LABELS gui LIBS commissioner_gui GUI TIMEOUT 300)

commissioner_add_test(NAME gui_recovery_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/RecoveryTests.cpp ${_gui_test_common}
  LABELS gui LIBS commissioner_gui GUI TIMEOUT 300)

commissioner_add_test(NAME gui_template_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/TemplateTests.cpp ${_gui_test_common}
  LABELS gui LIBS commissioner_gui GUI TIMEOUT 180)

commissioner_add_test(NAME gui_tools_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/ToolsTests.cpp ${_gui_test_common}
  LABELS gui LIBS commissioner_gui GUI TIMEOUT 180)

commissioner_add_test(NAME gui_setup_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/SetupTests.cpp ${_gui_test_common}
  LABELS gui LIBS commissioner_gui GUI TIMEOUT 240)

commissioner_add_test(NAME gui_link_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/LinkTeardownTests.cpp ${_gui_test_common}
  LABELS gui LIBS commissioner_gui GUI TIMEOUT 240)

commissioner_add_test(NAME gui_recovery_safety_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/RecoverySafetyTests.cpp ${_gui_test_common}
  LABELS gui LIBS commissioner_gui GUI TIMEOUT 300)

commissioner_add_test(NAME gui_fixes_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/FixesTests.cpp ${_gui_test_common}
  LABELS gui LIBS commissioner_gui GUI TIMEOUT 400)

# The write rules of issue 19 on the desktop's path: backup first, history, the meter bound,
# energy by name, the restore after a recovery, partial restores.
commissioner_add_test(NAME gui_write_rules_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/WriteRulesGuiTests.cpp ${_gui_test_common}
  LABELS gui LIBS commissioner_gui GUI TIMEOUT 400)

# Issue 21 item 11: the Meter menu's History and Report, site and customer kept per meter.
commissioner_add_test(NAME gui_history_report_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/HistoryReportTests.cpp ${_gui_test_common}
  LABELS gui LIBS commissioner_gui GUI TIMEOUT 240)

# Issue 21 items 2-5: one model of the connected meter that every tab observes.
commissioner_add_test(NAME gui_connected_meter_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/ConnectedMeterTests.cpp ${_gui_test_common}
  LABELS gui LIBS commissioner_gui GUI TIMEOUT 300)

# Issue 21 items 1, 7, 8, 10: Setup input: the wheel, values out of range, unsent changes.
commissioner_add_test(NAME gui_setup_input_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/SetupInputTests.cpp ${_gui_test_common}
  LABELS gui LIBS commissioner_gui GUI TIMEOUT 240)
