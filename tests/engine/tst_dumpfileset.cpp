// The dump file set: round trips under every COMPRESSION x ENCRYPTION scope, the tar
// listing, FILESIZE rotation and %U names, REUSE_DUMPFILES, concurrent writers, and
// the errors a reader gives for damaged, truncated, missing, foreign, wrongly
// encrypted or future-version files (each names the file and the member).
#include "engine/dump/archivewriter.h"
#include "engine/dump/dumpchecksum.h"
#include "engine/dump/dumpreader.h"
#include "engine/dump/dumpwriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace sluice::engine;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

QByteArray rows(int count)
{
    QByteArray text;
    for (int i = 0; i < count; ++i)
        text += QByteArray::number(i) + "\tname " + QByteArray::number(i * 7) + "\t\\N\n";
    return text;
}

DumpWriterOptions baseOptions(const QString &folder, const QStringList &names)
{
    DumpWriterOptions options;
    for (const QString &name : names)
        options.fileTemplates << QDir(folder).filePath(name);
    options.kdfOpsLimit = 1; // the smallest Argon2id cost: these tests derive many keys
    options.kdfMemLimit = 8192;
    options.header.sourceEngine = QStringLiteral("PostgreSQL");
    options.header.serverVersion = QStringLiteral("15.8");
    options.header.jobName = QStringLiteral("SYS_EXPORT_SCHEMA_01");
    options.header.operation = QStringLiteral("EXPORT");
    return options;
}

DumpMemberSpec dataSpec(const QString &table, int chunk, qint64 rowCount)
{
    DumpMemberSpec spec;
    spec.kind = DumpMemberKind::Data;
    spec.schema = QStringLiteral("hr");
    spec.table = table;
    spec.chunk = chunk;
    spec.rows = rowCount;
    return spec;
}

DumpMemberSpec metadataSpec(const QString &name)
{
    DumpMemberSpec spec;
    spec.kind = DumpMemberKind::Metadata;
    spec.schema = QStringLiteral("hr");
    spec.objectType = QStringLiteral("TABLE");
    spec.objectName = name;
    return spec;
}

// Writes a small set: two metadata members, three data chunks, a master table.
struct SmallSet
{
    QList<QByteArray> payloads;
    QByteArray master;
};

bool writeSmallSet(DumpWriter &writer, const DumpWriterOptions &options, const QString &folder,
                   SmallSet *set)
{
    if (!writer.open(options))
        return false;
    set->payloads = {R"({"name": "regions"})", R"({"name": "countries"})", rows(3000), QByteArray(),
                     randomBytes(200 * 1024, 7)};
    const QList<DumpMemberSpec> specs = {
        metadataSpec(QStringLiteral("REGIONS")), metadataSpec(QStringLiteral("COUNTRIES")),
        dataSpec(QStringLiteral("regions"), 1, 3000), dataSpec(QStringLiteral("regions"), 2, 0),
        dataSpec(QStringLiteral("countries"), 1, 1)};
    for (qsizetype i = 0; i < specs.size(); ++i) {
        if (!writer.addMember(specs.at(i), set->payloads.at(i)))
            return false;
    }
    set->master = randomBytes(150 * 1024, 11);
    QFile master(QDir(folder).filePath(QStringLiteral("master.sqlite")));
    if (!master.open(QIODevice::WriteOnly) || master.write(set->master) != set->master.size())
        return false;
    master.close();
    return writer.addMasterTable(master.fileName()) && writer.finish();
}

} // namespace

class TestDumpFileSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { ArchiveWriter::setSpaceLimitForTesting(-1); }

    void roundTrip_data();
    void roundTrip();
    void tarListsTheDump();
    void templates_data();
    void templates();
    void roundRobinAndExhaustion();
    void fileSizeRotation();
    void memberLargerThanFileSize();
    void reuseDumpFiles();
    void concurrentWriters();
    void flippedByte();
    void truncatedFile();
    void missingFileOfSet();
    void fileFromAnotherSet();
    void wrongPassword();
    void wrongFormatVersion();
    void notADump();
    void unwritableFolder();
    void fullDisk();
    void dumpInfoCommand();
};

