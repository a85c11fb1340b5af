# Finds every third-party library once, as imported targets.
set(_qt_components Core Network SerialPort)
if(COMMISSIONER_BUILD_GUI)
  list(APPEND _qt_components Widgets Gui)
endif()
if(COMMISSIONER_BUILD_TESTS)
  list(APPEND _qt_components Test)
endif()
find_package(Qt6 6.4 REQUIRED COMPONENTS ${_qt_components})

find_package(ZLIB REQUIRED)
find_package(PkgConfig REQUIRED)

# libmodbus and libsodium through pkg-config, each as one imported target.
pkg_check_modules(LIBMODBUS REQUIRED IMPORTED_TARGET GLOBAL libmodbus)
add_library(Libmodbus::Libmodbus ALIAS PkgConfig::LIBMODBUS)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET GLOBAL libsodium)
add_library(Sodium::Sodium ALIAS PkgConfig::SODIUM)

if(COMMISSIONER_BUILD_TESTS)
  # Catch2 2.x on Debian, 3.x from vcpkg: tests/support/CatchCompat.h hides the difference.
  find_package(Catch2 REQUIRED)
  if(Catch2_VERSION VERSION_GREATER_EQUAL 3)
    set(COMMISSIONER_CATCH_MAJOR 3)
  else()
    set(COMMISSIONER_CATCH_MAJOR 2)
  endif()
endif()
