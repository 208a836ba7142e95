// Streaming import chunks (ChunkStream, ChunkPipe): a dump member is decoded and fed
// to each engine's writer in bounded pieces, and a member damaged in its middle (its
// checksum only fails after the last byte) leaves nothing loaded, while an intact
// member loads whole with the pipe's memory bounded. FIXTURES postgres mariadb.
#include "testservers.h"

#include "engine/connection/databaseopener.h"
#include "engine/data/datasession.h"
#include "engine/data/tablewriter.h"
#include "engine/dump/dumpreader.h"
#include "engine/dump/dumpwriter.h"
#include "engine/importjob/chunkpipe.h"
#include "engine/importjob/chunkstream.h"
#include "engine/importjob/foreignkeyvalidation.h"
#include "engine/importjob/keyindexbuilds.h"
#include "engine/importjob/producerthread.h"
#include "engine/importjob/rowremapper.h"
#include "engine/params/jobspecparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace sluice::engine;

namespace {

constexpr int kRows = 30000;
constexpr qsizetype kPipe = 16 * 1024; // small, so a chunk needs many pieces

QByteArray rowsText()
{
    QByteArray text;
    for (int i = 1; i <= kRows; ++i)
        text += QByteArray::number(i) + "\tvalue number " + QByteArray::number(i * 7) + '\n';
    return text;
}

TableDef tableDef(const QString &schema)
{
    TableDef def;
    def.schema = schema;
    def.name = u"streamed"_s;
    ColumnDef id;
    id.name = u"id"_s;
    id.type = DataType::parse(u"integer"_s);
    ColumnDef v;
    v.name = u"v"_s;
    v.type = DataType::parse(u"varchar(40)"_s);
    def.columns = {id, v};
    return def;
}

using sluicetest::exec;

qint64 count(QSqlDatabase db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestImportStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pipeBoundsAndOrder();
    void pipeConsumerAbort();
    void memberIntoTable_data();
    void memberIntoTable();
    void remappedRowsAcrossPieces();
    void sqliteTargetWaitsForOtherWorkers();
    void writerErrorIsReported();
    void keyIndexRewrite_data();
    void keyIndexRewrite();
    void keyIndexBuildsOnPostgres();
    void foreignKeyRewrite_data();
    void foreignKeyRewrite();
    void foreignKeyValidationOnPostgres();

private:
    QString open(Dialect dialect);
    // Writes a one-member dump of rowsText(); the member's info in *member.
    bool writeDump(const QString &folder, CompressionMethod method, bool encrypted,
                   DumpMemberInfo *member, std::shared_ptr<DumpReader> *reader);

    QTemporaryDir m_dir;
    QStringList m_opened;
};

void TestImportStream::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    for (const char *prefix : {"PG", "MARIADB"}) {
        if (qEnvironmentVariableIsEmpty(
                qPrintable(u"SLUICE_TEST_%1_HOST"_s.arg(QLatin1String(prefix)))))
            QFAIL(qPrintable(
                u"SLUICE_TEST_%1_HOST/PORT/USER/PASSWORD/DB are not set: run this "
                "test through ctest, which starts the servers"_s.arg(QLatin1String(prefix))));
    }
}

void TestImportStream::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_opened))
        DatabaseOpener::close(name);
}

QString TestImportStream::open(Dialect dialect)
{
    ConnectionParams params;
    params.dialect = dialect;
    QString password;
    if (dialect == Dialect::SQLite) {
        params.filePath = m_dir.filePath(u"stream.db"_s);
        params.options.insert(u"create"_s, u"yes"_s);
    } else {
        const QString prefix = dialect == Dialect::PostgreSQL ? u"PG"_s : u"MARIADB"_s;
        const auto get = [&](const char *key) {
            return qEnvironmentVariable(
                qPrintable(u"SLUICE_TEST_%1_%2"_s.arg(prefix, QLatin1String(key))));
        };
        params.host = get("HOST");
        params.port = get("PORT").toInt();
        params.user = get("USER");
        params.database = get("DB");
        password = get("PASSWORD");
    }
    const OpenResult opened =
        DatabaseOpener::open(params, u"stream-"_s + dialectName(dialect), password);
    if (!opened.ok()) {
        qWarning("open failed: %s", qPrintable(opened.errorString));
        return {};
    }
    QSqlDatabase db = QSqlDatabase::database(opened.connectionName);
    QString error;
    if (!DataSession::prepare(db, dialect, &error)) {
        qWarning("prepare failed: %s", qPrintable(error));
        return {};
    }
    if (!m_opened.contains(opened.connectionName))
        m_opened << opened.connectionName;
    return opened.connectionName;
}

