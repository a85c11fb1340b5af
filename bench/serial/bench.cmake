# bench/serial: the upgrade over RTU at real wire speeds, through a paced pty bridge (issue 9).
# Built by the normal build, never run by ctest: see docs/performance.md.
if(NOT UNIX OR APPLE)
  return() # ptys, poll() and POSIX sockets: the benches are Linux programs
endif()
include(${CMAKE_CURRENT_LIST_DIR}/../common/common.cmake)

add_executable(bench-serial ${CMAKE_CURRENT_LIST_DIR}/SerialBench.cpp)
target_link_libraries(bench-serial PRIVATE commissioner_bench_support)

add_executable(paced-pty-bridge ${CMAKE_CURRENT_LIST_DIR}/PacedBridgeMain.cpp)
target_link_libraries(paced-pty-bridge PRIVATE commissioner_bench_support)
