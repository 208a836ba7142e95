#pragma once

namespace sluice::engine {

// Process exit codes, as Data Pump's (EX_SUCC, EX_SUCC_ERR, EX_FAIL). The CLI returns
// them, scheduled runs record them, and JobLog::exitCode() maps a job's outcome to one.
enum class ExitCode : int {
    Success = 0,             // completed, no errors
    Failure = 1,             // a fatal error: bad parameters, no connection, stopped by error
    CompletedWithErrors = 5, // completed, but some objects or rows failed
};

[[nodiscard]] constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace sluice::engine
