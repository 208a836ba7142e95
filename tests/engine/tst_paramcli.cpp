// sluice-cli export|import --show-parfile, run as a process: exit 0 with the
// normalized parfile, exit 1 with the error on stderr.
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestParamCli : public QObject
{
    Q_OBJECT

private:
    QString m_program;
    QTemporaryDir m_home;

    int run(const QStringList &arguments, QString *out, QString *err)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"SLUICE_HOME"_s, m_home.path());
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(qEnvironmentVariable("SLUICE_SOURCE_DIR") +
                                    u"/tests/data/parfiles"_s);
        process.start(m_program, arguments);
        if (!process.waitForFinished(30000))
            return -1;
        *out = QString::fromUtf8(process.readAllStandardOutput());
        *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        const QString binDir = qEnvironmentVariable("SLUICE_BIN_DIR");
        QVERIFY2(!binDir.isEmpty(), "SLUICE_BIN_DIR is not set");
        m_program = QDir(binDir).filePath(u"sluice-cli"_s);
        QVERIFY2(QFileInfo::exists(m_program), qPrintable(m_program));
    }

    void showParfile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutPart");
        QTest::addColumn<QString>("stderrPart");
        QTest::newRow("export ok")
            << QStringList{u"export"_s,
                           u"hr"_s,
                           u"SCHEMAS=hr"_s,
                           u"DIRECTORY=dpump_dir1"_s,
                           u"DUMPFILE=dpump_dir2:exp1.dmp,exp2%U.dmp"_s,
                           u"PARALLEL=3"_s,
                           u"--show-parfile"_s}
            << 0
            << u"USERID=hr\nSCHEMAS=hr\nDIRECTORY=dpump_dir1\nDUMPFILE=dpump_dir2:exp1.dmp,exp2%U.dmp\nPARALLEL=3\n"_s
            << QString();
        QTest::newRow("unknown profile is fine")
            << QStringList{u"import"_s, u"no_such_profile"_s, u"DIRECTORY=no_such_dir"_s,
                           u"--show-parfile"_s}
            << 0 << u"DIRECTORY=no_such_dir"_s << QString();
        QTest::newRow("parfile") << QStringList{u"import"_s, u"hr"_s,
                                                u"PARFILE=impdp_remap_data.par"_s,
                                                u"--show-parfile"_s}
                                 << 0 << u"REMAP_DATA=hr.employees.first_name:MASK(2)"_s
                                 << QString();
        QTest::newRow("bare keyword") << QStringList{u"export"_s, u"hr"_s, u"DUMPFILE=test.dmp"_s,
                                                     u"NOLOGFILE"_s, u"--show-parfile"_s}
                                      << 1 << QString() << u"NOLOGFILE=YES"_s;
        QTest::newRow("rejected") << QStringList{u"export"_s, u"hr"_s, u"TRANSPORTABLE=ALWAYS"_s,
                                                 u"--show-parfile"_s}
                                  << 1 << QString() << u"TRANSPORTABLE is not supported"_s;
        QTest::newRow("combination")
            << QStringList{u"import"_s, u"hr"_s, u"SQLFILE=a.sql"_s, u"CONTENT=DATA_ONLY"_s,
                           u"--show-parfile"_s}
            << 1 << QString() << u"SQLFILE cannot be combined with CONTENT=DATA_ONLY"_s;
        QTest::newRow("help") << QStringList{u"export"_s, u"HELP=YES"_s} << 0
                              << u"Valid keyword values are"_s << QString();
        // Without --show-parfile the job is real: the connection must resolve first.
        QTest::newRow("real job, unknown profile")
            << QStringList{u"export"_s, u"hr"_s, u"SCHEMAS=hr"_s} << 1 << QString()
            << u"No connection profile named \"hr\""_s;
    }

    void showParfile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutPart);
        QFETCH(QString, stderrPart);
        QString out, err;
        QCOMPARE(run(arguments, &out, &err), exitCode);
        QVERIFY2(out.contains(stdoutPart), qPrintable(out));
        QVERIFY2(err.contains(stderrPart), qPrintable(err));
        if (exitCode != 0)
            QVERIFY(out.isEmpty());
    }

    void helpListsOnlyApplying()
    {
        QString out, err;
        QCOMPARE(run({u"import"_s, u"HELP=YES"_s}, &out, &err), 0);
        QVERIFY(out.contains(u"\nREMAP_SCHEMA\n"_s));
        QVERIFY(out.contains(u"\nTABLE_EXISTS_ACTION\n"_s));
        QVERIFY(out.contains(u"[SKIP (APPEND with CONTENT=DATA_ONLY)]"_s) ||
                out.contains(u"[SKIP]"_s));
        QVERIFY(!out.contains(u"\nTRANSPORTABLE\n"_s));
        QVERIFY(!out.contains(u"\nFILESIZE\n"_s));
        QVERIFY(out.contains(u"TRANSPORTABLE"_s)); // in the rejected list
    }
};

QTEST_GUILESS_MAIN(TestParamCli)
#include "tst_paramcli.moc"
