// The schema copy wizard against a real PostgreSQL server (FIXTURES postgres): the
// HR sample (SQLite) is copied into a new PostgreSQL schema through the wizard's
// pages (source and target, schemas, REMAP_SCHEMA, VERIFY=CHECKSUM), saved as a
// named job, run, and every table's rows are checked on the server.
#include "guitestsupport.h"

#include "gui/connections/credentialprovider.h"
#include "gui/jobs/jobcommands.h"
#include "gui/jobs/joblogview.h"
#include "gui/jobs/progressview.h"
#include "gui/remap/mappingtable.h"
#include "gui/remap/remapeditor.h"
#include "gui/wizards/importremappage.h"
#include "gui/wizards/importsummarypage.h"
#include "gui/wizards/schemacopywizard.h"
#include "gui/wizards/wizardcatalogsource.h"

#include "engine/connection/connectionprofilestore.h"
#include "engine/core/apppaths.h"
#include "engine/core/sampledatabase.h"
#include "engine/schedule/savedjobstore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace sluice;
using namespace sluice::gui;
using namespace Qt::StringLiterals;

class TestSchemaCopyWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void copiesHrIntoPostgresql();

private:
    static QMap<QString, int> counts(QSqlDatabase db, const QString &schema,
                                     const QStringList &tables);
    QSqlDatabase server();
    QTemporaryDir m_home;
    QString m_password;
    QString m_schema;
};

QSqlDatabase TestSchemaCopyWizard::server()
{
    QSqlDatabase db = QSqlDatabase::database(u"pg"_s, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"pg"_s);
        db.setHostName(qEnvironmentVariable("SLUICE_TEST_PG_HOST"));
        db.setPort(qEnvironmentVariableIntValue("SLUICE_TEST_PG_PORT"));
        db.setUserName(qEnvironmentVariable("SLUICE_TEST_PG_USER"));
        db.setPassword(m_password);
        db.setDatabaseName(qEnvironmentVariable("SLUICE_TEST_PG_DB"));
    }
    if (!db.isOpen())
        (void)db.open();
    return db;
}

void TestSchemaCopyWizard::initTestCase()
{
    QVERIFY(guitest::setUpHome(m_home));
    for (const char *name : {"SLUICE_TEST_PG_HOST", "SLUICE_TEST_PG_PORT", "SLUICE_TEST_PG_USER",
                             "SLUICE_TEST_PG_DB"}) {
        if (qEnvironmentVariableIsEmpty(name))
            QFAIL(qPrintable(u"%1 is not set: the PostgreSQL server fixture "
                             "(server.postgres.start) did not start"_s.arg(QLatin1String(name))));
    }
    m_password = qEnvironmentVariable("SLUICE_TEST_PG_PASSWORD");
    engine::SampleDatabase sample;
    QVERIFY2(sample.ensureWorkingCopy(), qPrintable(sample.errorString()));
    engine::ConnectionProfileStore store;
    QVERIFY(store.load());
    QVERIFY(store.ensureSampleProfile());
    const auto params = engine::ConnectionParams::fromUrl(u"postgresql://%1@%2:%3/%4"_s.arg(
        qEnvironmentVariable("SLUICE_TEST_PG_USER"), qEnvironmentVariable("SLUICE_TEST_PG_HOST"),
        qEnvironmentVariable("SLUICE_TEST_PG_PORT"), qEnvironmentVariable("SLUICE_TEST_PG_DB")));
    QVERIFY(params);
    QVERIFY2(store.add(engine::ConnectionProfile{u"pgtarget"_s, *params, false}),
             qPrintable(store.errorString()));
    QVERIFY2(store.save(), qPrintable(store.errorString()));
    JobCommands::setHostProgram(guitest::hostProgram());
    m_schema = u"hr_gui_"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QVERIFY2(server().isOpen(), qPrintable(server().lastError().text()));
}

void TestSchemaCopyWizard::cleanupTestCase()
{
    {
        QSqlDatabase db = server();
        if (db.isOpen() && !m_schema.isEmpty())
            QSqlQuery(db).exec(u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(m_schema));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"pg"_s);
}

void TestSchemaCopyWizard::cleanup()
{
    const QString open = guitest::visibleTopLevelWidgets();
    QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("left open: ") + open));
}