bool TestImportStream::writeDump(const QString &folder, CompressionMethod method, bool encrypted,
                                 DumpMemberInfo *member, std::shared_ptr<DumpReader> *reader)
{
    DumpWriterOptions options;
    options.fileTemplates << QDir(folder).filePath(u"stream.dmp"_s);
    options.kdfOpsLimit = 1;
    options.kdfMemLimit = 8192;
    options.header.sourceEngine = u"PostgreSQL"_s;
    options.header.serverVersion = u"15.8"_s;
    options.header.jobName = u"SYS_EXPORT_TABLE_01"_s;
    options.header.operation = u"EXPORT"_s;
    options.compressionScope =
        method == CompressionMethod::None ? MemberScope::None : MemberScope::All;
    options.compressionMethod =
        method == CompressionMethod::None ? CompressionMethod::Zstd : method;
    options.compressionLevel = 3;
    if (encrypted) {
        options.encryptionScope = MemberScope::All;
        options.encryptionPassword = "pw";
    }
    DumpWriter writer;
    DumpMemberSpec spec;
    spec.kind = DumpMemberKind::Data;
    spec.schema = u"s"_s;
    spec.table = u"streamed"_s;
    spec.chunk = 0;
    spec.rows = kRows;
    QTemporaryDir masterDir;
    QFile master(masterDir.filePath(u"master.sqlite"_s));
    if (!writer.open(options) || !writer.addMember(spec, rowsText()) ||
        !master.open(QIODevice::WriteOnly) || master.write("not used") != 8) {
        qWarning("%s", qPrintable(writer.errorString()));
        return false;
    }
    master.close();
    if (!writer.addMasterTable(master.fileName()) || !writer.finish()) {
        qWarning("%s", qPrintable(writer.errorString()));
        return false;
    }
    *reader = std::make_shared<DumpReader>();
    if (!(*reader)->open({options.fileTemplates.constFirst()}) ||
        (encrypted && !(*reader)->unlock("pw"))) {
        qWarning("%s", qPrintable((*reader)->errorString()));
        return false;
    }
    for (const DumpMemberInfo &info : (*reader)->members()) {
        if (info.spec.kind == DumpMemberKind::Data)
            *member = info;
    }
    return !member->name.isEmpty();
}

void TestImportStream::pipeBoundsAndOrder()
{
    ChunkPipe pipe(1000);
    QByteArray expected;
    for (int i = 0; i < 2000; ++i)
        expected += QByteArray::number(i) + ',';
    qsizetype largestWaiting = 0;
    std::atomic<bool> written{true};
    std::unique_ptr<QThread> producer(QThread::create([&] {
        for (qsizetype at = 0; at < expected.size(); at += 97)
            written = written && pipe.write(QByteArrayView(expected).sliced(
                                     at, qMin<qsizetype>(97, expected.size() - at)));
        // Larger than the pipe: cut into pieces.
        written = written && pipe.write(QByteArray(3000, 'x'));
        pipe.close(true);
    }));
    producer->start();
    QByteArray received;
    char block[300];
    for (;;) {
        const qint64 n = pipe.read(block, sizeof block);
        QVERIFY(n >= 0);
        if (n == 0)
            break;
        received.append(block, n);
        largestWaiting = pipe.highWater();
    }
    QVERIFY(producer->wait(10000));
    QVERIFY(written);
    QCOMPARE(received, expected + QByteArray(3000, 'x'));
    QVERIFY2(largestWaiting <= 1000, qPrintable(QString::number(largestWaiting)));

    // A failed producer: the reader gets -1, even with bytes still queued.
    ChunkPipe failing(1000);
    QVERIFY(failing.write("1\ta\n"));
    failing.close(false, u"checksum mismatch"_s);
    QCOMPARE(failing.read(block, sizeof block), -1);
    QCOMPARE(failing.errorString(), u"checksum mismatch"_s);
}

