// The object filter editor: parameter text round trips, the tree writing EXCLUDE
// rules, the preview through CatalogObjectFilter on the HR sample's catalog, and
// the expression editor's live matches.
#include "guitestsupport.h"

#include "gui/filter/objectfiltereditor.h"
#include "gui/schema/catalogloader.h"

#include "engine/core/sampledatabase.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace sluice;
using namespace sluice::gui;
using engine::ObjectKind;
using namespace Qt::StringLiterals;

class TestObjectFilterEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void roundTripsParameterText_data();
    void roundTripsParameterText();
    void refusesOtherParameters();
    void uncheckingAnObjectWritesAnExclude();
    void uncheckingATypeExcludesAllOfIt();
    void treeShowsWhatARuleKeeps();
    void includeKeepsOnlyTheNamedTables();
    void expressionEditorPreviewsMatches();
    void reportsAnUnknownObjectType();
    void wordingFollowsTheUse_data();
    void wordingFollowsTheUse();

private:
    QTemporaryDir m_home;
    engine::Catalog m_catalog;
};

void TestObjectFilterEditor::initTestCase()
{
    QVERIFY(guitest::setUpHome(m_home));
    engine::SampleDatabase sample;
    QVERIFY2(sample.ensureWorkingCopy(), qPrintable(sample.errorString()));
    engine::ConnectionParams params;
    params.filePath = engine::SampleDatabase::workingCopyPath();
    const CatalogLoadResult loaded = CatalogLoader::load(params, {});
    QVERIFY2(loaded.catalog, qPrintable(loaded.error));
    m_catalog = *loaded.catalog;
}

void TestObjectFilterEditor::cleanup()
{
    const QString open = guitest::visibleTopLevelWidgets();
    QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("left open: ") + open));
}

void TestObjectFilterEditor::roundTripsParameterText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("includes");
    QTest::addColumn<int>("excludes");
    QTest::newRow("whole type") << u"EXCLUDE=VIEW"_s << u"EXCLUDE=VIEW"_s << 0 << 1;
    QTest::newRow("in list") << u"EXCLUDE=TABLE:\"IN ('JOBS', 'JOB_HISTORY')\""_s
                             << u"EXCLUDE=TABLE:\"IN ('JOBS','JOB_HISTORY')\""_s << 0 << 1;
    QTest::newRow("like, lower-case keyword")
        << u"exclude=INDEX:\"like 'EMP%'\""_s << u"EXCLUDE=INDEX:\"LIKE 'EMP%'\""_s << 0 << 1;
    QTest::newRow("include and exclude")
        << u"EXCLUDE=TRIGGER\nINCLUDE=TABLE:\"= 'EMPLOYEES'\""_s
        << u"INCLUDE=TABLE:\"= 'EMPLOYEES'\"\nEXCLUDE=TRIGGER"_s << 1 << 1;
    // Inside the double quotes a double quote is doubled; '"Jobs"' matches case exactly.
    QTest::newRow("exact literal") << u"EXCLUDE=TABLE:\"!= '\"\"Jobs\"\"'\""_s
                                   << u"EXCLUDE=TABLE:\"!= '\"\"Jobs\"\"'\""_s << 0 << 1;
    QTest::newRow("comment and blank lines")
        << u"# keep the data small\n\nEXCLUDE=TABLE:\"NOT IN ('EMPLOYEES')\"\n"_s
        << u"EXCLUDE=TABLE:\"NOT IN ('EMPLOYEES')\""_s << 0 << 1;
    QTest::newRow("empty") << QString() << QString() << 0 << 0;
}

void TestObjectFilterEditor::roundTripsParameterText()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(int, includes);
    QFETCH(int, excludes);
    ObjectFilterEditor editor;
    QString error;
    QVERIFY2(editor.setParameterText(text, &error), qPrintable(error));
    QCOMPARE(editor.parameterText(), canonical);
    QCOMPARE(editor.includes().size(), includes);
    QCOMPARE(editor.excludes().size(), excludes);
    // And back: the canonical text reads into the same rules.
    ObjectFilterEditor again;
    QVERIFY2(again.setParameterText(editor.parameterText(), &error), qPrintable(error));
    QCOMPARE(again.includes(), editor.includes());
    QCOMPARE(again.excludes(), editor.excludes());
}

