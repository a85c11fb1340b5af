// One main for every test program, with a QCoreApplication (or QApplication for GUI tests)
// alive for the whole run, so Qt event loops, timers, sockets and QProcess work in tests.
#if COMMISSIONER_CATCH_MAJOR < 3
#define CATCH_CONFIG_RUNNER
#endif
#include "CatchCompat.h"

#ifdef COMMISSIONER_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char* argv[])
{
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
