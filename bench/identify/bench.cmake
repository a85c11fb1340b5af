# bench/identify: how long `identify` takes over TCP loopback (issue 2: under 50 ms).
if(NOT UNIX OR APPLE)
  return()
endif()
include(${CMAKE_CURRENT_LIST_DIR}/../common/common.cmake)
add_executable(bench-identify ${CMAKE_CURRENT_LIST_DIR}/IdentifyBench.cpp)
target_link_libraries(bench-identify PRIVATE commissioner_bench_support)
target_compile_definitions(bench-identify PRIVATE BENCH_CLI_PATH="$<TARGET_FILE:commissioner-cli>")
add_dependencies(bench-identify commissioner-cli)
