#include "testplan.h"

#include "engine/connection/connectionparams.h"
#include "engine/job/jobcontext.h"
#include "engine/job/jobcredentials.h"
#include "engine/job/mastertable.h"
#include "engine/job/workercontext.h"
#include "engine/log/joblog.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>
#include <csignal>

using namespace sluice::engine;

namespace sluice::test {

namespace {

// A connection to the results database for the calling thread.
class Results
{
public:
    explicit Results(const QString &path)
        : m_name(
              QStringLiteral("sluice.testplan.%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=20000"));
        m_ok = db.open();
    }
    ~Results()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    [[nodiscard]] bool ok() const { return m_ok; }
    QSqlQuery query() const { return QSqlQuery(QSqlDatabase::database(m_name, false)); }
    QString config(const QString &key, const QString &fallback = {}) const
    {
        QSqlQuery q = query();
        q.prepare(QStringLiteral("SELECT value FROM config WHERE key = ?"));
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toString() : fallback;
    }
    bool exec(const QString &sql, const QVariantList &values, QString *error = nullptr)
    {
        QSqlQuery q = query();
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (q.exec())
            return true;
        if (error)
            *error = q.lastError().text();
        return false;
    }

private:
    QString m_name;
    bool m_ok = false;
};

class TestExecutor : public WorkItemExecutor
{
public:
    explicit TestExecutor(const QString &path)
        : m_results(path)
    {}

    WorkItemResult execute(const WorkItem &item, WorkerContext &context) override
    {
        if (item.payload.value(QStringLiteral("poison")).toBool())
            std::raise(SIGKILL);
        if (item.payload.value(QStringLiteral("fail")).toBool())
            return WorkItemResult::failure(
                QStringLiteral("simulated failure of %1").arg(item.name));
        const int rows = item.payload.value(QStringLiteral("rows")).toInt();
        const int sleepMs = item.payload.value(QStringLiteral("sleep_ms")).toInt();
        for (int seq = 0; seq < rows; ++seq) {
            if (context.isCancelled())
                return WorkItemResult::failure(QStringLiteral("cancelled"));
            QString error;
            if (!m_results.exec(
                    QStringLiteral(
                        "INSERT INTO effect (item_id, phase, seq, worker) VALUES (?, ?, ?, ?)"),
                    {item.id, item.phase, seq, context.workerNumber()}, &error))
                return WorkItemResult::failure(error);
            context.reportProgress(seq + 1, (seq + 1) * 100);
            QThread::msleep(sleepMs);
        }
        return WorkItemResult::success(rows, rows * 100, {{QStringLiteral("member"), item.name}});
    }

    QString discardPartial(const WorkItem &item, WorkerContext &) override
    {
        QString error;
        m_results.exec(QStringLiteral("INSERT INTO discarded (item_id) VALUES (?)"), {item.id});
        if (!m_results.exec(QStringLiteral("DELETE FROM effect WHERE item_id = ?"), {item.id},
                            &error))
            return error;
        return {};
    }

private:
    Results m_results;
};

} // namespace

QString TestPlan::resultsPath(const JobContext &context)
{
    const auto params = ConnectionParams::fromUrl(context.spec.connection);
    return params ? params->absoluteFilePath() : QString();
}

bool TestPlan::start(JobContext &context)
{
    Results results(resultsPath(context));
    if (!results.ok()) {
        setErrorString(QStringLiteral("cannot open the results database"));
        return false;
    }
    context.log->banner(QStringLiteral("Export"), QStringLiteral("test"));
    context.log->starting(QStringLiteral("TEST"), context.jobName, context.spec.connection);
    // Record what the host received (a hash, never the password itself).
    const QString reference = results.config(QStringLiteral("credential_ref"));
    if (!reference.isEmpty()) {
        PasswordRequest request;
        const PasswordResult password = context.credentials->obtain(reference, request);
        const QByteArray hash =
            QCryptographicHash::hash(password.password.toUtf8(), QCryptographicHash::Sha256)
                .toHex();
        (void)results.exec(QStringLiteral("INSERT INTO credential (ref, ok, sha) VALUES (?, ?, ?)"),
                           {reference, password.ok, QString::fromLatin1(hash)});
    }
    return true;
}

bool TestPlan::define(MasterTable &master, JobContext &context)
{
    Results results(resultsPath(context));
    const int phases = results.config(QStringLiteral("phases"), QStringLiteral("3")).toInt();
    const int perPhase =
        results.config(QStringLiteral("items_per_phase"), QStringLiteral("4")).toInt();
    const int rows = results.config(QStringLiteral("rows_per_item"), QStringLiteral("5")).toInt();
    const int sleepMs = results.config(QStringLiteral("sleep_ms"), QStringLiteral("10")).toInt();
    const QString failItem = results.config(QStringLiteral("fail_item"));
    const QString poisonItem = results.config(QStringLiteral("poison_item"));
    QList<WorkItem> items;
    for (int p = 0; p < phases; ++p) {
        for (int i = 0; i < perPhase; ++i) {
            WorkItem item;
            item.phase = (p + 1) * 100;
            item.processOrder = i;
            item.objectPath = QStringLiteral("TEST_EXPORT/PHASE_%1/ITEM").arg(p + 1);
            item.schema = QStringLiteral("TEST");
            item.name = QStringLiteral("T%1_%2").arg(p + 1).arg(i);
            const QString key = QStringLiteral("%1:%2").arg(p + 1).arg(i);
            item.payload = {{QStringLiteral("rows"), rows},
                            {QStringLiteral("sleep_ms"), sleepMs},
                            {QStringLiteral("fail"), key == failItem},
                            {QStringLiteral("poison"), key == poisonItem}};
            item.estimateBytes = rows * 100;
            items.append(item);
        }
    }
    if (!master.addWorkItems(items)) {
        setErrorString(master.errorString());
        return false;
    }
    return true;
}

std::unique_ptr<WorkItemExecutor> TestPlan::createExecutor(int, JobContext &context)
{
    return std::make_unique<TestExecutor>(resultsPath(context));
}

bool TestPlan::finish(MasterTable &master, JobContext &context)
{
    Results results(resultsPath(context));
    return results.exec(QStringLiteral("INSERT INTO hook (name) VALUES ('finish')"), {}) &&
           master.setProperty(QString::fromUtf16(MasterKey::DumpFiles),
                              QStringLiteral("/tmp/test.dmp"));
}

void TestPlan::killed(JobContext &context)
{
    Results results(resultsPath(context));
    (void)results.exec(QStringLiteral("INSERT INTO hook (name) VALUES ('killed')"), {});
}

bool TestPlan::applyCommand(const QString &command, const QString &argument, JobContext &context)
{
    Results results(resultsPath(context));
    return results.exec(QStringLiteral("INSERT INTO hook (name) VALUES (?)"),
                        {QString(command + u'=' + argument)});
}

} // namespace sluice::test
