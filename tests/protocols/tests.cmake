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