QMap<QString, int> TestSchemaCopyWizard::counts(QSqlDatabase db, const QString &schema,
                                                const QStringList &tables)
{
    QMap<QString, int> result;
    for (const QString &table : tables) {
        QSqlQuery query(db);
        const QString name = schema.isEmpty() ? table : schema + u'.' + table;
        result.insert(table, query.exec(u"SELECT count(*) FROM "_s + name) && query.next()
                                 ? query.value(0).toInt()
                                 : -1);
    }
    return result;
}

void TestSchemaCopyWizard::copiesHrIntoPostgresql()
{
    CredentialProvider credentials;
    credentials.rememberForSession(u"pgtarget"_s, m_password);
    SchemaCopyWizard wizard(&credentials);
    QSignalSpy started(&wizard, &ImportWizardBase::jobStarted);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *source = wizard.findChild<QComboBox *>(u"sourceCombo"_s);
    QTRY_VERIFY(source->findText(u"pgtarget"_s) >= 0); // the profiles arrived
    wizard.setSource(u"hr_sample"_s);
    wizard.setTarget(u"pgtarget"_s);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.networkSource()->catalog() && wizard.targetCatalog(), 20000);
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    next->click();
    QCOMPARE(wizard.currentId(), int(importwizard::Page_Objects));
    QVERIFY(next->isEnabled()); // the source's default schema is checked
    next->click();
    QCOMPARE(wizard.currentId(), int(importwizard::Page_Remap));
    wizard.remapPage()->editor()->schemaTable()->addRow(u"main"_s, m_schema);
    next->click();
    QCOMPARE(wizard.currentId(), int(importwizard::Page_Options));
    auto *verify = wizard.findChild<QComboBox *>(u"verifyCombo"_s);
    QVERIFY(verify->isVisible());
    verify->setCurrentIndex(int(engine::VerifyMode::Checksum));
    next->click();
    QCOMPARE(wizard.currentId(), int(importwizard::Page_Summary));
    auto *summary = qobject_cast<ImportSummaryPage *>(wizard.currentPage());
    const QString parfile = summary->parfileText();
    QVERIFY2(parfile.contains(u"USERID=pgtarget"), qPrintable(parfile));
    QVERIFY2(parfile.contains(u"NETWORK_LINK=hr_sample"), qPrintable(parfile));
    QVERIFY2(parfile.contains(u"REMAP_SCHEMA=main:" + m_schema), qPrintable(parfile));
    QVERIFY2(parfile.contains(u"VERIFY=CHECKSUM"), qPrintable(parfile));

    QSignalSpy saved(&wizard, &ImportWizardBase::namedJobSaved);
    wizard.saveNamedJob(u"nightly_hr"_s, false);
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
    const auto job = engine::SavedJobStore().find(u"nightly_hr"_s);
    QVERIFY(job);
    QCOMPARE(job->networkLink, u"hr_sample"_s);
    QCOMPARE(job->connection, u"pgtarget"_s);
    QVERIFY(!job->parfile.contains(m_password.isEmpty() ? u"\x01"_s : m_password));

    QAbstractButton *run = wizard.button(QWizard::FinishButton);
    QVERIFY2(run->isEnabled(), qPrintable(summary->validationText()));
    run->click();
    QVERIFY2(started.count() > 0 || started.wait(30000), qPrintable(summary->validationText()));
    QTRY_VERIFY(!wizard.isVisible());
    ProgressView progress(started.first().at(0).toString(), started.first().at(1).toString(),
                          started.first().at(2).toLongLong());
    QSignalSpy finished(&progress, &ProgressView::jobFinished);
    progress.show();
    QVERIFY(finished.count() > 0 || finished.wait(180000));
    const QString log = progress.logView()->toPlainText();
    QVERIFY2(finished.first().at(0).toInt() == 0, qPrintable(log));
    QVERIFY2(log.contains(u"checksum"_s), qPrintable(log));
    progress.close();

    const QStringList tables{u"regions"_s, u"countries"_s, u"locations"_s,  u"departments"_s,
                             u"jobs"_s,    u"employees"_s, u"job_history"_s};
    QMap<QString, int> expected;
    {
        QSqlDatabase sqlite = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hr"_s);
        sqlite.setDatabaseName(engine::SampleDatabase::workingCopyPath());
        QVERIFY(sqlite.open());
        expected = counts(sqlite, {}, tables);
    }
    QSqlDatabase::removeDatabase(u"hr"_s);
    QCOMPARE(counts(server(), m_schema, tables), expected);
    QVERIFY(expected.value(u"employees"_s) > 0);
}

QTEST_MAIN(TestSchemaCopyWizard)
#include "tst_schemacopywizard.moc"
