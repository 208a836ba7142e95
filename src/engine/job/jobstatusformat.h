#pragma once

#include "engine/job/jobstatus.h"

#include <QString>

namespace sluice::engine {

// STATUS output in Data Pump's layout (DATAPUMP.md A.3):
//   Job: SYS_EXPORT_SCHEMA_01
//     Operation: EXPORT
//     Mode: SCHEMA
//     State: EXECUTING
//     Bytes Processed: 1,048,576
//     Percent Done: 42
//     Current Parallelism: 2
//     Job Error Count: 0
//     Dump File: /data/dpdump/expdat.dmp
//
//   Worker 1 Status:
//     Process Name: DW00
//     State: EXECUTING
//     Object Schema: HR ...
class JobStatusFormat
{
public:
    [[nodiscard]] static QString text(const JobStatus &status);
    // "1,048,576"
    [[nodiscard]] static QString groupedNumber(qint64 value);
};

} // namespace sluice::engine