void TestDumpFileSet::roundTrip_data()
{
    QTest::addColumn<MemberScope>("compression");
    QTest::addColumn<CompressionMethod>("method");
    QTest::addColumn<MemberScope>("encryption");
    const QList<std::pair<MemberScope, CompressionMethod>> compressions = {
        {MemberScope::None, CompressionMethod::Zstd},
        {MemberScope::All, CompressionMethod::Zstd},
        {MemberScope::DataOnly, CompressionMethod::Gzip},
        {MemberScope::MetadataOnly, CompressionMethod::Zstd},
        {MemberScope::All, CompressionMethod::Gzip},
    };
    const QList<MemberScope> encryptions = {MemberScope::None, MemberScope::All,
                                            MemberScope::DataOnly, MemberScope::MetadataOnly};
    for (const auto &[scope, method] : compressions) {
        for (MemberScope encryption : encryptions) {
            const QString name =
                QStringLiteral("COMPRESSION=%1 %2 ENCRYPTION=%3")
                    .arg(DumpFormat::scopeName(scope), DumpFormat::methodName(method),
                         DumpFormat::scopeName(encryption));
            QTest::newRow(qPrintable(name)) << scope << method << encryption;
        }
    }
}

void TestDumpFileSet::roundTrip()
{
    QFETCH(MemberScope, compression);
    QFETCH(CompressionMethod, method);
    QFETCH(MemberScope, encryption);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DumpWriterOptions options = baseOptions(dir.path(), {QStringLiteral("hr.dmp")});
    options.compressionScope = compression;
    options.compressionMethod = method;
    options.compressionLevel = method == CompressionMethod::Gzip ? 6 : 3;
    options.encryptionScope = encryption;
    if (encryption != MemberScope::None)
        options.encryptionPassword = "s3cret \xc3\xa9";
    DumpWriter writer;
    SmallSet set;
    QVERIFY2(writeSmallSet(writer, options, dir.path(), &set), qPrintable(writer.errorString()));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral(".hr.dmp.part"))));

    DumpReader reader;
    QVERIFY2(reader.open({dir.filePath(QStringLiteral("hr.dmp"))}),
             qPrintable(reader.errorString()));
    QCOMPARE(reader.header().jobName, QStringLiteral("SYS_EXPORT_SCHEMA_01"));
    QCOMPARE(reader.header().sourceEngine, QStringLiteral("PostgreSQL"));
    QCOMPARE(reader.header().encryptionScope, encryption);
    QVERIFY2(reader.unlock(options.encryptionPassword), qPrintable(reader.errorString()));
    const QList<DumpMemberInfo> members = reader.members();
    QCOMPARE(members.size(), set.payloads.size() + 1);
    for (qsizetype i = 0; i < set.payloads.size(); ++i) {
        const DumpMemberInfo &member = members.at(i);
        QCOMPARE(member.encrypted, DumpFormat::scopeCovers(encryption, member.spec.kind));
        QCOMPARE(member.compression == method,
                 DumpFormat::scopeCovers(compression, member.spec.kind));
        QCOMPARE(member.rawChecksum.has_value(), !member.encrypted);
        QString error;
        QVERIFY2(reader.verifyMember(member, &error), qPrintable(error));
        const auto content = reader.readMember(member, &error);
        QVERIFY2(content.has_value(), qPrintable(error));
        QCOMPARE(*content, set.payloads.at(i));
    }
    QCOMPARE(members.at(2).spec.table, QStringLiteral("regions"));
    QCOMPARE(members.at(2).spec.rows, 3000);
    QCOMPARE(members.at(3).spec.chunk, 2);
    const auto master = reader.masterTable();
    QVERIFY(master.has_value());
    QCOMPARE(master->name, QStringLiteral("sluice-dump/master-table.sqlite"));
    const QString extracted = dir.filePath(QStringLiteral("extracted.sqlite"));
    QString error;
    QVERIFY2(reader.extractMasterTable(extracted, &error), qPrintable(error));
    QFile file(extracted);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), set.master);
}

