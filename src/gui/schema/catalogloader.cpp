#include "gui/schema/catalogloader.h"

#include "engine/catalog/catalogreader.h"

#include <QSqlDatabase>
#include <QUuid>

namespace sluice::gui {

CatalogLoadResult CatalogLoader::load(const engine::ConnectionParams &params,
                                      const QString &password)
{
    CatalogLoadResult result;
    const QString purpose =
        QStringLiteral("browse.") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    engine::OpenOptions options;
    options.readOnly = params.dialect == engine::Dialect::SQLite;
    const engine::OpenResult opened =
        engine::DatabaseOpener::open(params, purpose, password, options);
    if (!opened.ok()) {
        result.openError = opened.error;
        result.error = opened.errorString;
        return result;
    }
    {
        const QSqlDatabase db = QSqlDatabase::database(opened.connectionName, false);
        QString error;
        result.catalog = engine::CatalogReader::read(db, engine::CatalogReadOptions{}, &error);
        if (!result.catalog)
            result.error = error;
    } // the QSqlDatabase handle goes before the connection is removed
    engine::DatabaseOpener::close(opened.connectionName);
    return result;
}

} // namespace sluice::gui