void TestObjectFilterEditor::refusesOtherParameters()
{
    ObjectFilterEditor editor;
    QString error;
    QVERIFY(!editor.setParameterText(u"EXCLUDE=VIEW\nSCHEMAS=hr"_s, &error));
    QVERIFY2(error.contains(u"SCHEMAS"), qPrintable(error));
    QVERIFY(!editor.setParameterText(u"EXCLUDE=TABLE:\"LIKE\""_s, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(editor.excludes().isEmpty());
}

void TestObjectFilterEditor::uncheckingAnObjectWritesAnExclude()
{
    ObjectFilterEditor editor;
    editor.setCatalog(m_catalog, engine::ObjectPathRoot::Schema);
    const int all = editor.keptObjectCount();
    QTreeWidgetItem *history = editor.objectItem(ObjectKind::Table, u"main.job_history"_s);
    QVERIFY(history);
    QCOMPARE(history->checkState(0), Qt::Checked);
    QSignalSpy changed(&editor, &ObjectFilterEditor::filtersChanged);
    history->setCheckState(0, Qt::Unchecked);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(editor.parameterText(), u"EXCLUDE=TABLE:\"IN ('job_history')\""_s);
    QCOMPARE(editor.typeItem(ObjectKind::Table)->checkState(0), Qt::PartiallyChecked);
    // Its indexes go with it: the preview applies CatalogObjectFilter's dependents.
    QTreeWidgetItem *indexes = editor.typeItem(ObjectKind::Index);
    QVERIFY(indexes);
    int historyIndexes = 0;
    for (int i = 0; i < indexes->childCount(); ++i) {
        if (indexes->child(i)->text(0).contains(u"on job_history")) {
            ++historyIndexes;
            QCOMPARE(indexes->child(i)->checkState(0), Qt::Unchecked);
        }
    }
    QVERIFY(historyIndexes > 0);
    QCOMPARE(editor.keptObjectCount(), all - 1 - historyIndexes);

    // A second table joins the same IN list; checking both again removes the rule.
    editor.objectItem(ObjectKind::Table, u"main.jobs"_s)->setCheckState(0, Qt::Unchecked);
    QCOMPARE(editor.parameterText(), u"EXCLUDE=TABLE:\"IN ('job_history','jobs')\""_s);
    editor.objectItem(ObjectKind::Table, u"main.job_history"_s)->setCheckState(0, Qt::Checked);
    QCOMPARE(editor.parameterText(), u"EXCLUDE=TABLE:\"IN ('jobs')\""_s);
    editor.objectItem(ObjectKind::Table, u"main.jobs"_s)->setCheckState(0, Qt::Checked);
    QVERIFY(editor.excludes().isEmpty());
    QCOMPARE(editor.keptObjectCount(), all);
}

void TestObjectFilterEditor::uncheckingATypeExcludesAllOfIt()
{
    ObjectFilterEditor editor;
    editor.setCatalog(m_catalog, engine::ObjectPathRoot::Schema);
    QTreeWidgetItem *views = editor.typeItem(ObjectKind::View);
    QVERIFY(views);
    QVERIFY(views->childCount() > 0);
    views->setCheckState(0, Qt::Unchecked);
    QCOMPARE(editor.parameterText(), u"EXCLUDE=VIEW"_s);
    for (int i = 0; i < views->childCount(); ++i)
        QCOMPARE(views->child(i)->checkState(0), Qt::Unchecked);
    views->setCheckState(0, Qt::Checked);
    QVERIFY(editor.excludes().isEmpty());
    // SQLite has no grants, users or roles: the tree offers only what the source can have.
    QVERIFY(!editor.typeItem(ObjectKind::ObjectGrant));
    QVERIFY(!editor.typeItem(ObjectKind::Role));
}

void TestObjectFilterEditor::treeShowsWhatARuleKeeps()
{
    ObjectFilterEditor editor;
    editor.setCatalog(m_catalog, engine::ObjectPathRoot::Schema);
    QString error;
    QVERIFY(editor.setParameterText(u"EXCLUDE=TABLE:\"LIKE 'JOB%'\""_s, &error));
    QVERIFY(editor.previewError().isEmpty());
    QCOMPARE(editor.objectItem(ObjectKind::Table, u"main.jobs"_s)->checkState(0), Qt::Unchecked);
    QCOMPARE(editor.objectItem(ObjectKind::Table, u"main.job_history"_s)->checkState(0),
             Qt::Unchecked);
    QCOMPARE(editor.objectItem(ObjectKind::Table, u"main.employees"_s)->checkState(0), Qt::Checked);
    QCOMPARE(editor.typeItem(ObjectKind::Table)->checkState(0), Qt::PartiallyChecked);
    auto *status = editor.findChild<QLabel *>(u"filterStatus"_s);
    QVERIFY(status->text().contains(u"objects are exported"));
}

void TestObjectFilterEditor::includeKeepsOnlyTheNamedTables()
{
    ObjectFilterEditor editor;
    editor.setCatalog(m_catalog, engine::ObjectPathRoot::Schema);
    QString error;
    QVERIFY(editor.setParameterText(u"INCLUDE=TABLE:\"IN ('EMPLOYEES')\""_s, &error));
    QTreeWidgetItem *tables = editor.typeItem(ObjectKind::Table);
    for (int i = 0; i < tables->childCount(); ++i)
        QCOMPARE(tables->child(i)->checkState(0),
                 tables->child(i)->text(0) == u"employees" ? Qt::Checked : Qt::Unchecked);
    // Checking another table names it in the INCLUDE list.
    editor.objectItem(ObjectKind::Table, u"main.jobs"_s)->setCheckState(0, Qt::Checked);
    QCOMPARE(editor.parameterText(), u"INCLUDE=TABLE:\"IN ('EMPLOYEES','jobs')\""_s);
    QCOMPARE(editor.objectItem(ObjectKind::Table, u"main.jobs"_s)->checkState(0), Qt::Checked);
}

void TestObjectFilterEditor::expressionEditorPreviewsMatches()
{
    ObjectFilterEditor editor;
    editor.setCatalog(m_catalog, engine::ObjectPathRoot::Schema);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *type = editor.findChild<QComboBox *>(u"ruleTypeCombo"_s);
    auto *op = editor.findChild<QComboBox *>(u"ruleOperatorCombo"_s);
    auto *values = editor.findChild<QLineEdit *>(u"ruleValuesEdit"_s);
    auto *matches = editor.findChild<QLabel *>(u"ruleMatchesLabel"_s);
    QVERIFY(type && op && values && matches);
    type->setCurrentText(u"TABLE"_s);
    op->setCurrentIndex(3); // LIKE
    QTest::keyClicks(values, u"emp%"_s);
    QCOMPARE(matches->text(), u"main.employees"_s);
    QTest::mouseClick(editor.findChild<QPushButton *>(u"addRuleButton"_s), Qt::LeftButton);
    QCOMPARE(editor.parameterText(), u"EXCLUDE=TABLE:\"LIKE 'emp%'\""_s);
    QCOMPARE(editor.objectItem(ObjectKind::Table, u"main.employees"_s)->checkState(0),
             Qt::Unchecked);
    editor.close();
}

void TestObjectFilterEditor::reportsAnUnknownObjectType()
{
    ObjectFilterEditor editor;
    editor.setCatalog(m_catalog, engine::ObjectPathRoot::Schema);
    QString error;
    const bool parsed = editor.setParameterText(u"EXCLUDE=GRANT"_s, &error);
    // Either the parser or the catalog filter refuses it: SQLite has no grants.
    if (parsed)
        QVERIFY2(editor.previewError().contains(u"GRANT"), qPrintable(editor.previewError()));
    else
        QVERIFY2(error.contains(u"GRANT"), qPrintable(error));
}

void TestObjectFilterEditor::wordingFollowsTheUse_data()
{
    QTest::addColumn<int>("use");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("verb");
    QTest::newRow("export") << int(ObjectFilterEditor::Use::Export) << u"Objects to export"_s
                            << u"exported"_s;
    QTest::newRow("import") << int(ObjectFilterEditor::Use::Import) << u"Objects to import"_s
                            << u"imported"_s;
    QTest::newRow("copy") << int(ObjectFilterEditor::Use::Copy) << u"Objects to copy"_s
                          << u"copied"_s;
}

void TestObjectFilterEditor::wordingFollowsTheUse()
{
    QFETCH(int, use);
    QFETCH(QString, header);
    QFETCH(QString, verb);
    ObjectFilterEditor editor;
    editor.setUse(ObjectFilterEditor::Use(use));
    editor.setCatalog(m_catalog, engine::ObjectPathRoot::Schema);
    QCOMPARE(editor.objectTree()->headerItem()->text(0), header);
    const QString status = editor.findChild<QLabel *>(u"filterStatus"_s)->text();
    QVERIFY2(status.contains(u" objects are "_s + verb + u'.'), qPrintable(status));
    for (const QString &other : {u"exported"_s, u"imported"_s, u"copied"_s}) {
        if (other != verb) {
            QVERIFY2(!status.contains(other), qPrintable(status));
            QVERIFY(!editor.objectTree()->headerItem()->text(0).contains(other.chopped(2)));
        }
    }
}

QTEST_MAIN(TestObjectFilterEditor)
#include "tst_objectfiltereditor.moc"