void TestDumpFileSet::tarListsTheDump()
{
    QTemporaryDir dir;
    DumpWriterOptions options = baseOptions(dir.path(), {QStringLiteral("hr.dmp")});
    options.compressionScope = MemberScope::All;
    DumpWriter writer;
    SmallSet set;
    QVERIFY2(writeSmallSet(writer, options, dir.path(), &set), qPrintable(writer.errorString()));

    QProcess tar;
    tar.start(QStringLiteral("/usr/bin/tar"),
              {QStringLiteral("tf"), dir.filePath(QStringLiteral("hr.dmp"))});
    QVERIFY(tar.waitForFinished(30000));
    QCOMPARE(tar.exitCode(), 0);
    QCOMPARE(tar.readAllStandardError(), QByteArray());
    QStringList expected{QStringLiteral("sluice-dump/header.json")};
    for (const DumpMemberInfo &member : writer.members())
        if (member.spec.kind != DumpMemberKind::Header)
            expected << member.name;
    expected << QStringLiteral("sluice-dump/end.json");
    QCOMPARE(QString::fromUtf8(tar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts),
             expected);
    QVERIFY(expected.at(3).startsWith(QStringLiteral("data/")));
    QVERIFY(expected.at(3).endsWith(QStringLiteral("-hr.regions-0001.copy.zst")));
}

void TestDumpFileSet::templates_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expected");
    QTest::newRow("%U") << QStringLiteral("/d/exp%U.dmp") << 1 << QStringLiteral("/d/exp01.dmp");
    QTest::newRow("%u lower case")
        << QStringLiteral("/d/exp%u.dmp") << 12 << QStringLiteral("/d/exp12.dmp");
    QTest::newRow("two %U together")
        << QStringLiteral("/d/exp%Uaa%U.dmp") << 3 << QStringLiteral("/d/exp03aa03.dmp");
    QTest::newRow("%U past 99") << QStringLiteral("/d/exp%U.dmp") << 100 << QString();
    QTest::newRow("%L grows") << QStringLiteral("/d/exp%L.dmp") << 100
                              << QStringLiteral("/d/exp100.dmp");
    QTest::newRow("%L two digits")
        << QStringLiteral("/d/e%L.dmp") << 7 << QStringLiteral("/d/e07.dmp");
    QTest::newRow("folder untouched")
        << QStringLiteral("/d%U/e%U.dmp") << 5 << QStringLiteral("/d%U/e05.dmp");
    QTest::newRow("no template") << QStringLiteral("/d/plain.dmp") << 4
                                 << QStringLiteral("/d/plain.dmp");
}

void TestDumpFileSet::templates()
{
    QFETCH(QString, pattern);
    QFETCH(int, index);
    QFETCH(QString, expected);
    QCOMPARE(DumpFileNamer::expand(pattern, index), expected);
}

void TestDumpFileSet::roundRobinAndExhaustion()
{
    DumpFileNamer namer(
        {QStringLiteral("/d/a%U.dmp"), QStringLiteral("/d/one.dmp"), QStringLiteral("/d/b%U.dmp")});
    QString error;
    QStringList names;
    for (int i = 0; i < 6; ++i)
        names << namer.next(&error).value_or(QString());
    QCOMPARE(names, (QStringList{QStringLiteral("/d/a01.dmp"), QStringLiteral("/d/one.dmp"),
                                 QStringLiteral("/d/b01.dmp"), QStringLiteral("/d/a02.dmp"),
                                 QStringLiteral("/d/b02.dmp"), QStringLiteral("/d/a03.dmp")}));
    DumpFileNamer single({QStringLiteral("/d/only.dmp")});
    QVERIFY(single.next(&error).has_value());
    QVERIFY(!single.next(&error).has_value());
    QCOMPARE(error, QStringLiteral("Dump file space is exhausted: every DUMPFILE name is used "
                                   "(only.dmp). Add a template with %U, raise FILESIZE, or add "
                                   "files with ADD_FILE."));
    single.addTemplates({QStringLiteral("/d/more%U.dmp")});
    QCOMPARE(single.next(&error), std::optional<QString>(QStringLiteral("/d/more01.dmp")));
}

