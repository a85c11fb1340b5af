# Peers nobody here wrote (mbpoll, pymodbus, socat) against metersim.
commissioner_add_test(NAME peer_metersim_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/PeerTest.cpp
  LABELS peer TIMEOUT 180)
target_compile_definitions(peer_metersim_test PRIVATE PEER_SCRIPT_DIR="${CMAKE_CURRENT_LIST_DIR}")
