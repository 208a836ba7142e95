// Directory objects: the store, grants, Data Pump's precedence for file specs and
// the refusal of file names that would leave their folder.
#include "engine/core/apppaths.h"
#include "engine/directory/directoryobjectstore.h"
#include "engine/directory/directoryresolver.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

using namespace sluice::engine;
using namespace Qt::StringLiterals;

class TestDirectoryObjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultDirectory();
    void storePersistence();
    void storeErrors();
    void privileges_data();
    void privileges();
    void precedence_data();
    void precedence();
    void unsafeNames_data();
    void unsafeNames();
    void splitSpec_data();
    void splitSpec();
    void symlinks_data();
    void symlinks();
    void missingPrivilege_data();
    void missingPrivilege();
    void missingFolder();
    void notAFolder();
    void unwritableFolder();
    void readChecks();
    void unknownDirectory();

private:
    QString folder(const QString &name) const { return m_root.filePath(name); }
    DirectoryObjectStore m_store{QString()};
    QTemporaryDir m_root;
};

void TestDirectoryObjects::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_root.isValid());
    qputenv("SLUICE_HOME", m_root.filePath(u"home"_s).toUtf8());
    for (const char *name : {"exp", "imp", "env", "job"})
        QVERIFY(QDir().mkpath(folder(QString::fromLatin1(name))));
}

void TestDirectoryObjects::init()
{
    qunsetenv("DATA_PUMP_DIR");
    QFile::remove(DirectoryObjectStore::defaultFilePath());
    m_store = DirectoryObjectStore();
    QVERIFY(m_store.load());
    QVERIFY(m_store.create(u"expdir"_s, folder(u"exp"_s)));
    QVERIFY(m_store.create(u"IMPDIR"_s, folder(u"imp"_s)));
    QVERIFY(m_store.create(u"EnvDir"_s, folder(u"env"_s)));
    QVERIFY(m_store.create(u"JOBDIR"_s, folder(u"job"_s)));
    for (const char *name : {"EXPDIR", "ENVDIR", "JOBDIR"})
        QVERIFY(m_store.grant(DirectoryPrivilege::Read | DirectoryPrivilege::Write,
                              QString::fromLatin1(name), u"hr"_s));
    QVERIFY(m_store.grant(DirectoryPrivilege::Read, u"impdir"_s, u"HR"_s));
}

void TestDirectoryObjects::defaultDirectory()
{
    DirectoryObjectStore store;
    QVERIFY(store.load());
    const auto object = store.find(u"data_pump_dir"_s);
    QVERIFY(object.has_value());
    QCOMPARE(object->path, QDir::cleanPath(AppPaths::defaultDumpDir()));
    QCOMPARE(object->privilegesFor(u"anyone"_s),
             DirectoryPrivilege::Read | DirectoryPrivilege::Write);
    QCOMPARE(object->privilegesFor(QString()),
             DirectoryPrivilege::Read | DirectoryPrivilege::Write);
    QVERIFY(!store.drop(u"DATA_PUMP_DIR"_s));
    QVERIFY(store.errorString().contains(u"cannot be dropped"_s));

    // Created on demand when a job writes to it.
    QDir(AppPaths::defaultDumpDir()).removeRecursively();
    QString error;
    const auto file = DirectoryResolver(store).resolve({u"x.dmp"_s, {}, u"hr"_s}, &error);
    QVERIFY2(file.has_value(), qPrintable(error));
    QVERIFY(QFileInfo(AppPaths::defaultDumpDir()).isDir());
    QCOMPARE(file->directoryName, u"DATA_PUMP_DIR"_s);
    QCOMPARE(file->source, ResolvedFile::Source::Default);
}