void TestImportStream::pipeConsumerAbort()
{
    ChunkPipe pipe(100);
    std::atomic<bool> stopped{false};
    std::unique_ptr<QThread> producer(QThread::create([&] {
        while (pipe.write(QByteArray(60, 'y'))) {
        }
        stopped = true;
    }));
    producer->start();
    char block[10];
    QCOMPARE(pipe.read(block, sizeof block), 10);
    pipe.abort(); // the writer failed: a producer blocked on a full pipe must end
    QVERIFY(producer->wait(10000));
    QVERIFY(stopped);
}

void TestImportStream::memberIntoTable_data()
{
    QTest::addColumn<int>("dialectValue");
    QTest::addColumn<CompressionMethod>("method");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<bool>("corrupt");
    const QList<std::pair<const char *, Dialect>> dialects = {{"sqlite", Dialect::SQLite},
                                                              {"postgres", Dialect::PostgreSQL},
                                                              {"mariadb", Dialect::MariaDB}};
    for (const auto &[name, dialect] : dialects) {
        for (const bool corrupt : {false, true}) {
            const char *suffix = corrupt ? "corrupt" : "intact";
            QTest::addRow("%s stored %s", name, suffix)
                << int(dialect) << CompressionMethod::None << false << corrupt;
            QTest::addRow("%s zstd %s", name, suffix)
                << int(dialect) << CompressionMethod::Zstd << false << corrupt;
            QTest::addRow("%s zstd encrypted %s", name, suffix)
                << int(dialect) << CompressionMethod::Zstd << true << corrupt;
        }
    }
}

