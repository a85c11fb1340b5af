#pragma once

// commissioner-cli's exit codes, documented in its --help.
namespace commissioner::cli {

enum ExitCode : int
{
    ExitOk = 0,
    ExitFailed = 1,       // the operation ran and failed (e.g. a template read back different)
    ExitUsage = 2,        // a bad argument or option
    ExitUnreachable = 3,  // no answer from the meter, or the link could not be opened
    ExitMeterRefused = 4, // the meter answered with a Modbus exception (or refused BEGIN)
    ExitBadPackage = 5,   // the .UPG package, key or input file is invalid
    ExitPreflight = 6,    // a check refused the operation before anything was written
    ExitCancelled = 7,    // the person declined or cancelled; nothing more was sent (resumable)
    ExitResumable = 8,    // interrupted (link lost too long); the meter can be resumed
    ExitVerifyFailed = 9, // the meter's image check failed; nothing was installed
    ExitPartial = 10,     // some settings were left out (refused by the meter, or invalid in
                          // the file) and named; the others were written and read back
};

} // namespace commissioner::cli
