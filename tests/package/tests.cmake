# .UPG packages: parsing and every rule, signing and keys, and the `upg` CLI commands.
commissioner_add_test(NAME package_format_test
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/PackageParseTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SigningTests.cpp
  LABELS unit)
target_include_directories(package_format_test PRIVATE ${CMAKE_CURRENT_LIST_DIR})

# Links UpgCommand.cpp itself, so `upg` is tested in process; UpgProcessTests also runs
# the built commissioner-cli (COMMISSIONER_CLI_PATH) the way a person would.
commissioner_add_test(NAME package_cli_test
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/UpgCommandTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UpgProcessTests.cpp
    ${PROJECT_SOURCE_DIR}/app/cli/UpgCommand.cpp
    ${PROJECT_SOURCE_DIR}/app/cli/UpgPackCommand.cpp
  LABELS unit)
target_include_directories(package_cli_test PRIVATE ${CMAKE_CURRENT_LIST_DIR} ${PROJECT_SOURCE_DIR}/app/cli)