// A member is fed to the writer piece by piece; the damaged one fails after rows were
// already handed to the writer, and its chunk must be rolled back whole.
void TestImportStream::memberIntoTable()
{
    QFETCH(int, dialectValue);
    QFETCH(CompressionMethod, method);
    QFETCH(bool, encrypted);
    QFETCH(bool, corrupt);
    const auto dialect = Dialect(dialectValue);
    QTemporaryDir folder;
    DumpMemberInfo member;
    std::shared_ptr<DumpReader> reader;
    QVERIFY(writeDump(folder.path(), method, encrypted, &member, &reader));
    if (corrupt) {
        // One flipped bit in the middle of the stored bytes: for a member stored in
        // clear only the checksum at its end notices.
        QFile file(member.filePath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 at = member.dataOffset + member.storedSize / 2;
        QVERIFY(file.seek(at));
        const char byte = file.read(1).at(0);
        QVERIFY(file.seek(at));
        QCOMPARE(file.write(QByteArray(1, char(byte ^ 0x04))), 1);
    }

    const QString name = open(dialect);
    QVERIFY(!name.isEmpty());
    QSqlDatabase db = QSqlDatabase::database(name);
    const QString schema = dialect == Dialect::PostgreSQL ? u"public"_s
                           : dialect == Dialect::MariaDB  ? db.databaseName()
                                                          : u"main"_s;
    const QString table = dialect == Dialect::PostgreSQL ? u"public.streamed"_s : u"streamed"_s;
    QVERIFY(exec(db, u"DROP TABLE IF EXISTS "_s + table));
    QVERIFY(exec(db, u"CREATE TABLE %1 (id integer PRIMARY KEY, v varchar(40))"_s.arg(table)));

    ProducerThread thread;
    std::unique_ptr<TableWriter> writer = TableWriter::create(dialect);
    const ChunkStream::Result result =
        ChunkStream::load(thread, *writer, db, {tableDef(schema)},
                          ChunkStream::memberProducer(reader, {member}, nullptr), {}, kPipe);
    QVERIFY2(result.highWater <= kPipe, qPrintable(QString::number(result.highWater)));
    if (!corrupt) {
        QVERIFY2(result.pieces > 10, qPrintable(QString::number(result.pieces)));
        QVERIFY2(result.written.ok, qPrintable(result.written.errorString));
        QCOMPARE(result.written.rows, kRows);
        QCOMPARE(count(db, table), kRows);
        return;
    }
    QVERIFY(!result.written.ok);
    QVERIFY2(!result.sourceError.isEmpty(), qPrintable(result.written.errorString));
    QVERIFY2(result.sourceError.contains(member.name), qPrintable(result.sourceError));
    if (method == CompressionMethod::None) {
        // Stored in clear, the damage shows only in the checksum after the last byte:
        // by then every row went to the writer, in many pieces.
        QVERIFY2(result.pieces > 10, qPrintable(QString::number(result.pieces)));
        QVERIFY2(result.bytesRead > 0,
                 "the damage must be found after rows were handed to the writer");
    }
    QCOMPARE(count(db, table), 0);
    // The connection is usable and outside any transaction afterwards.
    QVERIFY(exec(db, u"INSERT INTO %1 VALUES (1, 'after')"_s.arg(table)));
    QCOMPARE(count(db, table), 1);
}

// Two workers loading one SQLite file take turns: one commits a chunk and begins the
// next at once, so the other's busy handler can miss every gap for many seconds (a
// 4.45-million-row table starved a second worker past the 10 s connect-time busy
// timeout). A target connection waits up to an hour.
void TestImportStream::sqliteTargetWaitsForOtherWorkers()
{
    const QString name = open(Dialect::SQLite);
    QVERIFY(!name.isEmpty());
    QSqlDatabase db = QSqlDatabase::database(name);
    QString error;
    QVERIFY2(DataSession::prepareTarget(db, Dialect::SQLite, &error), qPrintable(error));
    QSqlQuery query(db);
    QVERIFY(query.exec(u"PRAGMA busy_timeout"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 3600 * 1000);
}

// A writer that fails by itself (here a duplicate key in row 5) stops the producer;
// the chunk's error is the writer's, not the producer's "could not be passed on".
void TestImportStream::writerErrorIsReported()
{
    QTemporaryDir folder;
    DumpMemberInfo member;
    std::shared_ptr<DumpReader> reader;
    QVERIFY(writeDump(folder.path(), CompressionMethod::None, false, &member, &reader));
    const QString name = open(Dialect::SQLite);
    QVERIFY(!name.isEmpty());
    QSqlDatabase db = QSqlDatabase::database(name);
    QVERIFY(exec(db, u"DROP TABLE IF EXISTS streamed"_s));
    QVERIFY(exec(db, u"CREATE TABLE streamed (id integer PRIMARY KEY, v varchar(40))"_s));
    QVERIFY(exec(db, u"INSERT INTO streamed VALUES (5, 'already here')"_s));

    ProducerThread thread;
    std::unique_ptr<TableWriter> writer = TableWriter::create(Dialect::SQLite);
    const ChunkStream::Result result =
        ChunkStream::load(thread, *writer, db, {tableDef(u"main"_s)},
                          ChunkStream::memberProducer(reader, {member}, nullptr), {}, kPipe);
    QVERIFY(!result.written.ok);
    QVERIFY2(result.sourceError.isEmpty(), qPrintable(result.sourceError));
    QVERIFY2(result.written.errorString.contains(u"UNIQUE"_s),
             qPrintable(result.written.errorString));
    QCOMPARE(count(db, u"streamed"_s), 1);
}

// REMAP_DATA needs whole rows: rows cut across the decoder's pieces are put together
// before they are rewritten.
void TestImportStream::remappedRowsAcrossPieces()
{
    JobSpecParser parser(JobOperation::Import);
    const auto spec = parser.parseArguments(
        {u"target"_s, u"NETWORK_LINK=src"_s, u"REMAP_DATA=streamed.v:CONSTANT('z')"_s});
    QVERIFY2(spec, qPrintable(parser.errorString()));
    QString error;
    const std::optional<RowRemapper> remapper =
        RowRemapper::create(tableDef(u"main"_s), spec->remapData, Dialect::SQLite, {}, &error);
    QVERIFY2(remapper && !remapper->isEmpty(), qPrintable(error));
    ChunkPipe pipe(1 << 20);
    ChunkStream::Feed feed(pipe, &*remapper);
    const QByteArray text = "1\ta\n22\tbb\n333\tccc";
    for (qsizetype at = 0; at < text.size(); at += 3)
        QVERIFY(feed.write(QByteArrayView(text).sliced(at, qMin<qsizetype>(3, text.size() - at))));
    QVERIFY(feed.finish());
    pipe.close(true);
    QByteArray out(256, '\0');
    const qint64 n = pipe.read(out.data(), out.size());
    // The last row gets its newline back from the remapper.
    QCOMPARE(out.first(n), QByteArray("1\tz\n22\tz\n333\tz\n"));
}

void TestImportStream::keyIndexRewrite_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("primary key")
        << u"ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id)"_s
        << QStringList{u"CREATE UNIQUE INDEX IF NOT EXISTS orders_pkey ON public.orders (id)"_s,
                       u"ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING "
                       "INDEX orders_pkey"_s};
    QTest::newRow("quoted unique, two columns")
        << u"ALTER TABLE \"S\".\"T x\" ADD CONSTRAINT \"Key \"\"1\"\"\" UNIQUE (a, \"B\")"_s
        << QStringList{u"CREATE UNIQUE INDEX IF NOT EXISTS \"Key \"\"1\"\"\" ON \"S\".\"T x\" (a, "
                       "\"B\")"_s,
                       u"ALTER TABLE \"S\".\"T x\" ADD CONSTRAINT \"Key \"\"1\"\"\" UNIQUE USING "
                       "INDEX \"Key \"\"1\"\"\""_s};
    // Anything beyond the plain form keeps its ALTER TABLE.
    QTest::newRow("include") << u"ALTER TABLE t ADD CONSTRAINT k PRIMARY KEY (id) INCLUDE (v)"_s
                             << QStringList();
    QTest::newRow("deferrable") << u"ALTER TABLE t ADD CONSTRAINT k UNIQUE (v) DEFERRABLE"_s
                                << QStringList();
    QTest::newRow("nulls not distinct")
        << u"ALTER TABLE t ADD CONSTRAINT k UNIQUE NULLS NOT DISTINCT (v)"_s << QStringList();
    QTest::newRow("check") << u"ALTER TABLE t ADD CONSTRAINT k CHECK (v > 0)"_s << QStringList();
    QTest::newRow("unnamed") << u"ALTER TABLE t ADD PRIMARY KEY (id)"_s << QStringList();
}

void TestImportStream::keyIndexRewrite()
{
    QFETCH(QString, statement);
    QFETCH(QStringList, expected);
    const std::optional<QStringList> rewritten = KeyIndexBuilds::rewrite(statement);
    QCOMPARE(rewritten.value_or(QStringList()), expected);
}

void TestImportStream::foreignKeyRewrite_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain")
        << u"ALTER TABLE public.lines ADD CONSTRAINT lines_fk FOREIGN KEY (order_id) "
           "REFERENCES public.orders(id) ON DELETE CASCADE"_s
        << QStringList{u"ALTER TABLE public.lines ADD CONSTRAINT lines_fk FOREIGN KEY (order_id) "
                       "REFERENCES public.orders(id) ON DELETE CASCADE NOT VALID"_s,
                       u"ALTER TABLE public.lines VALIDATE CONSTRAINT lines_fk"_s,
                       u"ALTER TABLE public.lines DROP CONSTRAINT IF EXISTS lines_fk"_s};
    QTest::newRow("quoted")
        << u"ALTER TABLE \"S\".\"T x\" ADD CONSTRAINT \"K \"\"1\"\"\" FOREIGN KEY (a) "
           "REFERENCES \"S\".p(id) DEFERRABLE"_s
        << QStringList{u"ALTER TABLE \"S\".\"T x\" ADD CONSTRAINT \"K \"\"1\"\"\" FOREIGN KEY (a) "
                       "REFERENCES \"S\".p(id) DEFERRABLE NOT VALID"_s,
                       u"ALTER TABLE \"S\".\"T x\" VALIDATE CONSTRAINT \"K \"\"1\"\"\""_s,
                       u"ALTER TABLE \"S\".\"T x\" DROP CONSTRAINT IF EXISTS \"K \"\"1\"\"\""_s};
    // A key the source has NOT VALID stays so; other constraints are not keys.
    QTest::newRow("not valid") << u"ALTER TABLE t ADD CONSTRAINT k FOREIGN KEY (a) REFERENCES "
                                  "p(id) NOT VALID"_s
                               << QStringList();
    QTest::newRow("primary key") << u"ALTER TABLE t ADD CONSTRAINT k PRIMARY KEY (id)"_s
                                 << QStringList();
    QTest::newRow("unnamed") << u"ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES p(id)"_s
                             << QStringList();
}

