# Template settings: profiles, the file format, read/restore/compare, backups, CLI.
commissioner_add_test(NAME template_unit_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/TemplateUnitTests.cpp
          ${CMAKE_CURRENT_LIST_DIR}/FakeTemplateMeter.cpp
          ${CMAKE_CURRENT_LIST_DIR}/FakeTemplateMeter.h
  LABELS unit)

# The template and clock commands as a program of their own, so the tests can run them as
# a person does before (and independently of) commissioner-cli's dispatch.
set(_cli ${PROJECT_SOURCE_DIR}/app/cli)
add_executable(template-cli-harness ${CMAKE_CURRENT_LIST_DIR}/TemplateCliHarness.cpp
  ${_cli}/CommandLine.cpp ${_cli}/ErrorText.cpp ${_cli}/TemplateCommands.cpp ${_cli}/ClockCommand.cpp)
target_include_directories(template-cli-harness PRIVATE ${_cli})
target_link_libraries(template-cli-harness PRIVATE commissioner_core commissioner_protocols Qt6::Core)

commissioner_add_test(NAME template_metersim_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/TemplateSimTests.cpp
  LABELS integration
  LIBS commissioner_protocols
  TIMEOUT 180)
target_compile_definitions(template_metersim_tests PRIVATE
  TEMPLATE_CLI_PATH="$<TARGET_FILE:template-cli-harness>")
add_dependencies(template_metersim_tests template-cli-harness)
