# Translations: every .ts complete and up to date with the sources, and the .qm files
# load and translate (see app/CMakeLists.txt for how they are built).
get_property(_ts_files GLOBAL PROPERTY COMMISSIONER_TS_FILES)
get_property(_lupdate_options GLOBAL PROPERTY COMMISSIONER_LUPDATE_OPTIONS)
get_property(_qm_dir GLOBAL PROPERTY COMMISSIONER_QM_DIR)
# Python runs the check: a requirement of the tests (scripts/install-deps.sh), never a reason
# to leave the check out.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
if(NOT _ts_files)
  message(FATAL_ERROR "tests/translations: app/CMakeLists.txt lists no .ts file to check")
endif()
string(JOIN " " _lupdate_options_text ${_lupdate_options})
add_test(NAME translations_ts_complete
  COMMAND Python3::Interpreter ${CMAKE_CURRENT_LIST_DIR}/check_ts.py
          $<TARGET_FILE:Qt6::lupdate> "${_lupdate_options_text}"
          ${PROJECT_SOURCE_DIR}/app/cli ${PROJECT_SOURCE_DIR}/app/gui ${PROJECT_SOURCE_DIR}/app/common
          -- ${_ts_files})
set_tests_properties(translations_ts_complete PROPERTIES LABELS unit TIMEOUT 120)

commissioner_add_test(NAME translations_qm_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/TranslationTests.cpp
  LABELS unit)
target_compile_definitions(translations_qm_tests PRIVATE COMMISSIONER_QM_DIR="${_qm_dir}")
add_dependencies(translations_qm_tests commissioner-cli_lrelease)
