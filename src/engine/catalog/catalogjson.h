#pragma once

#include "engine/catalog/catalog.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace sluice::engine {

// The object model as JSON: what an export writes into its dump's metadata members
// and what an import reads back. Every field of every definition is kept, so
// fromJson(toJson(x)) == x. Enumerations are written by name. Versioned: a document
// carries "format": "sluice-catalog" and "version"; a newer version is refused with
// a message rather than guessed at. Unknown keys are ignored (additions stay readable).
class CatalogJson
{
public:
    static constexpr int kVersion = 1;

    // A whole catalog, in a versioned document.
    [[nodiscard]] static QJsonObject toJson(const Catalog &catalog);
    [[nodiscard]] static std::optional<Catalog> fromJson(const QJsonObject &json, QString *error);

    // One object, in a versioned document: {"format", "version", "kind", "object"}.
    // kind is Data Pump's object type name (TABLE, VIEW, SEQUENCE, ...; SCHEMA for a
    // schema without its objects). The export writes one per metadata member.
    [[nodiscard]] static QJsonObject document(const QString &kind, const QJsonObject &object);
    // Checks format and version; returns the object and sets *kind.
    [[nodiscard]] static std::optional<QJsonObject> object(const QJsonObject &document,
                                                           QString *kind, QString *error);

    [[nodiscard]] static QJsonObject schemaToJson(const SchemaDef &schema, bool withObjects);
    [[nodiscard]] static SchemaDef schemaFromJson(const QJsonObject &json);
    [[nodiscard]] static QJsonObject tableToJson(const TableDef &table);
    [[nodiscard]] static TableDef tableFromJson(const QJsonObject &json);
    [[nodiscard]] static QJsonObject viewToJson(const ViewDef &view);
    [[nodiscard]] static ViewDef viewFromJson(const QJsonObject &json);
    [[nodiscard]] static QJsonObject sequenceToJson(const SequenceDef &sequence);
    [[nodiscard]] static SequenceDef sequenceFromJson(const QJsonObject &json);
    [[nodiscard]] static QJsonObject routineToJson(const RoutineDef &routine);
    [[nodiscard]] static RoutineDef routineFromJson(const QJsonObject &json);
    [[nodiscard]] static QJsonObject typeToJson(const UserDefinedType &type);
    [[nodiscard]] static UserDefinedType typeFromJson(const QJsonObject &json);
    [[nodiscard]] static QJsonObject grantToJson(const GrantDef &grant);
    [[nodiscard]] static GrantDef grantFromJson(const QJsonObject &json);
    [[nodiscard]] static QJsonObject roleToJson(const RoleDef &role);
    [[nodiscard]] static RoleDef roleFromJson(const QJsonObject &json);
};

} // namespace sluice::engine
