#pragma once

#include "engine/catalog/catalog.h"
#include "engine/catalog/ddlstatement.h"
#include "engine/catalog/typemapper.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace sluice::engine {

struct DdlOptions
{
    Dialect target = Dialect::PostgreSQL;
    // TRANSFORM=SEGMENT_ATTRIBUTES:N drops tablespaces and storage parameters;
    // TRANSFORM=STORAGE:N drops storage parameters only.
    bool segmentAttributes = true;
    bool storage = true;
    // Source schema -> target schema: applied to object names and to the
    // qualified references inside expressions and view bodies (REMAP_SCHEMA).
    // A schema mapped to "main" on SQLite loses its qualifier.
    QHash<QString, QString> schemaRenames = {};
};

// Writes CREATE statements for catalog objects in a target dialect. For the
// same engine it reuses the engine's own texts (pg_get_*def, sqlite_schema.sql)
// where they are exact; across engines it rebuilds them from the model, maps
// types through TypeMapper and records every inexact step in warnings().
class DdlWriter
{
public:
    DdlWriter(Dialect source, const DdlOptions &options);

    // Context for the create*() calls made one by one: the user-defined types
    // (a domain column on MariaDB becomes its base type plus checks), identity
    // sequences, and the spellings of table and column names that expressions
    // translated to another engine must quote. script() calls it itself.
    void setCatalog(const Catalog &catalog);

    // The whole catalog in creation order: schemas, types, sequences, tables,
    // then (after the data would be loaded) indexes, constraints, foreign
    // keys, routines, views in dependency order, triggers, comments, grants.
    [[nodiscard]] QList<DdlStatement> script(const Catalog &catalog);
    // Index of the first statement that must run after the data load.
    [[nodiscard]] static qsizetype postDataStart(const QList<DdlStatement> &script);

    [[nodiscard]] QList<DdlStatement> createSchema(const SchemaDef &schema);
    [[nodiscard]] QList<DdlStatement> createType(const UserDefinedType &type);
    [[nodiscard]] QList<DdlStatement> createSequence(const SequenceDef &sequence);
    [[nodiscard]] QList<DdlStatement> createTable(const TableDef &table);
    [[nodiscard]] QList<DdlStatement> createIndexes(const TableDef &table);
    // Primary keys, unique, check and exclusion constraints (foreignKeys
    // false), or the foreign keys (true).
    [[nodiscard]] QList<DdlStatement> createConstraints(const TableDef &table, bool foreignKeys);
    [[nodiscard]] QList<DdlStatement> createView(const ViewDef &view);
    [[nodiscard]] QList<DdlStatement> createRoutine(const RoutineDef &routine);
    [[nodiscard]] QList<DdlStatement> createTriggers(const TableDef &table);
    [[nodiscard]] QList<DdlStatement> comments(const SchemaDef &schema);
    [[nodiscard]] QList<DdlStatement> grants(const SchemaDef &schema);
    // Users and roles (FULL mode): every CREATE USER / CREATE ROLE first, with
    // the system privileges (PostgreSQL role attributes, MariaDB global
    // privileges), then the role grants and default roles, so a role is
    // granted only once it exists. Accounts are created without passwords
    // (warned); what the target cannot express is warned per role.
    [[nodiscard]] QList<DdlStatement> createRoles(const QList<RoleDef> &roles);
    // Sets a sequence to its exported state (run after the data load).
    [[nodiscard]] QString sequenceValue(const SequenceDef &sequence) const;

