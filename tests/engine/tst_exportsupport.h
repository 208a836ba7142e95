// Helpers shared by the export tests: running sluice-cli, reading a dump file set
// back into per-table row counts and content checksums, and the same figures
// computed on a source database through its own catalog's column types.
#pragma once

#include "engine/catalog/catalogreader.h"
#include "engine/data/datasession.h"
#include "engine/data/rowsplitter.h"
#include "engine/data/tablechecksum.h"
#include "engine/dump/dumpreader.h"
#include "testservers.h"

#include <QDir>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace exporttest {

using namespace sluice::engine;
using namespace Qt::StringLiterals;

struct TableContent
{
    qint64 rows = 0;
    QString checksum;
    bool operator==(const TableContent &) const = default;
};
using Content = QMap<QString, TableContent>; // "schema.table"

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Points SLUICE_HOME at home (test paths, no keychain) and returns the sluice-cli the
// build made, or an empty string when it is missing.
inline QString useCliHome(const QString &home)
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("SLUICE_HOME", home.toUtf8());
    qputenv("SLUICE_NO_KEYCHAIN", "1");
    const QString cli = qEnvironmentVariable("SLUICE_BIN_DIR") + u"/sluice-cli"_s;
    return QFile::exists(cli) ? cli : QString();
}

inline Run
runProgram(const QString &program, const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
           const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run run;
    if (!process.waitForStarted())
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QStringList filesIn(const QString &folder, const QString &pattern)
{
    QStringList files;
    const QStringList names =
        QDir(folder).entryList({pattern}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names)
        files << folder + u'/' + name;
    return files;
}

// Every table's rows and checksum in a dump (data members summed per table); also
// checks that the set has its master table. withSchema=false keys by table name only,
// so dumps of different engines (hr, a MariaDB database, main) compare.
inline bool readDump(const QStringList &files, Content *content, QString *error,
                     const QByteArray &password = {}, bool withSchema = true)
{
    DumpReader reader;
    if (!reader.open(files)) {
        *error = reader.errorString();
        return false;
    }
    if (reader.header().encrypted() && !reader.unlock(password)) {
        *error = reader.errorString();
        return false;
    }
    QMap<QString, TableChecksum::Accumulator> sums;
    for (const DumpMemberInfo &member : reader.members()) {
        if (member.spec.kind != DumpMemberKind::Data)
            continue;
        const auto data = reader.readMember(member, error);
        if (!data)
            return false;
        const QString key =
            withSchema ? member.spec.schema + u'.' + member.spec.table : member.spec.table;
        TableChecksum::Accumulator &sum = sums[key];
        // A row is hashed without its newline, as TableChecksum::compute does.
        RowSplitter splitter;
        (void)splitter.feed(*data, [&sum](QByteArrayView row) {
            sum.addRow(row);
            return true;
        });
    }
    if (!reader.masterTable()) {
        *error = u"the dump has no master table"_s;
        return false;
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        content->insert(it.key(), {it.value().rows(), it.value().checksum()});
    return true;
}

// Every table of a schema, summed on the source with the column types of the source's
// own catalog (the types the export writes its canonical text by).
inline bool sourceContent(QSqlDatabase &db, Dialect dialect, const QString &schema,
                          Content *content, QString *error, bool withSchema = true)
{
    if (!DataSession::prepare(db, dialect, error))
        return false;
    CatalogReadOptions options;
    options.schemas = {schema};
    const std::optional<Catalog> catalog = CatalogReader::read(db, options, error);
    if (!catalog)
        return false;
    for (const SchemaDef &schemaDef : catalog->schemas) {
        for (const TableDef &table : schemaDef.tables) {
            ReadRequest request;
            request.table = table;
            const ChecksumResult sum = TableChecksum::compute(db, dialect, request);
            if (!sum.ok) {
                *error = sum.errorString;
                return false;
            }
            content->insert(withSchema ? table.schema + u'.' + table.name : table.name,
                            {sum.rows, sum.checksum});
        }
    }
    return true;
}

// Every table of a SQLite database's main schema, as sourceContent() sums it; empty
// (with a warning) when the file cannot be read.
inline Content sqliteContent(const QString &path)
{
    Content content;
    const QString name = u"sluice.test.export.sqlitecontent"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QString error;
        if (!db.open() || !sourceContent(db, Dialect::SQLite, u"main"_s, &content, &error))
            qWarning() << "content of" << path << ":" << error;
    }
    QSqlDatabase::removeDatabase(name);
    return content;
}

using sluicetest::Server;
using sluicetest::serverFromEnvironment;

// Runs an SQL script with the engine's own client (psql, mariadb, sqlite3) into a
// database (SQLite: a file).
inline bool loadScript(Dialect dialect, const Server &server, const QString &database,
                       const QString &script, QString *error)
{
    QProcess client;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString program;
    QStringList arguments;
    if (dialect == Dialect::PostgreSQL) {
        environment.insert(u"PGPASSWORD"_s, server.password);
        program = u"psql"_s;
        arguments = {u"-X"_s, u"-q"_s,     u"-v"_s, u"ON_ERROR_STOP=1"_s,
                     u"-h"_s, server.host, u"-p"_s, QString::number(server.port),
                     u"-U"_s, server.user, u"-d"_s, database,
                     u"-f"_s, script};
    } else if (dialect == Dialect::MariaDB) {
        program = u"mariadb"_s;
        arguments = {u"--no-defaults"_s,
                     u"--protocol=tcp"_s,
                     u"--host=%1"_s.arg(server.host),
                     u"--port=%1"_s.arg(server.port),
                     u"--user=%1"_s.arg(server.user),
                     u"--password=%1"_s.arg(server.password),
                     u"--default-character-set=utf8mb4"_s,
                     database};
        client.setStandardInputFile(script);
    } else {
        program = u"sqlite3"_s;
        arguments = {u"-bail"_s, database, u".read "_s + script};
    }
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        *error = program + u" is not installed"_s;
        return false;
    }
    client.setProcessEnvironment(environment);
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(path, arguments);
    if (!client.waitForFinished(120000) || client.exitStatus() != QProcess::NormalExit ||
        client.exitCode() != 0) {
        *error =
            program + u" failed on "_s + script + u": "_s + QString::fromUtf8(client.readAll());
        return false;
    }
    return true;
}

} // namespace exporttest
