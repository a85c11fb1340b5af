# protocols/: the libmodbus client, serial ports, the bus scanner.
commissioner_add_test(NAME protocols_unit_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/ProtocolsUnitTest.cpp
  LABELS unit
  LIBS commissioner_protocols
  TIMEOUT 60)

# Against a libmodbus server in a thread (Modbus TCP and RTU over TCP on 127.0.0.1):
# libmodbus is linked here for the test server only.
commissioner_add_test(NAME protocols_client_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/ModbusClientTest.cpp
          ${CMAKE_CURRENT_LIST_DIR}/TestModbusServer.cpp
          ${CMAKE_CURRENT_LIST_DIR}/TestModbusServer.h
  LABELS integration
  LIBS commissioner_protocols Libmodbus::Libmodbus
  TIMEOUT 120)

# Against metersim as its own process: Modbus TCP, RTU over TCP, and RTU on a socat pty
# pair; and a bus scan on a pty pair. Needs socat.
commissioner_add_test(NAME protocols_metersim_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/MeterSimIntegrationTest.cpp
          ${CMAKE_CURRENT_LIST_DIR}/SocatPtyPair.cpp
          ${CMAKE_CURRENT_LIST_DIR}/SocatPtyPair.h
  LABELS integration
  LIBS commissioner_protocols
  TIMEOUT 180)

# A reply carrying another unit ID, on every link (metersim --wrong-unit-id). Needs socat.
commissioner_add_test(NAME protocols_unit_id_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/UnitIdTests.cpp
          ${CMAKE_CURRENT_LIST_DIR}/SocatPtyPair.cpp
          ${CMAKE_CURRENT_LIST_DIR}/SocatPtyPair.h
  LABELS integration
  LIBS commissioner_protocols
  TIMEOUT 180)
