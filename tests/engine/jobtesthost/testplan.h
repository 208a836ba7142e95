#pragma once

#include "engine/job/jobplan.h"

namespace sluice::test {

// A plan for the job framework's tests. The job's connection is a SQLite "results"
// database the test prepared, with a config table (phases, items_per_phase,
// rows_per_item, sleep_ms, fail_item, poison_item, credential_ref). Each item
// inserts rows_per_item numbered rows into effect, one autocommit each (so an
// interrupted item leaves partial rows that discardPartial() removes), sleeping a
// little between rows. A failing item returns an error; a poisoned item kills the
// host process every time it runs.
class TestPlan : public engine::JobPlan
{
public:
    bool start(engine::JobContext &context) override;
    bool define(engine::MasterTable &master, engine::JobContext &context) override;
    std::unique_ptr<engine::WorkItemExecutor> createExecutor(int workerNumber,
                                                             engine::JobContext &context) override;
    bool finish(engine::MasterTable &master, engine::JobContext &context) override;
    void killed(engine::JobContext &context) override;
    bool applyCommand(const QString &command, const QString &argument,
                      engine::JobContext &context) override;

    static QString resultsPath(const engine::JobContext &context);
};

} // namespace sluice::test
