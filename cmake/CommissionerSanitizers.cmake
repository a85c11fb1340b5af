# Instrumented builds, each in a build folder of its own (see CMakePresets.json):
#
# COMMISSIONER_SANITIZE=ON: every target (libraries, programs, tests, metersim) with
#   AddressSanitizer and UndefinedBehaviorSanitizer. Undefined behaviour aborts the program
#   (-fno-sanitize-recover), so a test that hits it fails rather than printing a line nobody
#   reads. scripts/sanitize.sh builds and runs the suite so, with leak checking on.
#
# COMMISSIONER_FUZZ=ON: the core library and the libFuzzer harnesses of tests/fuzz only
#   (clang: libFuzzer is clang's). Everything is compiled with coverage for the fuzzer plus
#   ASan and UBSan; the harnesses link libFuzzer's main. scripts/fuzz.sh runs them.
option(COMMISSIONER_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(COMMISSIONER_FUZZ "Build only core and the libFuzzer harnesses (needs clang)" OFF)

if(COMMISSIONER_SANITIZE AND COMMISSIONER_FUZZ)
  message(FATAL_ERROR "COMMISSIONER_SANITIZE and COMMISSIONER_FUZZ go in separate build folders")
endif()

set(_commissioner_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined
                             -fno-omit-frame-pointer)

if(COMMISSIONER_SANITIZE)
  add_compile_options(${_commissioner_sanitizers})
  add_link_options(-fsanitize=address,undefined)
endif()

if(COMMISSIONER_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "COMMISSIONER_FUZZ needs clang (libFuzzer): configure with "
                        "-DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_C_COMPILER=clang-14, or the fuzz preset")
  endif()
  # The library code gets the fuzzer's coverage hooks; only the harnesses link its main().
  add_compile_options(-fsanitize=fuzzer-no-link ${_commissioner_sanitizers})
  add_link_options(-fsanitize=address,undefined)
  # Nothing but core and the harnesses: no GUI, tests, benchmarks or installer.
  set(COMMISSIONER_BUILD_GUI OFF CACHE BOOL "" FORCE)
  set(COMMISSIONER_BUILD_TESTS OFF CACHE BOOL "" FORCE)
  set(COMMISSIONER_BUILD_BENCH OFF CACHE BOOL "" FORCE)
endif()