    [[nodiscard]] QList<DdlWarning> warnings() const { return m_warnings; }

private:
    [[nodiscard]] QString name(const QString &schema, const QString &object) const;
    [[nodiscard]] QString ident(const QString &object) const;
    [[nodiscard]] QString columnDefinition(const TableDef &table, const ColumnDef &column);
    // "CONSTRAINT name " or empty for an unnamed constraint.
    [[nodiscard]] static QString sqlModeStatement(const QString &sqlMode);
    [[nodiscard]] bool isColumnCheck(const ConstraintDef &constraint) const;
    [[nodiscard]] QString mariadbPartitions(const Partitioning &partitioning) const;
    [[nodiscard]] QString constraintName(const ConstraintDef &constraint,
                                         const QString &table = {}) const;
    [[nodiscard]] QString constraintBody(const TableDef &table, const ConstraintDef &constraint);
    [[nodiscard]] QString indexStatement(const TableDef &table, const IndexDef &index);
    [[nodiscard]] QString sqliteCreateTable(const TableDef &table);
    [[nodiscard]] QString tableSuffix(const TableDef &table) const;
    [[nodiscard]] QString sequenceOptions(const SequenceDef &sequence) const;
    // The expression in the target dialect (ExpressionTranslator), its
    // approximations warned; nullopt when it cannot be written there (the
    // caller reports what it does instead).
    [[nodiscard]] std::optional<QString> portableExpression(const QString &expression,
                                                            const QString &object,
                                                            QString *failure = nullptr,
                                                            const QString &defaultSchema = {});
    [[nodiscard]] QString columnDefault(const TableDef &table, const ColumnDef &column,
                                        const QString &mappedType, const QString &object);
    [[nodiscard]] const UserDefinedType *userType(const DataType &type) const;
    [[nodiscard]] QString userTypeColumn(const ColumnDef &column, const UserDefinedType &type,
                                         const QString &object, QString *checks,
                                         QString *defaultExpression, bool *notNull);
    [[nodiscard]] bool isKeyColumn(const TableDef &table, const QString &column) const;
    [[nodiscard]] bool mariadbTextKey(const TableDef &table, const QString &column) const;
    [[nodiscard]] bool isKeyed(const TableDef &table, const QString &column) const;
    [[nodiscard]] QList<DdlStatement> routinesForTables(const Catalog &catalog);
    [[nodiscard]] QList<DdlStatement> routinesAndViews(const Catalog &catalog);
    [[nodiscard]] QString targetSchema(const QString &schema) const;
    [[nodiscard]] QList<DdlStatement>
    withDatabaseContext(const QList<DdlStatement> &statements) const;
    void warnDroppedComments(const SchemaDef &schema);
    [[nodiscard]] QString grantObject(const SchemaDef &schema, const GrantDef &grant) const;
    [[nodiscard]] QList<DdlStatement> postgresRole(const RoleDef &role);
    [[nodiscard]] QStringList postgresAttributesFromPrivileges(const RoleDef &role);
    [[nodiscard]] QList<DdlStatement> postgresRoleGrants(const RoleDef &role);
    [[nodiscard]] QString mariadbAccount(const RoleDef &role) const;
    [[nodiscard]] QList<DdlStatement> mariadbRole(const RoleDef &role);
    [[nodiscard]] QStringList mariadbPrivilegesFromAttributes(const RoleDef &role,
                                                              bool *grantOption);
    [[nodiscard]] QList<DdlStatement> mariadbRoleGrants(const RoleDef &role,
                                                        const QSet<QString> &logins);
    void warn(DdlWarning::Severity severity, const QString &object, const QString &message);
    [[nodiscard]] bool sameEngine() const { return m_source == m_options.target; }

    Dialect m_source;
    DdlOptions m_options;
    TypeMapper m_types;
    QList<DdlWarning> m_warnings;
    // Identity sequences by their quoted PostgreSQL name (setCatalog()).
    QHash<QString, SequenceDef> m_identitySequences;
    // User-defined types by "schema.name" and by bare name (setCatalog()).
    QHash<QString, UserDefinedType> m_userTypes;
    // Table, view and column names as created (setCatalog()).
    QStringList m_identifiers;
    // Per schema: its tables and views, and its routines (setCatalog()).
    QHash<QString, QStringList> m_schemaObjects;
    QHash<QString, QStringList> m_schemaRoutines;
    // Routines created before the tables (used by defaults), during script().
    QSet<QString> m_earlyRoutines;
};

} // namespace sluice::engine