void TestDirectoryObjects::storePersistence()
{
    QVERIFY(m_store.grant(DirectoryPrivilege::Read, u"EXPDIR"_s, u"public"_s));
    QVERIFY(m_store.save());
    DirectoryObjectStore reloaded;
    QVERIFY2(reloaded.load(), qPrintable(reloaded.errorString()));
    QCOMPARE(reloaded.directories(), m_store.directories());
    QStringList names;
    for (const DirectoryObject &object : reloaded.directories())
        names << object.name;
    QCOMPARE(names,
             (QStringList{u"DATA_PUMP_DIR"_s, u"ENVDIR"_s, u"EXPDIR"_s, u"IMPDIR"_s, u"JOBDIR"_s}));
    const auto exp = reloaded.find(u"expdir"_s);
    QCOMPARE(exp->grants.value(u"hr"_s), DirectoryPrivilege::Read | DirectoryPrivilege::Write);
    QCOMPARE(exp->grants.value(u"PUBLIC"_s), DirectoryPrivileges(DirectoryPrivilege::Read));
    QCOMPARE(exp->path, folder(u"exp"_s));

    // Replace keeps the grants, as CREATE OR REPLACE DIRECTORY does.
    QVERIFY(reloaded.create(u"EXPDIR"_s, folder(u"imp"_s), true));
    QCOMPARE(reloaded.find(u"EXPDIR"_s)->path, folder(u"imp"_s));
    QCOMPARE(reloaded.find(u"EXPDIR"_s)->grants, exp->grants);
    QVERIFY(reloaded.revoke(DirectoryPrivilege::Write, u"EXPDIR"_s, u"HR"_s));
    QCOMPARE(reloaded.find(u"EXPDIR"_s)->grants.value(u"hr"_s),
             DirectoryPrivileges(DirectoryPrivilege::Read));
    QVERIFY(reloaded.revoke(DirectoryPrivilege::Read, u"EXPDIR"_s, u"hr"_s));
    QVERIFY(!reloaded.find(u"EXPDIR"_s)->grants.contains(u"hr"_s));
    QVERIFY(reloaded.drop(u"expdir"_s));
    QVERIFY(!reloaded.find(u"EXPDIR"_s));
}

void TestDirectoryObjects::storeErrors()
{
    QVERIFY(!m_store.create(u"EXPDIR"_s, folder(u"imp"_s)));
    QVERIFY(m_store.errorString().contains(u"exists already"_s));
    QVERIFY(m_store.errorString().contains(u"--replace"_s));
    QVERIFY(!m_store.create(u"1BAD"_s, folder(u"x"_s)));
    QVERIFY(m_store.errorString().contains(u"not a valid directory object name"_s));
    QVERIFY(!m_store.create(u"A-B"_s, folder(u"x"_s)));
    QVERIFY(!m_store.create(u"NOFOLDER"_s, QString()));
    QVERIFY(!m_store.drop(u"NOPE"_s));
    QVERIFY(m_store.errorString().contains(u"no directory object named NOPE"_s));
    QVERIFY(!m_store.grant(DirectoryPrivilege::Read, u"NOPE"_s, u"hr"_s));
    QVERIFY(!m_store.revoke(DirectoryPrivilege::Write, u"IMPDIR"_s, u"hr"_s));
    QVERIFY(m_store.errorString().contains(u"holds no WRITE privilege on IMPDIR"_s));

    const QString path = m_root.filePath(u"bad.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"directories":[{"name":"X","path":"relative/folder"}]})");
    file.close();
    DirectoryObjectStore bad(path);
    QVERIFY(!bad.load());
    QVERIFY(bad.errorString().contains(u"\"X\" is invalid"_s));
    QVERIFY(bad.find(u"DATA_PUMP_DIR"_s).has_value());
}

void TestDirectoryObjects::privileges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("read") << u"READ"_s << true << u"READ"_s;
    QTest::newRow("write lower") << u"write"_s << true << u"WRITE"_s;
    QTest::newRow("both") << u"READ,WRITE"_s << true << u"READ,WRITE"_s;
    QTest::newRow("both spaced reversed") << u"write, read"_s << true << u"READ,WRITE"_s;
    QTest::newRow("all") << u"ALL"_s << true << u"READ,WRITE"_s;
    QTest::newRow("execute") << u"EXECUTE"_s << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("trailing comma") << u"READ,"_s << false << QString();
}

void TestDirectoryObjects::privileges()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, formatted);
    const auto parsed = DirectoryObject::parsePrivileges(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(DirectoryObject::formatPrivileges(*parsed), formatted);
}

