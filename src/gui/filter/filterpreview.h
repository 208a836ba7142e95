#pragma once

#include "engine/catalog/catalog.h"
#include "engine/catalog/objecttypes.h"
#include "engine/params/jobspec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sluice::gui {

// One object of a catalog as the filter editor lists it.
struct FilterObject
{
    engine::ObjectKind kind = engine::ObjectKind::Table;
    QString schema;
    QString name;
    QString parent; // the table of an index or trigger
    [[nodiscard]] QString qualifiedName() const { return schema + u'.' + name; }
    bool operator==(const FilterObject &other) const = default;
};

struct FilterPreviewResult
{
    bool ok = false;
    QString error;
    QStringList messages;
    QList<bool> kept; // parallel to the objects evaluated
    int keptCount = 0;
};

// What INCLUDE/EXCLUDE keep of an already loaded catalog, through the engine's
// CatalogObjectFilter, so the editor previews exactly what the job will do. Pure
// data, no database: fast enough for the GUI thread on a loaded catalog.
class FilterPreview
{
public:
    // The named objects the editor lists: schemas, tables, views, sequences,
    // routines, types, and the indexes and triggers of the tables.
    [[nodiscard]] static QList<FilterObject> objects(const engine::Catalog &catalog);
    [[nodiscard]] static FilterPreviewResult evaluate(const engine::Catalog &catalog,
                                                      engine::ObjectPathRoot root,
                                                      const QList<FilterObject> &objects,
                                                      const QList<engine::ObjectFilter> &includes,
                                                      const QList<engine::ObjectFilter> &excludes);
    // The objects one rule's type and name clause select ("SCHEMA.NAME"), or an
    // error for an unknown type.
    [[nodiscard]] static QStringList matches(const QList<FilterObject> &objects,
                                             engine::Dialect dialect, engine::ObjectPathRoot root,
                                             const engine::ObjectFilter &rule, QString *error);
    // The kinds the editor offers for a source engine and mode, in a stable order.
    [[nodiscard]] static QList<engine::ObjectKind> kinds(engine::Dialect dialect,
                                                         engine::ObjectPathRoot root);
};

} // namespace sluice::gui
