# The meter simulator: its model and framing (unit), and the process over TCP (integration).
commissioner_add_test(NAME sim_model_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/MeterModelTest.cpp
  LABELS unit LIBS metersim_lib TIMEOUT 60)
target_include_directories(sim_model_test PRIVATE ${CMAKE_CURRENT_LIST_DIR})
commissioner_add_test(NAME sim_wire_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/WireTest.cpp
  LABELS unit LIBS metersim_lib TIMEOUT 60)
commissioner_add_test(NAME sim_process_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/SimProcessTest.cpp ${CMAKE_CURRENT_LIST_DIR}/WireClient.cpp
  LABELS integration LIBS metersim_lib TIMEOUT 180)
commissioner_add_test(NAME sim_fault_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/SimFaultTest.cpp ${CMAKE_CURRENT_LIST_DIR}/WireClient.cpp
  LABELS integration LIBS metersim_lib TIMEOUT 180)
foreach(t sim_wire_test sim_process_test sim_fault_test)
  target_include_directories(${t} PRIVATE ${CMAKE_CURRENT_LIST_DIR})
endforeach()
# The fault modes --ack-without-store, --offset-reset-at, --long-write-silence, --exception-at
# and the state's counters, through the tool's own client (MeterClientFactory) over TCP.
commissioner_add_test(NAME sim_fault_mode_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/FaultModeTests.cpp
  LABELS integration LIBS commissioner_protocols TIMEOUT 180)
