# bench/transfer: the upgrade's transfer rate and resume cost (issues 3 and 9).
# Built by the normal build, never run by ctest: see docs/performance.md.
if(NOT UNIX OR APPLE)
  return() # ptys, poll() and POSIX sockets: the benches are Linux programs
endif()
include(${CMAKE_CURRENT_LIST_DIR}/../common/common.cmake)

add_executable(bench-transfer ${CMAKE_CURRENT_LIST_DIR}/TransferBench.cpp)
target_link_libraries(bench-transfer PRIVATE commissioner_bench_support)

add_executable(bench-resume ${CMAKE_CURRENT_LIST_DIR}/ResumeBench.cpp)
target_link_libraries(bench-resume PRIVATE commissioner_bench_support)
target_compile_definitions(bench-resume PRIVATE BENCH_CLI_PATH="$<TARGET_FILE:commissioner-cli>")
add_dependencies(bench-resume commissioner-cli)
