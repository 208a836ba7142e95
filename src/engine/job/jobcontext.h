#pragma once

#include "engine/params/jobspec.h"

#include <QString>

namespace sluice::engine {

class JobCredentials;
class JobLog;

// What a JobPlan is given in the host process.
struct JobContext
{
    QString jobName;
    QString masterPath;
    JobSpec spec; // read back from the master table's parfile; encryption password filled in
    JobLog *log = nullptr;
    const JobCredentials *credentials = nullptr; // passwords handed over by the client
    bool restarted = false;                      // START_JOB of a job that ran before
};

} // namespace sluice::engine
