# The fuzzers' corpora replayed through their harnesses (tests/fuzz/Fuzz*.cpp) in this
# build, without libFuzzer: the valid seeds and every input that once broke a parser run
# with each suite, the sanitizer build included. The fuzzing itself is scripts/fuzz.sh's
# (tests/fuzz/CMakeLists.txt, COMMISSIONER_FUZZ=ON).
foreach(_fuzz package template profile)
  if(_fuzz STREQUAL "template")
    set(_harness FuzzTemplateFile.cpp)
  elseif(_fuzz STREQUAL "profile")
    set(_harness FuzzDeviceProfile.cpp)
  else()
    set(_harness FuzzPackage.cpp)
  endif()
  add_executable(fuzz_replay_${_fuzz} ${CMAKE_CURRENT_LIST_DIR}/ReplayMain.cpp
    ${CMAKE_CURRENT_LIST_DIR}/${_harness} ${CMAKE_CURRENT_LIST_DIR}/FuzzSupport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FuzzSupport.h)
  target_link_libraries(fuzz_replay_${_fuzz} PRIVATE commissioner_core Qt6::Core)
  target_compile_definitions(fuzz_replay_${_fuzz} PRIVATE
    FUZZ_SEED_KEY="${CMAKE_CURRENT_LIST_DIR}/keys/fuzz-seed.pub")
  add_test(NAME fuzz_corpus_${_fuzz} COMMAND fuzz_replay_${_fuzz} ${CMAKE_CURRENT_LIST_DIR}/corpus/${_fuzz})
  set_tests_properties(fuzz_corpus_${_fuzz} PROPERTIES LABELS unit TIMEOUT 120
    FAIL_REGULAR_EXPRESSION "FUZZ_CHECK failed|runtime error")
endforeach()