void TestDumpFileSet::fileSizeRotation()
{
    QTemporaryDir dir;
    DumpWriterOptions options =
        baseOptions(dir.path(), {QStringLiteral("a%U.dmp"), QStringLiteral("b%U.dmp")});
    options.fileSize = 64 * 1024;
    DumpWriter writer;
    QVERIFY2(writer.open(options), qPrintable(writer.errorString()));
    QVERIFY(writer.maxMemberSize() > 30 * 1024);
    QList<QByteArray> payloads;
    for (int i = 0; i < 12; ++i) {
        payloads << randomBytes(20 * 1024, quint32(i));
        QVERIFY2(writer.addMember(dataSpec(QStringLiteral("big"), i, 1), payloads.constLast()),
                 qPrintable(writer.errorString()));
    }
    QVERIFY2(writer.finish(), qPrintable(writer.errorString()));
    const QStringList paths = writer.filePaths();
    QVERIFY(paths.size() >= 4);
    QCOMPARE(QFileInfo(paths.at(0)).fileName(), QStringLiteral("a01.dmp"));
    QCOMPARE(QFileInfo(paths.at(1)).fileName(), QStringLiteral("b01.dmp"));
    QCOMPARE(QFileInfo(paths.at(2)).fileName(), QStringLiteral("a02.dmp"));
    for (const QString &path : paths)
        QVERIFY2(QFileInfo(path).size() <= options.fileSize, qPrintable(path));

    // Reading: the templates find every file; the members come back in order.
    const QStringList found = DumpFileNamer::existingFiles(options.fileTemplates);
    QCOMPARE(found.size(), paths.size());
    DumpReader reader;
    QVERIFY2(reader.open(found), qPrintable(reader.errorString()));
    QCOMPARE(reader.files().size(), paths.size());
    QCOMPARE(reader.members().size(), payloads.size());
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        QString error;
        QCOMPARE(reader.readMember(reader.members().at(i), &error).value_or(QByteArray()),
                 payloads.at(i));
    }
    // Only the first file given: the others are found beside it from the trailer.
    DumpReader fromFirst;
    QVERIFY2(fromFirst.open({paths.constFirst()}), qPrintable(fromFirst.errorString()));
    QCOMPARE(fromFirst.files().size(), paths.size());
}

void TestDumpFileSet::memberLargerThanFileSize()
{
    QTemporaryDir dir;
    DumpWriterOptions options = baseOptions(dir.path(), {QStringLiteral("a%U.dmp")});
    options.fileSize = 64 * 1024;
    DumpWriter writer;
    QVERIFY(writer.open(options));
    QVERIFY(writer.addMember(dataSpec(QStringLiteral("t"), 1, 1), randomBytes(1000, 1)));
    DumpMemberSpec spec = dataSpec(QStringLiteral("t"), 2, 1);
    spec.name = QStringLiteral("data/huge.copy");
    QVERIFY(!writer.addMember(spec, randomBytes(70 * 1024, 2)));
    QCOMPARE(writer.errorString(),
             QStringLiteral("Member data/huge.copy (71680 bytes stored) does not fit in a dump "
                            "file of FILESIZE=65536 bytes. Raise FILESIZE or make the chunks "
                            "smaller."));
    writer.abort();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestDumpFileSet::reuseDumpFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hr.dmp"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("old");
    existing.close();
    DumpWriterOptions options = baseOptions(dir.path(), {QStringLiteral("hr.dmp")});
    {
        DumpWriter writer;
        QVERIFY(!writer.open(options));
        QCOMPARE(writer.errorString(),
                 QStringLiteral("Dump file \"%1\" already exists. Remove it, choose another "
                                "DUMPFILE, or set REUSE_DUMPFILES=YES to overwrite it.")
                     .arg(QDir::toNativeSeparators(path)));
    }
    QCOMPARE(QFileInfo(path).size(), 3);
    options.reuseFiles = true;
    DumpWriter writer;
    SmallSet set;
    QVERIFY2(writeSmallSet(writer, options, dir.path(), &set), qPrintable(writer.errorString()));
    DumpReader reader;
    QVERIFY2(reader.open({path}), qPrintable(reader.errorString()));
}

