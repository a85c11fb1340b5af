#pragma once

// Catch2 2.x (Debian) and 3.x (vcpkg) differ in their headers; tests include this.
#if COMMISSIONER_CATCH_MAJOR >= 3
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
