#pragma once

#include "engine/catalog/indexdef.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sluice::engine {

struct ViewDef
{
    QString schema;
    QString name;
    // The SELECT text as the engine stores it (pg_get_viewdef,
    // information_schema.views, or the text after AS in SQLite).
    QString query;
    QStringList columns;
    // "", "LOCAL", "CASCADED".
    QString checkOption;
    bool materialized = false;
    // Materialized views: whether the data was populated.
    bool withData = true;
    QString comment;
    // MariaDB: "DEFINER", "SQL SECURITY", "ALGORITHM"; PostgreSQL: reloptions.
    QString security;
    QString algorithm;
    // Objects referenced by the query, qualified "schema.name", for ordering.
    QStringList dependsOn;
    // The engine's own full CREATE text where it keeps one (SQLite).
    QString definition;
    QString tablespace;
    // Indexes of a materialized view.
    QList<IndexDef> indexes;

    friend bool operator==(const ViewDef &, const ViewDef &) = default;
};

} // namespace sluice::engine
