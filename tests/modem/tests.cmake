# Dial-up modem links: result codes and the Hayes dialer against a scripted line (unit);
# commissioner-cli over metersim --pty --modem as processes (integration).
commissioner_add_test(NAME modem_unit_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/ModemUnitTests.cpp ${CMAKE_CURRENT_LIST_DIR}/FakeModemIo.h
  LABELS unit
  LIBS commissioner_protocols
  TIMEOUT 60)
target_include_directories(modem_unit_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR})

commissioner_add_test(NAME modem_sim_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/ModemSimTests.cpp
  LABELS integration
  LIBS commissioner_protocols
  TIMEOUT 300)