void TestDumpFileSet::concurrentWriters()
{
    QTemporaryDir dir;
    DumpWriterOptions options = baseOptions(dir.path(), {QStringLiteral("par%U.dmp")});
    options.fileSize = 256 * 1024;
    options.compressionScope = MemberScope::DataOnly;
    options.encryptionScope = MemberScope::All;
    options.encryptionPassword = "pw";
    DumpWriter writer;
    QVERIFY(writer.open(options));
    std::vector<std::thread> workers;
    std::atomic<int> failures{0};
    for (int worker = 0; worker < 4; ++worker) {
        workers.emplace_back([&writer, &failures, worker] {
            for (int chunk = 0; chunk < 25; ++chunk) {
                const QString table = QStringLiteral("t%1").arg(worker);
                if (!writer.addMember(dataSpec(table, chunk, 200), rows(200 + chunk)))
                    ++failures;
            }
        });
    }
    for (std::thread &thread : workers)
        thread.join();
    QCOMPARE(failures.load(), 0);
    QVERIFY2(writer.finish(), qPrintable(writer.errorString()));
    DumpReader reader;
    QVERIFY2(reader.open({writer.filePaths().constFirst()}), qPrintable(reader.errorString()));
    QVERIFY(reader.unlock("pw"));
    QCOMPARE(reader.members().size(), 100);
    for (const DumpMemberInfo &member : reader.members()) {
        QString error;
        const auto content = reader.readMember(member, &error);
        QVERIFY2(content.has_value(), qPrintable(error));
        QCOMPARE(*content, rows(200 + member.spec.chunk));
    }
}

namespace {

// A three-file set (FILESIZE rotation) in folder; returns its files.
QStringList writeThreeFiles(const QString &folder, QString *error)
{
    DumpWriterOptions options = baseOptions(folder, {QStringLiteral("set%U.dmp")});
    options.fileSize = 64 * 1024;
    DumpWriter writer;
    if (!writer.open(options)) {
        *error = writer.errorString();
        return {};
    }
    for (int i = 0; i < 5; ++i) {
        if (!writer.addMember(dataSpec(QStringLiteral("jobs"), i, 10),
                              randomBytes(25 * 1024, quint32(i)))) {
            *error = writer.errorString();
            return {};
        }
    }
    if (!writer.finish()) {
        *error = writer.errorString();
        return {};
    }
    return writer.filePaths();
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

void TestDumpFileSet::flippedByte()
{
    QTemporaryDir dir;
    QString error;
    const QStringList paths = writeThreeFiles(dir.path(), &error);
    QVERIFY2(paths.size() >= 3, qPrintable(error));
    DumpReader reader;
    QVERIFY(reader.open(paths));
    const DumpMemberInfo member = reader.members().at(1);
    QFile file(member.filePath);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(member.dataOffset + 100));
    QByteArray stored = file.read(1);
    file.seek(member.dataOffset + 100);
    file.write(QByteArray(1, char(stored.at(0) ^ 0x01)));
    file.seek(member.dataOffset);
    const quint64 computed = DumpChecksum::of(file.read(member.storedSize));
    file.close();

    const QString expected =
        QStringLiteral("Dump file \"%1\", member %2: checksum mismatch "
                       "(stored %3, computed %4).")
            .arg(native(member.filePath), member.name, DumpChecksum::toHex(member.storedChecksum),
                 DumpChecksum::toHex(computed));
    QVERIFY(!reader.verifyMember(member, &error));
    QCOMPARE(error, expected);
    QVERIFY(!reader.readMember(member, &error).has_value());
    QCOMPARE(error, expected);
}

void TestDumpFileSet::truncatedFile()
{
    QTemporaryDir dir;
    QString error;
    const QStringList paths = writeThreeFiles(dir.path(), &error);
    QVERIFY2(paths.size() >= 3, qPrintable(error));
    DumpReader before;
    QVERIFY(before.open(paths));
    const DumpMemberInfo member = before.members().constLast();
    QFile file(member.filePath);
    QVERIFY(file.resize(member.dataOffset + 10));

    // libarchive reads the next member's header and a little of its data at once, so
    // the message names the last intact member.
    const DumpMemberInfo previous = before.members().at(before.members().size() - 2);
    QCOMPARE(previous.filePath, member.filePath);
    DumpReader reader;
    QVERIFY(!reader.open(paths));
    QCOMPARE(reader.errorString(),
             QStringLiteral("Dump file \"%1\" is truncated or damaged after member %2 "
                            "(Truncated tar archive).")
                 .arg(native(member.filePath), previous.name));

    // Cut exactly after a member: the end member is what is missing.
    QVERIFY(file.resize(member.dataOffset + member.storedSize));
    QVERIFY(!reader.open(paths));
    QCOMPARE(reader.errorString(),
             QStringLiteral("Dump file \"%1\" is truncated: it ends after member %2 without its "
                            "end member (sluice-dump/end.json).")
                 .arg(native(member.filePath), member.name));
}

void TestDumpFileSet::missingFileOfSet()
{
    QTemporaryDir dir;
    QString error;
    const QStringList paths = writeThreeFiles(dir.path(), &error);
    QVERIFY2(paths.size() >= 3, qPrintable(error));
    QVERIFY(QFile::remove(paths.at(1)));
    DumpReader reader;
    QVERIFY(!reader.open(paths.mid(0, 1) + paths.mid(2)));
    QCOMPARE(reader.errorString(),
             QStringLiteral("The dump file set is incomplete: file 2 of %1 (\"set02.dmp\") is "
                            "missing.")
                 .arg(paths.size()));
    // Without the last file, the set cannot be known complete.
    DumpReader withoutLast;
    QVERIFY(QFile::remove(paths.constLast()));
    QVERIFY(!withoutLast.open({paths.at(0)}));
    QCOMPARE(withoutLast.errorString(),
             QStringLiteral("The dump file set is incomplete: its last file is missing (the "
                            "files given end with file 1, \"%1\", which is not the last one).")
                 .arg(native(paths.at(0))));
}

void TestDumpFileSet::fileFromAnotherSet()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QString error;
    const QStringList a = writeThreeFiles(first.path(), &error);
    const QStringList b = writeThreeFiles(second.path(), &error);
    QVERIFY2(a.size() >= 3 && b.size() == a.size(), qPrintable(error));
    DumpReader reader;
    QVERIFY(!reader.open({a.at(0), b.at(1), a.at(2)}));
    DumpReader probe;
    QVERIFY(probe.open(a));
    DumpReader other;
    QVERIFY(other.open(b));
    QCOMPARE(
        reader.errorString(),
        QStringLiteral("Dump file \"%1\" belongs to another dump file set (set %2; \"%3\" "
                       "is from set %4).")
            .arg(native(b.at(1)), other.header().setId, native(a.at(0)), probe.header().setId));
}

