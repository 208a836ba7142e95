// The remap and transform editors: every remap round-trips between the editors and
// parameter text (JobSpecParser -> RemapEditor -> ParfileWriter); mapping cells
// complete from the loaded catalog; the REMAP_DATA preview shows sample rows of the
// HR sample before and after the engine's functions; the type-mapping review lists
// exactly the DdlWriter's warnings for a cross-engine target.
#include "guitestsupport.h"

#include "gui/common/backgroundtask.h"
#include "gui/remap/mappingtable.h"
#include "gui/remap/remapdataeditor.h"
#include "gui/remap/remapeditor.h"
#include "gui/remap/remapsampler.h"
#include "gui/remap/transformeditor.h"
#include "gui/remap/typemappingreviewdialog.h"
#include "gui/schema/catalogloader.h"

#include "engine/core/sampledatabase.h"
#include "engine/params/jobspecparser.h"
#include "engine/params/parfilewriter.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>

using namespace sluice;
using namespace sluice::gui;
using namespace Qt::StringLiterals;

class TestRemapDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void roundTripsToParameterText_data();
    void roundTripsToParameterText();
    void editedMappingsBecomeParameters();
    void completesFromTheCatalog();
    void previewsRemapData();
    void reviewsTheTypeMapping();

private:
    static engine::JobSpec parse(const QString &text);
    QTemporaryDir m_home;
    engine::ConnectionParams m_sample;
    std::optional<engine::Catalog> m_catalog;
};

void TestRemapDialogs::initTestCase()
{
    QVERIFY(guitest::setUpHome(m_home));
    qputenv("SLUICE_REMAP_KEY", "a test key that stays the same");
    engine::SampleDatabase sample;
    QVERIFY2(sample.ensureWorkingCopy(), qPrintable(sample.errorString()));
    const auto params =
        engine::ConnectionParams::fromUrl(u"sqlite://"_s + sample.workingCopyPath());
    QVERIFY(params);
    m_sample = *params;
    const CatalogLoadResult loaded = CatalogLoader::load(m_sample, {});
    QVERIFY2(loaded.catalog, qPrintable(loaded.error));
    m_catalog = loaded.catalog;
}

void TestRemapDialogs::cleanup()
{
    const QString open = guitest::visibleTopLevelWidgets();
    QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("left open: ") + open));
}

engine::JobSpec TestRemapDialogs::parse(const QString &text)
{
    engine::JobSpecParser parser(engine::JobOperation::Import);
    const auto spec = parser.parseParfileText(u"USERID=target\nNETWORK_LINK=source\n"_s + text);
    if (!spec)
        qWarning("%s", qPrintable(parser.errorString()));
    return spec.value_or(engine::JobSpec{});
}

void TestRemapDialogs::roundTripsToParameterText_data()
{
    QTest::addColumn<QString>("parameters");
    QTest::newRow("schema") << u"REMAP_SCHEMA=main:hr"_s;
    QTest::newRow("two schemas") << u"REMAP_SCHEMA=a:merged\nREMAP_SCHEMA=b:merged"_s;
    QTest::newRow("quoted") << u"REMAP_SCHEMA=\"Sales\":\"Sales Copy\""_s;
    QTest::newRow("table") << u"REMAP_TABLE=main.employees:staff\nREMAP_TABLE=jobs:roles"_s;
    QTest::newRow("tablespace") << u"REMAP_TABLESPACE=fast:slow"_s;
    QTest::newRow("data") << u"REMAP_DATA=main.employees.email:FAKE_EMAIL\n"
                             "REMAP_DATA=employees.salary:MASK(2)\n"
                             "REMAP_DATA=main.employees.last_name:CONSTANT('n/a')"_s;
    QTest::newRow("transforms") << u"TRANSFORM=SEGMENT_ATTRIBUTES:N\nTRANSFORM=STORAGE:Y\n"
                                   "TRANSFORM=STORAGE:N:TABLE"_s;
}

void TestRemapDialogs::roundTripsToParameterText()
{
    QFETCH(QString, parameters);
    const engine::JobSpec original = parse(parameters);
    QVERIFY(!original.connection.isEmpty());
    RemapEditor editor;
    editor.readSpec(original);
    QVERIFY2(editor.errorText().isEmpty(), qPrintable(editor.errorText()));
    engine::JobSpec written;
    written.operation = engine::JobOperation::Import;
    written.connection = original.connection;
    written.networkLink = original.networkLink;
    editor.writeSpec(written);
    QCOMPARE(engine::ParfileWriter::write(written), engine::ParfileWriter::write(original));
    engine::JobSpecParser parser(engine::JobOperation::Import);
    QCOMPARE(parser.parseParfileText(engine::ParfileWriter::write(written)), original);
}