void TestDirectoryObjects::precedence_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("jobDirectory");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("directory");
    QTest::addColumn<int>("source");
    QTest::newRow("spec wins over all") << u"expdir:a.dmp"_s << u"JOBDIR"_s << u"ENVDIR"_s
                                        << u"EXPDIR"_s << int(ResolvedFile::Source::FileSpec);
    QTest::newRow("job directory over env")
        << u"a.dmp"_s << u"jobdir"_s << u"ENVDIR"_s << u"JOBDIR"_s
        << int(ResolvedFile::Source::JobDirectory);
    QTest::newRow("env over default") << u"a.dmp"_s << QString() << u"envdir"_s << u"ENVDIR"_s
                                      << int(ResolvedFile::Source::Environment);
    QTest::newRow("default") << u"a.dmp"_s << QString() << QString() << u"DATA_PUMP_DIR"_s
                             << int(ResolvedFile::Source::Default);
    QTest::newRow("spec without job dir") << u"EnvDir:a.dmp"_s << QString() << QString()
                                          << u"ENVDIR"_s << int(ResolvedFile::Source::FileSpec);
}

void TestDirectoryObjects::precedence()
{
    QFETCH(QString, spec);
    QFETCH(QString, jobDirectory);
    QFETCH(QString, environment);
    QFETCH(QString, directory);
    QFETCH(int, source);
    if (!environment.isEmpty())
        qputenv("DATA_PUMP_DIR", environment.toUtf8());
    QString error;
    const auto file = DirectoryResolver(m_store).resolve({spec, jobDirectory, u"hr"_s}, &error);
    QVERIFY2(file.has_value(), qPrintable(error));
    QCOMPARE(file->directoryName, directory);
    QCOMPARE(int(file->source), source);
    QCOMPARE(file->fileName, u"a.dmp"_s);
    QCOMPARE(file->absolutePath, QDir(m_store.find(directory)->path).filePath(u"a.dmp"_s));
    QVERIFY(!file->exists);
}

void TestDirectoryObjects::unsafeNames_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected");
    QTest::newRow("parent") << u"../x.dmp"_s << u"contains a path separator"_s;
    QTest::newRow("parent with dir") << u"EXPDIR:../x.dmp"_s << u"contains a path separator"_s;
    QTest::newRow("dotdot alone") << u"EXPDIR:.."_s << u"names a folder"_s;
    QTest::newRow("dot") << u"."_s << u"names a folder"_s;
    QTest::newRow("absolute") << u"/etc/passwd"_s << u"is an absolute path"_s;
    QTest::newRow("absolute after dir") << u"EXPDIR:/etc/passwd"_s << u"is an absolute path"_s;
    QTest::newRow("subfolder") << u"a/b"_s << u"contains a path separator"_s;
    QTest::newRow("backslash parent") << u"..\\x"_s << u"contains a path separator"_s;
    QTest::newRow("backslash absolute") << u"\\x.dmp"_s << u"is an absolute path"_s;
    QTest::newRow("drive") << u"C:\\x"_s << u"drive letter"_s;
    QTest::newRow("drive slash") << u"c:/x.dmp"_s << u"drive letter"_s;
    QTest::newRow("drive after dir") << u"EXPDIR:C:\\x"_s << u"drive letter"_s;
    QTest::newRow("unc") << u"\\\\server\\share\\x.dmp"_s << u"network (UNC) path"_s;
    QTest::newRow("unc slashes") << u"//server/share/x.dmp"_s << u"network (UNC) path"_s;
    QTest::newRow("second colon") << u"EXPDIR:a:b"_s << u"contains ':'"_s;
    QTest::newRow("empty") << QString() << u"file name is empty"_s;
    QTest::newRow("empty after dir") << u"EXPDIR:"_s << u"file name is empty"_s;
    QTest::newRow("control char") << u"a\nb.dmp"_s << u"control character"_s;
}

void TestDirectoryObjects::unsafeNames()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    QString error;
    const auto file = DirectoryResolver(m_store).resolve({spec, {}, u"hr"_s}, &error);
    QVERIFY(!file.has_value());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestDirectoryObjects::splitSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("directory");
    QTest::addColumn<QString>("file");
    QTest::newRow("plain") << u"exp.dmp"_s << QString() << u"exp.dmp"_s;
    QTest::newRow("dir") << u"dpump_dir1:exp1.dmp"_s << u"dpump_dir1"_s << u"exp1.dmp"_s;
    QTest::newRow("template") << u"DIR:exp%U.dmp"_s << u"DIR"_s << u"exp%U.dmp"_s;
    QTest::newRow("drive") << u"C:\\x"_s << QString() << u"C:\\x"_s;
    QTest::newRow("leading colon") << u":x"_s << QString() << u":x"_s;
}