void TestImportStream::foreignKeyRewrite()
{
    QFETCH(QString, statement);
    QFETCH(QStringList, expected);
    QCOMPARE(ForeignKeyValidation::rewrite(statement).value_or(QStringList()), expected);
}

// The two statements on a real server: a key whose rows hold ends up valid; one whose
// rows do not fails at VALIDATE and is dropped again; a restarted item sees the key
// its interrupted run added.
void TestImportStream::foreignKeyValidationOnPostgres()
{
    const QString name = open(Dialect::PostgreSQL);
    QVERIFY(!name.isEmpty());
    QSqlDatabase db = QSqlDatabase::database(name);
    QVERIFY(exec(db, u"DROP TABLE IF EXISTS public.fk_child, public.fk_parent"_s));
    QVERIFY(exec(db, u"CREATE TABLE public.fk_parent (id integer PRIMARY KEY)"_s));
    QVERIFY(exec(db, u"CREATE TABLE public.fk_child (id integer, pid integer)"_s));
    QVERIFY(exec(db, u"INSERT INTO public.fk_parent VALUES (1), (2)"_s));
    QVERIFY(exec(db, u"INSERT INTO public.fk_child VALUES (1, 1), (2, 2), (3, NULL)"_s));
    ForeignKeyLoader::Key key;
    key.table.schema = u"public"_s;
    key.table.name = u"fk_child"_s;
    key.key.name = u"fk_child_pid"_s;
    key.key.referencedTable = u"fk_parent"_s;
    key.ddl.sql = u"ALTER TABLE public.fk_child ADD CONSTRAINT fk_child_pid FOREIGN KEY (pid) "
                  "REFERENCES public.fk_parent(id)"_s;
    WorkItem item;
    item.payload.insert(u"statements"_s, QJsonArray{key.ddl.sql});
    ForeignKeyValidation::apply(item, key);
    const QJsonArray statements = item.payload.value(u"statements"_s).toArray();
    QCOMPARE(statements.size(), 2);
    const auto validated = [&db] {
        QSqlQuery query(db);
        return query.exec(u"SELECT convalidated FROM pg_constraint WHERE conname = "
                          "'fk_child_pid'"_s) &&
                       query.next()
                   ? std::optional<bool>(query.value(0).toBool())
                   : std::nullopt;
    };
    QVERIFY(!ForeignKeyValidation::addedBefore(db, item)); // a first run never skips
    item.attempts = 1;
    QVERIFY(!ForeignKeyValidation::addedBefore(db, item));
    QVERIFY(exec(db, statements.at(0).toString()));
    QCOMPARE(validated(), std::optional<bool>(false));
    QVERIFY(ForeignKeyValidation::addedBefore(db, item)); // the restart skips the ADD
    QVERIFY(exec(db, statements.at(1).toString()));
    QCOMPARE(validated(), std::optional<bool>(true));

    // An orphan: VALIDATE fails, undo() leaves no key behind.
    QVERIFY(exec(db, u"ALTER TABLE public.fk_child DROP CONSTRAINT fk_child_pid"_s));
    QVERIFY(exec(db, u"INSERT INTO public.fk_child VALUES (4, 9)"_s));
    QVERIFY(exec(db, statements.at(0).toString()));
    QSqlQuery check(db);
    QVERIFY(!check.exec(statements.at(1).toString()));
    QVERIFY2(check.lastError().text().contains(u"fk_child_pid"_s),
             qPrintable(check.lastError().text()));
    ForeignKeyValidation::undo(db, item);
    QCOMPARE(validated(), std::nullopt);
    QVERIFY(exec(db, u"DROP TABLE public.fk_child, public.fk_parent"_s));
}

