#pragma once

#include "engine/job/jobclient.h"
#include "engine/params/jobspec.h"

#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <optional>

namespace sluice::cli {

class CliContext;
class InterruptWatcher;

// `sluice-cli export|import ATTACH[=job]`: prints STATUS, then streams the job's
// log; Ctrl-C (or attaching to a stopped job) gives the Export> / Import> prompt
// with Data Pump's interactive commands. The job keeps running when the client
// leaves (EXIT_CLIENT).
class AttachSession : public QObject
{
    Q_OBJECT

public:
    AttachSession(CliContext &context, engine::JobOperation operation, const engine::JobSpec &spec,
                  const QString &jobName, const QString &masterPath);
    ~AttachSession() override;

    // Runs until the job ends, the client exits or the job is removed.
    int run();
    // A client that just launched the job: no STATUS first, and the log from its start.
    void setLaunched(bool launched) { m_launched = launched; }
    // STATUS=n: print the status every n seconds in logging mode (0: never).
    void setStatusInterval(int seconds) { m_statusInterval = seconds; }
    // A client row registered before the launch, so that a job that ends at once waits
    // for this client; dropped once the session's own client reads the log.
    void setPlaceholderClient(qint64 id) { m_placeholderClient = id; }

private:
    void printStatus();
    void prompt();
    // False: leave the prompt and go back to logging mode (or end).
    bool execute(const QString &line);
    bool confirm(const QString &question);
    bool restart(bool skipCurrent);
    void end(int exitCode);

    CliContext &m_context;
    const engine::JobOperation m_operation;
    const engine::JobSpec m_spec;
    const QString m_jobName;
    const QString m_masterPath;
    engine::JobClient m_client;
    InterruptWatcher *m_interrupt = nullptr;
    QEventLoop m_loop;
    QTimer m_statusTimer;
    int m_exitCode = 0;
    bool m_inPrompt = false;
    bool m_ended = false;
    bool m_waitingForEnd = false;          // STOP_JOB or KILL_JOB sent
    std::optional<int> m_finishedInPrompt; // exit code of a run that ended during the prompt
    bool m_launched = false;
    int m_statusInterval = 0;
    qint64 m_placeholderClient = 0;
    void dropPlaceholderClient();
};

// Finds the job (ATTACH=name, or the only unfinished job of the operation) and
// runs an AttachSession.
int runAttach(CliContext &context, engine::JobOperation operation, const engine::JobSpec &spec);

} // namespace sluice::cli
