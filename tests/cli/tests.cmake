# commissioner-cli as a technician runs it: identify, read-live, scan, status, errors.
commissioner_add_test(NAME cli_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/CliTests.cpp
  LABELS integration
  TIMEOUT 180)