// The rewritten statements give the same constraints as ADD PRIMARY KEY / UNIQUE, and
// a second run (a restart between the two statements) attaches the index built before.
void TestImportStream::keyIndexBuildsOnPostgres()
{
    const QString name = open(Dialect::PostgreSQL);
    QVERIFY(!name.isEmpty());
    QSqlDatabase db = QSqlDatabase::database(name);
    QVERIFY(exec(db, u"DROP TABLE IF EXISTS public.keyed"_s));
    QVERIFY(exec(db, u"CREATE TABLE public.keyed (id integer NOT NULL, code text)"_s));
    QVERIFY(
        exec(db, u"INSERT INTO public.keyed SELECT g, 'c' || g FROM generate_series(1, 1000) g"_s));
    QList<WorkItem> items(1);
    items[0].phase = JobPhase::Constraint;
    items[0].payload = {
        {u"type"_s, u"ddl"_s},
        {u"statements"_s,
         QJsonArray{u"ALTER TABLE public.keyed ADD CONSTRAINT keyed_pkey PRIMARY KEY (id)"_s,
                    u"ALTER TABLE public.keyed ADD CONSTRAINT keyed_code_key UNIQUE (code)"_s}}};
    KeyIndexBuilds::apply(items, Dialect::PostgreSQL);
    QCOMPARE(items.at(0).phase, JobPhase::Index);
    const QJsonArray statements = items.at(0).payload.value(u"statements"_s).toArray();
    QCOMPARE(statements.size(), 4);
    // A kill after the first index: the re-run skips it and goes on.
    QVERIFY(exec(db, statements.at(0).toString()));
    for (const QJsonValue &statement : statements)
        QVERIFY(exec(db, statement.toString()));
    QSqlQuery query(db);
    QVERIFY2(
        query.exec(
            u"SELECT string_agg(conname || '=' || CAST(contype AS text), ',' ORDER BY conname) "
            "FROM pg_constraint WHERE conrelid = CAST('public.keyed' AS regclass)"_s),
        qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"keyed_code_key=u,keyed_pkey=p"_s);
    QVERIFY(!exec(db, u"INSERT INTO public.keyed VALUES (1, 'new')"_s));

    // A partitioned table keeps its ALTER TABLE: USING INDEX does not take it.
    QVERIFY(exec(db, u"DROP TABLE IF EXISTS public.parted"_s));
    const QString createParted =
        u"CREATE TABLE public.parted (id integer NOT NULL) PARTITION BY RANGE (id)"_s;
    QVERIFY(exec(db, createParted));
    const std::optional<QStringList> parted = KeyIndexBuilds::rewrite(
        u"ALTER TABLE public.parted ADD CONSTRAINT parted_pkey PRIMARY KEY (id)"_s);
    QVERIFY(parted);
    QVERIFY(exec(db, parted->at(0)));
    QVERIFY(!exec(db, parted->at(1)));
    QList<WorkItem> partedItems(2);
    partedItems[0].phase = JobPhase::Metadata;
    partedItems[0].schema = partedItems[1].schema = u"public"_s;
    partedItems[0].name = partedItems[1].name = u"parted"_s;
    partedItems[0].payload = {{u"type"_s, u"table"_s}, {u"statements"_s, QJsonArray{createParted}}};
    partedItems[1].phase = JobPhase::Constraint;
    partedItems[1].payload = {
        {u"type"_s, u"ddl"_s},
        {u"statements"_s,
         QJsonArray{u"ALTER TABLE public.parted ADD CONSTRAINT parted_pkey PRIMARY KEY (id)"_s}}};
    KeyIndexBuilds::apply(partedItems, Dialect::PostgreSQL);
    QCOMPARE(partedItems.at(1).phase, JobPhase::Constraint);
    QVERIFY(exec(db, u"DROP TABLE public.parted"_s));

    // Other engines keep the item as it is.
    QList<WorkItem> maria(1);
    maria[0].phase = JobPhase::Constraint;
    maria[0].payload = items.at(0).payload;
    KeyIndexBuilds::apply(maria, Dialect::MariaDB);
    QCOMPARE(maria.at(0).phase, JobPhase::Constraint);
}

QTEST_GUILESS_MAIN(TestImportStream)
#include "tst_importstream.moc"
