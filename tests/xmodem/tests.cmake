# XMODEM recovery: the sender (protocols/), the bootloader of metersim, recover --xmodem.
commissioner_add_test(NAME xmodem_unit_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/XmodemUnitTest.cpp
          ${CMAKE_CURRENT_LIST_DIR}/XmodemTestPeers.cpp
          ${CMAKE_CURRENT_LIST_DIR}/XmodemTestPeers.h
  LABELS unit
  LIBS commissioner_protocols metersim_lib
  TIMEOUT 60)

# Our sender against metersim --xmodem-bootloader (its own process, on a pty).
commissioner_add_test(NAME xmodem_metersim_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/XmodemSimTest.cpp
          ${CMAKE_CURRENT_LIST_DIR}/MeterAtDefaults.cpp
  LABELS integration
  LIBS commissioner_protocols
  TIMEOUT 180)

# recover --xmodem: runXmodemRecover in this process (the CLI sources it needs are
# compiled in), and the built commissioner-cli end to end.
commissioner_add_test(NAME xmodem_cli_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/XmodemCliTest.cpp
          ${PROJECT_SOURCE_DIR}/app/cli/CommandLine.cpp
          ${PROJECT_SOURCE_DIR}/app/cli/ErrorText.cpp
          ${PROJECT_SOURCE_DIR}/app/cli/XmodemRecoverCommand.cpp
          ${PROJECT_SOURCE_DIR}/app/cli/PackageLoading.cpp
          ${PROJECT_SOURCE_DIR}/app/cli/RestoreOffer.cpp
          ${PROJECT_SOURCE_DIR}/app/cli/PreflightText.cpp
          ${PROJECT_SOURCE_DIR}/app/cli/TemplateCommands.cpp
          ${PROJECT_SOURCE_DIR}/app/cli/TemplateRestoreCommand.cpp
  LABELS integration
  LIBS commissioner_protocols commissioner_app_common
  TIMEOUT 240)
target_include_directories(xmodem_cli_tests PRIVATE ${PROJECT_SOURCE_DIR}/app/cli)

# lrzsz (rx, sx) and socat at the other end: a missing one fails the test (never a skip).
commissioner_add_test(NAME xmodem_peer_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/XmodemPeerTest.cpp
          ${CMAKE_CURRENT_LIST_DIR}/MeterAtDefaults.cpp
          ${PROJECT_SOURCE_DIR}/tests/protocols/SocatPtyPair.cpp
          ${PROJECT_SOURCE_DIR}/tests/protocols/SocatPtyPair.h
  LABELS peer
  LIBS commissioner_protocols
  TIMEOUT 240)
target_include_directories(xmodem_peer_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/protocols)
