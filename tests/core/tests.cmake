# core/ on its own: the device profile cache.
commissioner_add_test(NAME core_profile_cache_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/ProfileCacheTests.cpp
  LABELS unit)
# What a meter's strings become on a terminal (printableText, jsonForTerminal).
commissioner_add_test(NAME core_printable_text_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/PrintableTextTests.cpp
  LABELS unit)
