// sluice: the desktop program. All logic lives in sluice_gui and sluice_engine.
#include "engine/core/localetranslator.h"
#include "gui/mainwindow.h"

#include "engine/core/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

// Follows the system locale: Sluice's own strings from the embedded .qm files,
// Qt's standard dialogs from Qt's translations when installed.
void installTranslators(QApplication &app)
{
    auto *own = new sluice::engine::LocaleTranslator(&app);
    if (own->loadForSystemLocale())
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sluice"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sluice"));
    QApplication::setApplicationVersion(QLatin1String(sluice::engine::kVersionString));
    QApplication::setDesktopFileName(QStringLiteral("org.sluice.Sluice"));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Data Pump style export, import and schema copy."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "SQL files to show."),
                                 QStringLiteral("[file.sql...]"));
    parser.process(app);

    sluice::gui::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    for (const QString &file : files)
        window.openSqlFile(file);
    return QApplication::exec();
}