void TestDumpFileSet::wrongPassword()
{
    QTemporaryDir dir;
    DumpWriterOptions options = baseOptions(dir.path(), {QStringLiteral("enc.dmp")});
    options.encryptionScope = MemberScope::All;
    options.encryptionPassword = "right";
    DumpWriter writer;
    SmallSet set;
    QVERIFY2(writeSmallSet(writer, options, dir.path(), &set), qPrintable(writer.errorString()));
    const QString path = dir.filePath(QStringLiteral("enc.dmp"));
    DumpReader reader;
    QVERIFY(reader.open({path}));
    QVERIFY(!reader.unlock("wrong"));
    QCOMPARE(reader.errorString(),
             QStringLiteral("Dump file \"%1\", member sluice-dump/header.json: The encryption "
                            "password is incorrect.")
                 .arg(native(path)));
    QVERIFY(!reader.unlock(QByteArray()));
    QCOMPARE(reader.errorString(),
             QStringLiteral("Dump file \"%1\", member sluice-dump/header.json: the dump file set "
                            "is encrypted (ENCRYPTION=ALL); give ENCRYPTION_PASSWORD.")
                 .arg(native(path)));
    QString error;
    const DumpMemberInfo member = reader.members().constFirst();
    QVERIFY(!reader.readMember(member, &error).has_value());
    QCOMPARE(error, QStringLiteral("Dump file \"%1\", member %2: the member is encrypted; give "
                                   "ENCRYPTION_PASSWORD.")
                        .arg(native(path), member.name));
    // The password is never written into the dump.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("right"));
}

