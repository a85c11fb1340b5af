# Shared by the bench areas: the simulator process, bench packages, the job runner, the bare
# libmodbus baseline, the delaying TCP relay and the paced serial bridge. Included once.
include_guard(GLOBAL)
file(GLOB BENCH_SUPPORT_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.cpp ${CMAKE_CURRENT_LIST_DIR}/*.h)
add_library(commissioner_bench_support STATIC ${BENCH_SUPPORT_SOURCES})
target_include_directories(commissioner_bench_support PUBLIC ${CMAKE_CURRENT_LIST_DIR})
find_package(Threads REQUIRED)
# bench/ is measurement code: it links libmodbus for the bare baseline. The product links it
# only in protocols/.
target_link_libraries(commissioner_bench_support
  PUBLIC commissioner_core commissioner_protocols Qt6::Core Threads::Threads
  PRIVATE Libmodbus::Libmodbus util)
target_compile_definitions(commissioner_bench_support PUBLIC BENCH_METERSIM_PATH="$<TARGET_FILE:metersim>")
add_dependencies(commissioner_bench_support metersim)
