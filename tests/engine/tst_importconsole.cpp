// What `sluice-cli export` and `sluice-cli import` print is the job's whole log: a
// fast SQLite export and import, ten times each, through the real CLI, and every
// time the console shows every line of the log file (the file's ";;;" lines are
// file-only, as in Data Pump) up to the final "Job ... completed" line. The host
// writes its last lines before its final state and keeps the master table until
// the attached client has read them.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestImportConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void consoleMatchesLog();

private:
    struct Run
    {
        int exitCode = -1;
        QStringList lines;
        QString err;
    };

    Run cli(const QStringList &arguments);
    QStringList logLines(const QString &name) const;

    QString m_cli;
    QString m_hr;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestImportConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cli = qEnvironmentVariable("SLUICE_BIN_DIR") + u"/sluice-cli"_s;
    QVERIFY2(QFile::exists(m_cli), qPrintable(u"sluice-cli not found at "_s + m_cli));
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("SLUICE_HOME", m_home->path().toUtf8());
    qputenv("SLUICE_NO_KEYCHAIN", "1");
    const Run sample = cli({u"sample"_s});
    QCOMPARE(sample.exitCode, 0);
    m_hr = sample.lines.value(0).trimmed();
    QVERIFY(QFile::exists(m_hr));
    QVERIFY(QDir().mkpath(m_home->path() + u"/data/dpdump"_s));
}

TestImportConsole::Run TestImportConsole::cli(const QStringList &arguments)
{
    QProcess process;
    process.start(m_cli, arguments);
    Run run;
    if (!process.waitForStarted())
        return run;
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
    if (run.lines.constLast().isEmpty())
        run.lines.removeLast();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList TestImportConsole::logLines(const QString &name) const
{
    QFile file(m_home->path() + u"/data/dpdump/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return {u"cannot read "_s + file.fileName()};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    lines.removeIf([](const QString &line) { return line.startsWith(u";;;"_s); });
    return lines;
}

void TestImportConsole::consoleMatchesLog()
{
    for (int i = 0; i < 10; ++i) {
        const QString dump = u"console%1.dmp"_s.arg(i);
        const QString exportLog = u"export%1.log"_s.arg(i);
        const Run exported = cli(
            {u"export"_s, u"sqlite://"_s + m_hr, u"DUMPFILE="_s + dump, u"LOGFILE="_s + exportLog});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.lines.join(u'\n') + exported.err));
        QCOMPARE(exported.lines, logLines(exportLog));
        QVERIFY2(exported.lines.constLast().contains(u"successfully completed"_s),
                 qPrintable(exported.lines.constLast()));

        const QString target = m_home->filePath(u"target%1.db"_s.arg(i));
        const QString importLog = u"import%1.log"_s.arg(i);
        const Run imported = cli({u"import"_s, u"sqlite://"_s + target + u"?create=yes"_s,
                                  u"DUMPFILE="_s + dump, u"LOGFILE="_s + importLog});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.lines.join(u'\n') + imported.err));
        QCOMPARE(imported.lines, logLines(importLog));
        QVERIFY2(imported.lines.constLast().contains(u"successfully completed"_s),
                 qPrintable(imported.lines.constLast()));
    }
}

QTEST_GUILESS_MAIN(TestImportConsole)
#include "tst_importconsole.moc"