void TestDumpFileSet::wrongFormatVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.dmp"));
    DumpHeader header;
    header.formatVersion = 2;
    header.setId = QStringLiteral("0b7e1f3a-0000-4000-8000-000000000000");
    const QByteArray json = header.toJson();
    DumpMemberInfo info;
    info.spec.kind = DumpMemberKind::Header;
    info.rawSize = json.size();
    info.storedChecksum = DumpChecksum::of(json);
    ArchiveWriter archive;
    QVERIFY(archive.open(path, QDateTime::currentDateTimeUtc()));
    QVERIFY(
        archive.writeMember(QStringLiteral("sluice-dump/header.json"), info.toAttributes(), json));
    QVERIFY(archive.close());
    DumpReader reader;
    QVERIFY(!reader.open({path}));
    QCOMPARE(reader.errorString(),
             QStringLiteral("Dump file \"%1\", member sluice-dump/header.json: format version 2 "
                            "is not supported (this Sluice reads version 1).")
                 .arg(native(path)));
}

void TestDumpFileSet::notADump()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(randomBytes(4096, 3));
    file.close();
    DumpReader reader;
    QVERIFY(!reader.open({path}));
    QVERIFY2(reader.errorString().startsWith(
                 QStringLiteral("Dump file \"%1\" is not a Sluice dump file: ").arg(native(path))),
             qPrintable(reader.errorString()));
    QVERIFY(!reader.open({dir.filePath(QStringLiteral("absent.dmp"))}));
    QCOMPARE(reader.errorString(), QStringLiteral("Dump file \"%1\" does not exist.")
                                       .arg(native(dir.filePath(QStringLiteral("absent.dmp")))));
}

namespace {

// A small tmpfs mounted for the test (we run as root in CI); unmounted on scope exit.
class SmallFileSystem
{
public:
    SmallFileSystem(const QString &folder, const QString &options)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        m_mounted =
            QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               options, QStringLiteral("tmpfs"), folder}) == 0;
    }
    ~SmallFileSystem()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_folder});
    }
    SmallFileSystem(const SmallFileSystem &) = delete;
    SmallFileSystem &operator=(const SmallFileSystem &) = delete;
    [[nodiscard]] bool mounted() const { return m_mounted; }

private:
    QString m_folder;
    bool m_mounted = false;
};

} // namespace

void TestDumpFileSet::unwritableFolder()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/hr.dmp"));
    DumpWriter writer;
    QVERIFY(!writer.open(baseOptions(dir.path(), {QStringLiteral("no-such-folder/hr.dmp")})));
    QCOMPARE(writer.errorString(),
             QStringLiteral("Cannot create dump file \"%1\": No such file or directory")
                 .arg(native(missing)));

    // A read-only folder: root ignores permission bits, so use a read-only mount.
    const QString readOnly = dir.filePath(QStringLiteral("ro"));
    SmallFileSystem fs(readOnly, QStringLiteral("ro,size=1m"));
    if (!fs.mounted()) {
        qInfo("cannot mount a read-only tmpfs here; checking a folder without write "
              "permission instead");
        QDir().mkpath(readOnly);
        QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
    DumpWriter second;
    QVERIFY(!second.open(baseOptions(readOnly, {QStringLiteral("hr.dmp")})));
    const QString target = native(QDir(readOnly).filePath(QStringLiteral("hr.dmp")));
    const QString reason = fs.mounted() ? QStringLiteral("Read-only file system")
                                        : QStringLiteral("Permission denied");
    QCOMPARE(second.errorString(),
             QStringLiteral("Cannot create dump file \"%1\": %2").arg(target, reason));
}

