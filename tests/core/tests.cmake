# core/ on its own: the device profile cache.
commissioner_add_test(NAME core_profile_cache_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/ProfileCacheTests.cpp
  LABELS unit)