void TestDirectoryObjects::splitSpec()
{
    QFETCH(QString, spec);
    QFETCH(QString, directory);
    QFETCH(QString, file);
    const auto [d, f] = DirectoryResolver::splitSpec(spec);
    QCOMPARE(d, directory);
    QCOMPARE(f, file);
}

void TestDirectoryObjects::symlinks_data()
{
    QTest::addColumn<QString>("target"); // relative to the temporary root
    QTest::addColumn<bool>("allowed");
    QTest::newRow("outside file") << u"outside.txt"_s << false;
    QTest::newRow("outside missing") << u"nowhere/x.dmp"_s << false;
    QTest::newRow("etc passwd") << u"/etc/passwd"_s << false;
    QTest::newRow("inside file") << u"exp/real.dmp"_s << true;
    QTest::newRow("inside subfolder") << u"exp/sub/real.dmp"_s << true;
    QTest::newRow("inside missing") << u"exp/later.dmp"_s << true;
    QTest::newRow("sibling prefix") << u"exp2/x.dmp"_s << false;
}

void TestDirectoryObjects::symlinks()
{
#ifdef Q_OS_WIN
    QSKIP("symbolic links need extra rights on Windows");
#endif
    QFETCH(QString, target);
    QFETCH(bool, allowed);
    QVERIFY(QDir().mkpath(folder(u"exp/sub"_s)));
    QVERIFY(QDir().mkpath(folder(u"exp2"_s)));
    for (const QString &name : {u"outside.txt"_s, u"exp/real.dmp"_s, u"exp/sub/real.dmp"_s}) {
        QFile f(folder(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QString link = folder(u"exp/link.dmp"_s);
    QFile::remove(link);
    const QString absoluteTarget = target.startsWith(u'/') ? target : folder(target);
    QVERIFY(QFile::link(absoluteTarget, link));
    QString error;
    const auto file =
        DirectoryResolver(m_store).resolve({u"EXPDIR:link.dmp"_s, {}, u"hr"_s}, &error);
    QCOMPARE(file.has_value(), allowed);
    if (!allowed) {
        QVERIFY2(error.contains(u"leads out of its folder"_s), qPrintable(error));
        QVERIFY(error.contains(u"EXPDIR"_s));
    }
    QFile::remove(link);
}

void TestDirectoryObjects::missingPrivilege_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("access");
    QTest::addColumn<QString>("expected");
    QTest::newRow("write on read-only grant")
        << u"IMPDIR:x.dmp"_s << u"hr"_s << int(FileAccess::Write)
        << u"The connection profile \"hr\" has no WRITE privilege on the directory object IMPDIR ("_s;
    QTest::newRow("other profile") << u"EXPDIR:x.dmp"_s << u"scott"_s << int(FileAccess::Read)
                                   << u"\"sluice-cli directory grant READ ON EXPDIR TO scott\""_s;
    QTest::newRow("url connection")
        << u"EXPDIR:x.dmp"_s << QString() << int(FileAccess::Write)
        << u"only PUBLIC's privileges, and PUBLIC has no WRITE privilege on the directory "
           "object EXPDIR"_s;
}

void TestDirectoryObjects::missingPrivilege()
{
    QFETCH(QString, spec);
    QFETCH(QString, profile);
    QFETCH(int, access);
    QFETCH(QString, expected);
    QString error;
    const auto file =
        DirectoryResolver(m_store).resolve({spec, {}, profile, FileAccess(access)}, &error);
    QVERIFY(!file.has_value());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestDirectoryObjects::missingFolder()
{
    QVERIFY(m_store.create(u"GONE"_s, folder(u"gone"_s)));
    QVERIFY(m_store.grant(DirectoryPrivilege::Write, u"GONE"_s, u"public"_s));
    QString error;
    QVERIFY(!DirectoryResolver(m_store).resolve({u"GONE:x.log"_s, {}, u"hr"_s}, &error));
    QVERIFY2(error.contains(u"of the directory object GONE does not exist"_s), qPrintable(error));
    QVERIFY(error.contains(u"sluice-cli directory create GONE <folder> --replace"_s));
    QVERIFY(!QFileInfo::exists(folder(u"gone"_s))); // only DATA_PUMP_DIR is made on demand
}

void TestDirectoryObjects::notAFolder()
{
    QFile plain(folder(u"plainfile"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QVERIFY(m_store.create(u"FILEDIR"_s, plain.fileName()));
    QVERIFY(m_store.grant(DirectoryPrivilege::Write, u"FILEDIR"_s, u"hr"_s));
    QString error;
    QVERIFY(!DirectoryResolver(m_store).resolve({u"FILEDIR:x.log"_s, {}, u"hr"_s}, &error));
    QVERIFY2(error.contains(u"which is not a folder"_s), qPrintable(error));
}

void TestDirectoryObjects::unwritableFolder()
{
    // Root writes through permission bits, so as root use a folder no one can write to.
    QString path;
#ifdef Q_OS_LINUX
    if (geteuid() == 0)
        path = u"/proc"_s;
#endif
#ifndef Q_OS_WIN
    if (path.isEmpty()) {
        path = folder(u"readonly"_s);
        QVERIFY(QDir().mkpath(path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner));
    }
#else
    QSKIP("no portable unwritable folder on Windows");
#endif
    QVERIFY(m_store.create(u"RODIR"_s, path));
    QVERIFY(
        m_store.grant(DirectoryPrivilege::Read | DirectoryPrivilege::Write, u"RODIR"_s, u"hr"_s));
    QString error;
    QVERIFY(!DirectoryResolver(m_store).resolve({u"RODIR:x.dmp"_s, {}, u"hr"_s}, &error));
    QVERIFY2(error.contains(u"of the directory object RODIR is not writable"_s), qPrintable(error));
    // Reading from it is still fine.
    QVERIFY2(DirectoryResolver(m_store).resolve({u"RODIR:x.dmp"_s, {}, u"hr"_s, FileAccess::Read},
                                                &error),
             qPrintable(error));
}

void TestDirectoryObjects::readChecks()
{
    QFile dump(folder(u"imp/full.dmp"_s));
    QVERIFY(dump.open(QIODevice::WriteOnly));
    dump.close();
    QString error;
    const DirectoryResolver resolver(m_store);
    const auto found =
        resolver.resolve({u"IMPDIR:full.dmp"_s, {}, u"hr"_s, FileAccess::Read, true}, &error);
    QVERIFY2(found.has_value(), qPrintable(error));
    QVERIFY(found->exists);
    QVERIFY(!resolver.resolve({u"IMPDIR:none.dmp"_s, {}, u"hr"_s, FileAccess::Read, true}, &error));
    QVERIFY2(error.contains(u"The file none.dmp does not exist in the directory object IMPDIR"_s),
             qPrintable(error));
    QVERIFY(QDir().mkpath(folder(u"imp/sub"_s)));
    QVERIFY(!resolver.resolve({u"IMPDIR:sub"_s, {}, u"hr"_s, FileAccess::Read}, &error));
    QVERIFY2(error.contains(u"is a folder, not a file"_s), qPrintable(error));
}

void TestDirectoryObjects::unknownDirectory()
{
    QString error;
    const DirectoryResolver resolver(m_store);
    QVERIFY(!resolver.resolve({u"NOSUCH:x.dmp"_s, {}, u"hr"_s}, &error));
    QVERIFY2(error.contains(u"The directory object NOSUCH (from the file specification"_s),
             qPrintable(error));
    QVERIFY(error.contains(u"Known directory objects: DATA_PUMP_DIR, ENVDIR"_s));
    QVERIFY(!resolver.resolve({u"x.dmp"_s, u"nojob"_s, u"hr"_s}, &error));
    QVERIFY2(error.contains(u"NOJOB (from DIRECTORY=nojob)"_s), qPrintable(error));
    qputenv("DATA_PUMP_DIR", "noenv");
    QVERIFY(!resolver.resolve({u"x.dmp"_s, {}, u"hr"_s}, &error));
    QVERIFY2(error.contains(u"NOENV (from the environment variable DATA_PUMP_DIR)"_s),
             qPrintable(error));
    qputenv("DATA_PUMP_DIR", "/tmp/folder");
    QVERIFY(!resolver.resolve({u"x.dmp"_s, {}, u"hr"_s}, &error));
    QVERIFY2(error.contains(u"not a valid directory object name"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDirectoryObjects)
#include "tst_directoryobjects.moc"
