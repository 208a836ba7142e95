#include "engine/catalog/objecttypes.h"

#include <QHash>

#include <QCoreApplication>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace sluice::engine {

namespace {

// Where a kind lives in the path tree: outside any schema, inside a schema,
// or hanging off a table (then it also exists under TABLE_EXPORT).
enum class Scope { Global, SchemaLevel, TableLevel };

enum DialectBit : quint8 { kSqlite = 1, kPostgres = 2, kMaria = 4, kAll = 7, kServers = 6 };

struct Entry
{
    ObjectKind kind;
    Scope scope;
    // Paths relative to DATABASE_EXPORT/SCHEMA/, SCHEMA_EXPORT/ and
    // TABLE_EXPORT/ for schema and table kinds; full paths for global kinds.
    QStringList paths;
    bool named;
    ObjectKindSet parents;
    quint8 dialects;
    // Plural noun for "SQLite has no <noun>".
    QString noun;
};

constexpr ObjectKindSet kGrantable{
    ObjectKind::Schema,    ObjectKind::Table,    ObjectKind::View,   ObjectKind::MaterializedView,
    ObjectKind::Sequence,  ObjectKind::Type,     ObjectKind::Domain, ObjectKind::Function,
    ObjectKind::Procedure, ObjectKind::Aggregate};

const std::array<Entry, kObjectKindCount> &entries()
{
    using K = ObjectKind;
    static const std::array<Entry, kObjectKindCount> table{{
        {K::Schema,
         Scope::Global,
         {u"DATABASE_EXPORT/SCHEMA"_s, u"SCHEMA_EXPORT/SCHEMA"_s},
         true,
         {},
         kAll,
         u"schemas"_s},
        {K::User,
         Scope::Global,
         {u"DATABASE_EXPORT/SCHEMA/USER"_s, u"SCHEMA_EXPORT/USER"_s},
         true,
         {},
         kServers,
         u"users"_s},
        {K::Role, Scope::Global, {u"DATABASE_EXPORT/ROLE"_s}, true, {}, kServers, u"roles"_s},
        {K::SystemGrant,
         Scope::Global,
         {u"DATABASE_EXPORT/SCHEMA/GRANT/SYSTEM_GRANT"_s, u"SCHEMA_EXPORT/SYSTEM_GRANT"_s},
         false,
         {K::User, K::Role},
         kServers,
         u"system privileges"_s},
        {K::RoleGrant,
         Scope::Global,
         {u"DATABASE_EXPORT/SCHEMA/ROLE_GRANT"_s, u"SCHEMA_EXPORT/ROLE_GRANT"_s},
         false,
         {K::User, K::Role},
         kServers,
         u"role grants"_s},
        {K::Type,
         Scope::SchemaLevel,
         {u"TYPE/TYPE_SPEC"_s},
         true,
         {K::Schema},
         kPostgres,
         u"user-defined types"_s},
        {K::Domain,
         Scope::SchemaLevel,
         {u"DOMAIN/DOMAIN"_s},
         true,
         {K::Schema},
         kPostgres,
         u"domains"_s},
        {K::Sequence,
         Scope::SchemaLevel,
         {u"SEQUENCE/SEQUENCE"_s},
         true,
         {K::Schema},
         kServers,
         u"sequences"_s},
        {K::Table, Scope::TableLevel, {u"TABLE/TABLE"_s}, true, {K::Schema}, kAll, u"tables"_s},
        {K::TableData,
         Scope::TableLevel,
         {u"TABLE/TABLE_DATA"_s},
         true,
         {K::Table},
         kAll,
         u"table data"_s},
        {K::Comment,
         Scope::TableLevel,
         {u"TABLE/COMMENT"_s},
         false,
         kGrantable,
         kServers,
         u"comments"_s},
        {K::Index,
         Scope::TableLevel,
         {u"TABLE/INDEX/INDEX"_s},
         true,
         {K::Table, K::MaterializedView},
         kAll,
         u"indexes"_s},
        {K::Constraint,
         Scope::TableLevel,
         {u"TABLE/CONSTRAINT/CONSTRAINT"_s},
         true,
         {K::Table},
         kAll,
         u"constraints"_s},
        {K::RefConstraint,
         Scope::TableLevel,
         {u"TABLE/CONSTRAINT/REF_CONSTRAINT"_s},
         true,
         {K::Table},
         kAll,
         u"foreign keys"_s},
        {K::Trigger,
         Scope::TableLevel,
         {u"TABLE/TRIGGER"_s},
         true,
         {K::Table, K::View},
         kAll,
         u"triggers"_s},
        {K::ObjectGrant,
         Scope::TableLevel,
         {u"TABLE/GRANT/OWNER_GRANT/OBJECT_GRANT"_s, u"VIEW/GRANT/OWNER_GRANT/OBJECT_GRANT"_s,
          u"SEQUENCE/GRANT/OWNER_GRANT/OBJECT_GRANT"_s,
          u"FUNCTION/GRANT/OWNER_GRANT/OBJECT_GRANT"_s,
          u"PROCEDURE/GRANT/OWNER_GRANT/OBJECT_GRANT"_s, u"TYPE/GRANT/OWNER_GRANT/OBJECT_GRANT"_s},
         false,
         kGrantable,
         kServers,
         u"grants"_s},
        {K::View, Scope::SchemaLevel, {u"VIEW/VIEW"_s}, true, {K::Schema}, kAll, u"views"_s},
        {K::MaterializedView,
         Scope::SchemaLevel,
         {u"MATERIALIZED_VIEW"_s},
         true,
         {K::Schema},
         kPostgres,
         u"materialized views"_s},
        {K::Function,
         Scope::SchemaLevel,
         {u"FUNCTION/FUNCTION"_s},
         true,
         {K::Schema},
         kServers,
         u"stored functions"_s},
        {K::Procedure,
         Scope::SchemaLevel,
         {u"PROCEDURE/PROCEDURE"_s},
         true,
         {K::Schema},
         kServers,
         u"stored procedures"_s},
        {K::Aggregate,
         Scope::SchemaLevel,
         {u"AGGREGATE/AGGREGATE"_s},
         true,
         {K::Schema},
         kServers,
         u"user-defined aggregates"_s},
        {K::Statistics,
         Scope::TableLevel,
         {u"TABLE/STATISTICS/TABLE_STATISTICS"_s, u"TABLE/INDEX/STATISTICS/INDEX_STATISTICS"_s},
         false,
         {K::Table, K::Index},
         0,
         u"exported statistics"_s},
    }};
    return table;
}

const Entry &entry(ObjectKind kind)
{
    return entries()[std::size_t(kind)];
}

// Short names and aliases. GRANT covers every kind of grant, as in Data Pump;
// TYPE_SPEC and the two statistics names are accepted for old parameter files.
const QHash<QString, ObjectKindSet> &aliases()
{
    using K = ObjectKind;
    static const QHash<QString, ObjectKindSet> map = [] {
        QHash<QString, ObjectKindSet> m;
        for (const Entry &e : entries())
            m.insert(objectKindName(e.kind), {e.kind});
        m.insert(u"GRANT"_s, {K::ObjectGrant, K::SystemGrant, K::RoleGrant});
        m.insert(u"TYPE_SPEC"_s, {K::Type});
        m.insert(u"TABLE_STATISTICS"_s, {K::Statistics});
        m.insert(u"INDEX_STATISTICS"_s, {K::Statistics});
        return m;
    }();
    return map;
}

// Oracle object types that none of Sluice's engines has: recognised, so the
// message can say why rather than only "did you mean".
const QStringList &oracleOnlyTypes()
{
    static const QStringList names{u"AUDIT_OBJ"_s,      u"CLUSTER"_s,
                                   u"DB_LINK"_s,        u"DEFAULT_ROLE"_s,
                                   u"DIMENSION"_s,      u"DIRECTORY"_s,
                                   u"FGA_POLICY"_s,     u"INDEXTYPE"_s,
                                   u"JAVA_CLASS"_s,     u"JAVA_RESOURCE"_s,
                                   u"JAVA_SOURCE"_s,    u"JOB"_s,
                                   u"LIBRARY"_s,        u"MATERIALIZED_VIEW_LOG"_s,
                                   u"OPERATOR"_s,       u"PACKAGE"_s,
                                   u"PACKAGE_BODY"_s,   u"PASSWORD_HISTORY"_s,
                                   u"PROCACT_SCHEMA"_s, u"PROCOBJ"_s,
                                   u"PROFILE"_s,        u"REFRESH_GROUP"_s,
                                   u"RLS_POLICY"_s,     u"SYNONYM"_s,
                                   u"TABLESPACE"_s,     u"TABLESPACE_QUOTA"_s,
                                   u"TYPE_BODY"_s,      u"XMLSCHEMA"_s};
    return names;
}

QString rootPrefix(ObjectPathRoot root)
{
    switch (root) {
    case ObjectPathRoot::Database:
        return u"DATABASE_EXPORT/SCHEMA/"_s;
    case ObjectPathRoot::Schema:
        return u"SCHEMA_EXPORT/"_s;
    case ObjectPathRoot::Table:
        return u"TABLE_EXPORT/"_s;
    }
    return {};
}

std::optional<ObjectPathRoot> rootOfPath(const QString &path)
{
    const QString first = path.section(u'/', 0, 0);
    if (first == u"DATABASE_EXPORT")
        return ObjectPathRoot::Database;
    if (first == u"SCHEMA_EXPORT")
        return ObjectPathRoot::Schema;
    if (first == u"TABLE_EXPORT")
        return ObjectPathRoot::Table;
    return std::nullopt;
}

// Optimal string alignment distance: a swapped pair of letters (TABEL) counts as one edit.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

QString closest(const QString &name, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QString &candidate : candidates) {
        const int distance = editDistance(name, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    const int allowed = std::max(2, int(name.size()) / 3);
    if (bestDistance <= allowed)
        return best;
    // A truncated name (MATERIALIZED, REF) still points at one candidate.
    for (const QString &candidate : candidates) {
        if (name.size() >= 3 && candidate.startsWith(name))
            return candidate;
    }
    return {};
}

ObjectKindSet kindsUnderPath(const QString &path)
{
    ObjectKindSet kinds;
    for (int root = 0; root < 3; ++root) {
        for (int i = 0; i < kObjectKindCount; ++i) {
            const auto kind = ObjectKind(i);
            for (const QString &full : ObjectTypes::paths(kind, ObjectPathRoot(root))) {
                if (full == path || full.startsWith(path + u'/'))
                    kinds.insert(kind);
            }
        }
    }
    return kinds;
}

bool allNamed(ObjectKindSet kinds)
{
    if (kinds.isEmpty())
        return false;
    const QList<ObjectKind> list = kinds.toList();
    return std::all_of(list.cbegin(), list.cend(), ObjectTypes::isNamed);
}

bool allIgnored(ObjectKindSet kinds)
{
    const QList<ObjectKind> list = kinds.toList();
    return !list.isEmpty() && std::all_of(list.cbegin(), list.cend(), ObjectTypes::isIgnored);
}

} // namespace

QString objectPathRootName(ObjectPathRoot root)
{
    switch (root) {
    case ObjectPathRoot::Database:
        return u"DATABASE_EXPORT"_s;
    case ObjectPathRoot::Schema:
        return u"SCHEMA_EXPORT"_s;
    case ObjectPathRoot::Table:
        return u"TABLE_EXPORT"_s;
    }
    return {};
}

ObjectTypeLookup ObjectTypes::lookup(const QString &text, std::optional<ObjectPathRoot> root)
{
    ObjectTypeLookup result;
    result.name = text.trimmed().toUpper();
    while (result.name.endsWith(u'/'))
        result.name.chop(1);

    const bool isPath = result.name.contains(u'/');
    if (isPath) {
        result.root = rootOfPath(result.name);
        if (result.root && (!root || *root == *result.root))
            result.kinds = kindsUnderPath(result.name);
    } else {
        result.kinds = aliases().value(result.name);
    }
    if (root) {
        for (ObjectKind kind : result.kinds.toList()) {
            if (!availableIn(kind, *root))
                result.kinds.remove(kind);
        }
    }

    if (!result.kinds.isEmpty()) {
        result.found = true;
        result.named = allNamed(result.kinds);
        result.ignored = allIgnored(result.kinds);
        return result;
    }

    QString reason;
    if (oracleOnlyTypes().contains(result.name)) {
        reason = QCoreApplication::translate(
                     "ObjectTypes",
                     "%1 is an Oracle object type that SQLite, PostgreSQL and MariaDB do not have")
                     .arg(result.name);
    } else if (!isPath && aliases().contains(result.name) && root) {
        reason = QCoreApplication::translate("ObjectTypes", "it does not exist in %1 mode")
                     .arg(objectPathRootName(*root));
    } else {
        QStringList candidates;
        if (isPath) {
            for (int r = 0; r < 3; ++r) {
                if (!root || int(*root) == r)
                    candidates += paths(ObjectPathRoot(r));
            }
        } else {
            candidates = shortNames();
        }
        result.suggestion = closest(result.name, candidates);
        if (!result.suggestion.isEmpty())
            reason = QCoreApplication::translate("ObjectTypes", "did you mean %1?")
                         .arg(result.suggestion);
    }
    result.errorString = notFoundMessage(result.name, reason);
    return result;
}

QStringList ObjectTypes::shortNames()
{
    QStringList names = aliases().keys();
    names.sort();
    return names;
}

QStringList ObjectTypes::paths(ObjectPathRoot root)
{
    QStringList all;
    for (int i = 0; i < kObjectKindCount; ++i)
        all += paths(ObjectKind(i), root);
    all.sort();
    all.removeDuplicates();
    return all;
}

QStringList ObjectTypes::paths(ObjectKind kind, ObjectPathRoot root)
{
    const Entry &e = entry(kind);
    if (!availableIn(kind, root))
        return {};
    if (e.scope == Scope::Global) {
        QStringList result;
        for (const QString &path : e.paths) {
            if (rootOfPath(path) == root)
                result.append(path);
        }
        return result;
    }
    QStringList result;
    for (const QString &relative : e.paths) {
        // Under TABLE_EXPORT only the table branch exists.
        if (root == ObjectPathRoot::Table && !relative.startsWith(u"TABLE/"))
            continue;
        result.append(rootPrefix(root) + relative);
    }
    return result;
}

QString ObjectTypes::canonicalPath(ObjectKind kind, ObjectPathRoot root)
{
    const QStringList all = paths(kind, root);
    return all.isEmpty() ? QString() : all.first();
}

bool ObjectTypes::isNamed(ObjectKind kind)
{
    return entry(kind).named;
}

bool ObjectTypes::isIgnored(ObjectKind kind)
{
    return kind == ObjectKind::Statistics;
}

ObjectKindSet ObjectTypes::parents(ObjectKind kind)
{
    return entry(kind).parents;
}

ObjectKindSet ObjectTypes::dependents(ObjectKindSet kinds)
{
    ObjectKindSet result;
    bool grew = true;
    while (grew) {
        grew = false;
        for (const Entry &e : entries()) {
            if (result.contains(e.kind))
                continue;
            ObjectKindSet seeds = kinds;
            seeds.unite(result);
            if (e.parents.intersects(seeds)) {
                result.insert(e.kind);
                grew = true;
            }
        }
    }
    return result;
}

bool ObjectTypes::availableIn(ObjectKind kind, ObjectPathRoot root)
{
    const Entry &e = entry(kind);
    switch (e.scope) {
    case Scope::Global:
        return std::any_of(e.paths.cbegin(), e.paths.cend(),
                           [root](const QString &path) { return rootOfPath(path) == root; });
    case Scope::SchemaLevel:
        return root != ObjectPathRoot::Table;
    case Scope::TableLevel:
        return true;
    }
    return false;
}

bool ObjectTypes::availableOn(ObjectKind kind, Dialect dialect)
{
    const quint8 bit = dialect == Dialect::SQLite       ? kSqlite
                       : dialect == Dialect::PostgreSQL ? kPostgres
                                                        : kMaria;
    return entry(kind).dialects & bit;
}

QString ObjectTypes::unavailableReason(ObjectKind kind, Dialect dialect)
{
    if (availableOn(kind, dialect) || isIgnored(kind))
        return {};
    return QCoreApplication::translate("ObjectTypes", "%1 has no %2")
        .arg(dialectDisplayName(dialect), entry(kind).noun);
}

QString ObjectTypes::notFoundMessage(const QString &name, const QString &reason)
{
    QString message =
        QCoreApplication::translate("ObjectTypes", "Object path %1 was not found.").arg(name);
    if (reason.isEmpty())
        return message;
    QString sentence = reason;
    sentence[0] = sentence[0].toUpper();
    if (!sentence.endsWith(u'?') && !sentence.endsWith(u'.'))
        sentence += u'.';
    return message + u' ' + sentence;
}

} // namespace sluice::engine
