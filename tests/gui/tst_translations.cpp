// The German and Japanese translations: every message of translations/*.ts is
// translated, keeps its %1 placeholders and its accelerator, and the compiled .qm
// files make the real widgets and the engine's messages speak the language, through
// the translator that the desktop program and sluice-cli install for the system
// locale.
#include "guitestsupport.h"

#include "engine/core/localetranslator.h"
#include "gui/connections/credentialprovider.h"
#include "gui/filter/objectfiltereditor.h"
#include "gui/wizards/exportwizard.h"

#include "engine/params/jobspec.h"
#include "engine/params/jobspecvalidator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace sluice;
using namespace sluice::gui;
using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void widgetsAndEngineFollowTheLocale_data();
    void widgetsAndEngineFollowTheLocale();

private:
    QTemporaryDir m_home;
};

void TestTranslations::initTestCase()
{
    QVERIFY(guitest::setUpHome(m_home));
}

void TestTranslations::cleanup()
{
    const QString open = guitest::visibleTopLevelWidgets();
    QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("left open: ") + open));
}

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("Japanese") << u"ja"_s;
}

namespace {

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n|L\\d+)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// Whether the text has a keyboard accelerator ("&Run", but not "&&" or "&nbsp;").
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression accelerator(QStringLiteral("&(?!&|[a-z]+;)\\S"));
    QString plain = text;
    plain.remove(QLatin1String("&&"));
    return accelerator.match(plain).hasMatch();
}

} // namespace

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    QFile file(qEnvironmentVariable("SLUICE_SOURCE_DIR") + u"/translations/sluice_"_s + language +
               u".ts"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QStringList problems;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const bool unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const QString where = context + u": "_s + source.left(60);
            if (unfinished || text.trimmed().isEmpty())
                problems << u"untranslated: "_s + where;
            else if (placeholders(text) != placeholders(source))
                problems << u"placeholders differ: "_s + where;
            else if (hasAccelerator(source) != hasAccelerator(text))
                problems << u"accelerator lost or added: "_s + where;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 500);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::widgetsAndEngineFollowTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("wizardTitle");
    QTest::addColumn<QString>("filterHeader");
    QTest::addColumn<QString>("validatorWords");
    QTest::newRow("German") << u"de_DE"_s << u"Export-Assistent"_s << u"Zu importierende Objekte"_s
                            << u"kombiniert"_s;
    QTest::newRow("Japanese") << u"ja_JP"_s << u"エクスポートウィザード"_s
                              << u"インポートするオブジェクト"_s << u"同時に指定できません"_s;
}

void TestTranslations::widgetsAndEngineFollowTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, wizardTitle);
    QFETCH(QString, filterHeader);
    QFETCH(QString, validatorWords);
    // The .qm files the build compiled (the programs embed the same files).
    const QString qmFolder = qEnvironmentVariable("SLUICE_BUILD_DIR") + u"/translations"_s;
    engine::LocaleTranslator translator;
    QVERIFY2(translator.load(QLocale(locale), u"sluice"_s, u"_"_s, qmFolder), qPrintable(qmFolder));
    QVERIFY(QCoreApplication::installTranslator(&translator));

    CredentialProvider credentials;
    ExportWizard wizard(&credentials);
    const QString title = wizard.windowTitle();
    ObjectFilterEditor editor;
    editor.setUse(ObjectFilterEditor::Use::Import);
    const QString header = editor.objectTree()->headerItem()->text(0);
    // An engine message, looked up under its bare class name at run time.
    engine::JobSpec spec;
    spec.operation = engine::JobOperation::Export;
    spec.connection = u"hr_sample"_s;
    spec.flashbackScn = 1;
    spec.flashbackTime = engine::FlashbackTime{true, {}};
    const auto error = engine::JobSpecValidator::validate(spec);
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(title, wizardTitle);
    QCOMPARE(header, filterHeader);
    QVERIFY(error.has_value());
    QVERIFY2(error->toString().contains(validatorWords), qPrintable(error->toString()));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