void TestRemapDialogs::editedMappingsBecomeParameters()
{
    RemapEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTableWidget *schemas = editor.schemaTable()->table();
    // Add starts editing the new row's first cell; type into the cell editors.
    editor.schemaTable()->addRow({}, {}, true);
    for (const auto &[column, text] : {std::pair{0, u"main"_s}, std::pair{1, u"hr_copy"_s}}) {
        if (column == 1)
            schemas->editItem(schemas->item(0, 1));
        auto *cell = schemas->viewport()->findChild<QLineEdit *>();
        QVERIFY(cell);
        QTest::keyClicks(cell, text);
        QTest::keyClick(cell, Qt::Key_Return);
        QTRY_VERIFY(!schemas->viewport()->findChild<QLineEdit *>());
    }
    editor.tableTable()->addRow(u"main.jobs"_s, u"roles"_s);
    editor.transformEditor()->setTransforms(parse(u"TRANSFORM=SEGMENT_ATTRIBUTES:N"_s).transforms);
    engine::JobSpec spec = parse({});
    editor.writeSpec(spec);
    const QString text = engine::ParfileWriter::write(spec);
    QVERIFY2(text.contains(u"REMAP_SCHEMA=main:hr_copy"), qPrintable(text));
    QVERIFY2(text.contains(u"REMAP_TABLE=main.jobs:roles"), qPrintable(text));
    QVERIFY2(text.contains(u"TRANSFORM=SEGMENT_ATTRIBUTES:N"), qPrintable(text));
    editor.tableTable()->addRow(u"a.b.c"_s, u"x"_s);
    QVERIFY(!editor.errorText().isEmpty()); // three parts are not [schema.]table
    editor.close();
}

void TestRemapDialogs::completesFromTheCatalog()
{
    RemapEditor editor;
    editor.setSourceCatalog(m_catalog);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.schemaTable()->fromCompletions().contains(u"main"_s));
    QVERIFY(editor.tableTable()->fromCompletions().contains(u"main.employees"_s));
    editor.setCurrentIndex(1);
    editor.tableTable()->addRow({}, {}, true);
    auto *edit = editor.tableTable()->table()->viewport()->findChild<QLineEdit *>();
    QVERIFY(edit);
    QVERIFY(edit->completer());
    edit->completer()->setCompletionPrefix(u"emp"_s);
    QStringList offered;
    for (int i = 0; edit->completer()->setCurrentRow(i); ++i)
        offered << edit->completer()->currentCompletion();
    QVERIFY2(offered.contains(u"main.employees"_s), qPrintable(offered.join(u',')));
    QVERIFY2(!offered.contains(u"main.jobs"_s), qPrintable(offered.join(u',')));
    editor.close();
}

void TestRemapDialogs::previewsRemapData()
{
    RemapDataEditor editor;
    BackgroundTask task(&editor);
    const engine::ConnectionParams params = m_sample;
    editor.setPreviewProvider([&task, params](const engine::TableDef &table,
                                              const QList<engine::RemapDataSpec> &specs,
                                              RemapDataEditor::PreviewDone done) {
        task.start(
            [params, table, specs] {
                RemapSampleSource source;
                source.params = params;
                return RemapSampler::sample(source, table, engine::Dialect::SQLite, specs);
            },
            done);
    });
    editor.setCatalog(m_catalog);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy shown(&editor, &RemapDataEditor::previewShown);
    QVERIFY(editor.addRule(u"main.employees"_s, u"email"_s, u"FAKE_EMAIL"_s));
    QVERIFY(editor.addRule(u"main.employees"_s, u"salary"_s, u"MASK(2)"_s));
    editor.preview();
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.last().at(0).toBool(), true);
    QTableWidget *table = editor.previewTable();
    QCOMPARE(table->rowCount(), 5);
    int before = -1;
    int after = -1;
    for (int c = 0; c < table->columnCount(); ++c) {
        const QString header = table->horizontalHeaderItem(c)->text();
        if (header == u"email (before)")
            before = c;
        if (header == u"email (after)")
            after = c;
    }
    QVERIFY(before >= 0 && after >= 0);
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY(!table->item(row, before)->text().endsWith(u"@example.com"_s));
        QVERIFY2(table->item(row, after)->text().startsWith(u'u') &&
                     table->item(row, after)->text().endsWith(u"@example.com"_s),
                 qPrintable(table->item(row, after)->text()));
    }
    const auto specs = editor.specs();
    QCOMPARE(specs.size(), 2);
    QCOMPARE(specs.at(1).toParameterText(), u"main.employees.salary:MASK(2)"_s);
    editor.close();
}

void TestRemapDialogs::reviewsTheTypeMapping()
{
    const engine::JobSpec spec = parse(u"REMAP_SCHEMA=main:hr"_s);
    const QList<engine::DdlWarning> expected =
        TypeMappingReviewDialog::collect(*m_catalog, engine::Dialect::MariaDB, spec);
    QVERIFY2(!expected.isEmpty(), "SQLite to MariaDB is expected to warn about something");
    TypeMappingReviewDialog dialog;
    QSignalSpy reviewed(&dialog, &TypeMappingReviewDialog::reviewed);
    dialog.review(*m_catalog, engine::Dialect::MariaDB, spec);
    dialog.show();
    QVERIFY(reviewed.wait(10000));
    QCOMPARE(reviewed.first().at(0).toInt(), int(expected.size()));
    QCOMPARE(dialog.warningCount(), int(expected.size()));
    auto *table = dialog.findChild<QTableWidget *>(u"typeMappingTable"_s);
    int lossy = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const bool bad = expected.at(row).severity >= engine::DdlWarning::Severity::Lossy;
        lossy += bad ? 1 : 0;
        QCOMPARE(table->item(row, 1)->text(), expected.at(row).object);
        QCOMPARE(table->item(row, 0)->background().style() != Qt::NoBrush, bad);
    }
    QCOMPARE(dialog.lossyCount(), lossy);
    dialog.close();
}

QTEST_MAIN(TestRemapDialogs)
#include "tst_remapdialogs.moc"