void TestDumpFileSet::fullDisk()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("small"));
    SmallFileSystem fs(folder, QStringLiteral("size=512k"));
    if (!fs.mounted()) {
        // Not root (a developer's machine): simulate ENOSPC in the archive layer.
        qInfo("cannot mount a small tmpfs here; simulating a full disk after 512 KiB");
        QDir().mkpath(folder);
        ArchiveWriter::setSpaceLimitForTesting(512 * 1024);
    }
    DumpWriterOptions options = baseOptions(folder, {QStringLiteral("full.dmp")});
    DumpWriter writer;
    QVERIFY2(writer.open(options), qPrintable(writer.errorString()));
    bool failed = false;
    QString failedMember;
    for (int i = 0; i < 20 && !failed; ++i) {
        DumpMemberSpec spec = dataSpec(QStringLiteral("t"), i, 1);
        spec.name = QStringLiteral("data/chunk-%1.copy").arg(i);
        failed = !writer.addMember(spec, randomBytes(64 * 1024, quint32(i)));
        failedMember = spec.name;
    }
    QVERIFY(failed);
    const QString path = native(QDir(folder).filePath(QStringLiteral("full.dmp")));
    QCOMPARE(writer.errorString(),
             QStringLiteral("Cannot write dump file \"%1\", member %2: No space left on device")
                 .arg(path, failedMember));
    QVERIFY(!writer.finish());
    writer.abort();
    // Nothing that looks like a dump is left behind.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestDumpFileSet::dumpInfoCommand()
{
    const QString binDir = qEnvironmentVariable("SLUICE_BIN_DIR");
    QVERIFY2(!binDir.isEmpty(), "SLUICE_BIN_DIR is not set: run this test through ctest");
    QTemporaryDir dir;
    DumpWriterOptions options = baseOptions(dir.path(), {QStringLiteral("info.dmp")});
    options.compressionScope = MemberScope::DataOnly;
    options.encryptionScope = MemberScope::DataOnly;
    options.encryptionPassword = "pw";
    DumpWriter writer;
    SmallSet set;
    QVERIFY2(writeSmallSet(writer, options, dir.path(), &set), qPrintable(writer.errorString()));
    const QString path = dir.filePath(QStringLiteral("info.dmp"));
    const auto run = [&](const QStringList &arguments, QByteArray *out, QByteArray *err) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SLUICE_HOME"), dir.filePath(QStringLiteral("home")));
        process.setProcessEnvironment(environment);
        process.start(QDir(binDir).filePath(QStringLiteral("sluice-cli")),
                      QStringList{QStringLiteral("dumpinfo")} + arguments);
        process.waitForFinished(60000);
        *out = process.readAllStandardOutput();
        *err = process.readAllStandardError();
        return process.exitCode();
    };
    QByteArray out;
    QByteArray err;
    QCOMPARE(run({path, QStringLiteral("VERIFY=YES"), QStringLiteral("ENCRYPTION_PASSWORD=pw")},
                 &out, &err),
             0);
    QVERIFY2(out.contains(";     Job:          SYS_EXPORT_SCHEMA_01 (EXPORT)"), out.constData());
    QVERIFY2(out.contains(";     Encryption:   DATA_ONLY"), out.constData());
    QVERIFY2(out.contains("hr.regions chunk 1 rows 3000"), out.constData());
    QVERIFY2(out.contains("MASTER_TABLE"), out.constData());
    QVERIFY2(out.contains("; Verified: every member's checksum is correct."), out.constData());

    QCOMPARE(run({path, QStringLiteral("ENCRYPTION_PASSWORD=nope")}, &out, &err), 1);
    QCOMPARE(QString::fromUtf8(err).trimmed(),
             QStringLiteral("sluice-cli: Dump file \"%1\", member sluice-dump/header.json: The "
                            "encryption password is incorrect.")
                 .arg(native(path)));

    // A flipped byte: listed as BAD, named on stderr, exit code 1.
    DumpReader reader;
    QVERIFY(reader.open({path}));
    const DumpMemberInfo member = reader.members().at(2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(member.dataOffset + 5));
    const char byte = file.read(1).at(0);
    QVERIFY(file.seek(member.dataOffset + 5));
    file.write(QByteArray(1, char(byte ^ 0x40)));
    file.close();
    QCOMPARE(run({path, QStringLiteral("VERIFY=YES")}, &out, &err), 1);
    QVERIFY2(
        err.contains(QStringLiteral("sluice-cli: Dump file \"%1\", member %2: checksum mismatch")
                         .arg(native(path), member.name)
                         .toUtf8()),
        err.constData());
    QVERIFY(out.contains("; Verification FAILED."));
}

QTEST_GUILESS_MAIN(TestDumpFileSet)
#include "tst_dumpfileset.moc"
