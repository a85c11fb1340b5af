# The .deb: built with CPack, unpacked into a scratch root, both programs started.
if(COMMISSIONER_BUILD_GUI AND UNIX)
add_test(NAME installer_deb_test
  COMMAND ${CMAKE_COMMAND} -E env bash ${CMAKE_CURRENT_LIST_DIR}/deb-test.sh ${PROJECT_BINARY_DIR} ${PROJECT_VERSION})
set_tests_properties(installer_deb_test PROPERTIES LABELS "integration" TIMEOUT 300 RUN_SERIAL TRUE)
endif()
