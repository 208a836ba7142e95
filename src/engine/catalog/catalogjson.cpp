#include "engine/catalog/catalogjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <array>

namespace sluice::engine {

namespace {

using namespace Qt::StringLiterals;

constexpr auto kFormat = "sluice-catalog";

// 64-bit values as text: JSON numbers are doubles, and sequence bounds need all 64 bits.
QJsonValue i64(qint64 value)
{
    return QString::number(value);
}
qint64 i64(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : value.toInteger();
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}
QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

template <typename T, typename F>
QJsonArray array(const QList<T> &items, F toJson)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(toJson(item));
    return out;
}
template <typename F>
auto list(const QJsonValue &value, F fromJson) -> QList<decltype(fromJson(QJsonObject()))>
{
    QList<decltype(fromJson(QJsonObject()))> out;
    for (const QJsonValue &item : value.toArray())
        out.append(fromJson(item.toObject()));
    return out;
}

// Enumerations by name; an unknown name reads as the first value.
template <typename E, std::size_t N>
QString enumName(E value, const std::array<const char *, N> &names)
{
    return QLatin1String(names.at(std::size_t(value)));
}
template <typename E, std::size_t N>
E enumValue(const QJsonValue &value, const std::array<const char *, N> &names)
{
    const QString text = value.toString();
    for (std::size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(names.at(i)))
            return E(i);
    }
    return E(0);
}

constexpr std::array kIdentity{"NONE", "ALWAYS", "BY_DEFAULT", "SERIAL", "AUTO_INCREMENT"};
constexpr std::array kConstraint{"PRIMARY_KEY", "UNIQUE", "CHECK", "FOREIGN_KEY", "EXCLUSION"};
constexpr std::array kRoutine{"FUNCTION", "PROCEDURE", "AGGREGATE"};
constexpr std::array kUserType{"ENUM", "COMPOSITE", "DOMAIN", "RANGE"};

QString kindName(ObjectKind kind)
{
    return objectKindName(kind);
}
ObjectKind kindFromName(const QString &name)
{
    for (int i = 0; i < kObjectKindCount; ++i) {
        if (objectKindName(ObjectKind(i)) == name)
            return ObjectKind(i);
    }
    return ObjectKind::Table;
}

QJsonObject typeJson(const DataType &type)
{
    QJsonArray arguments;
    for (int argument : type.arguments)
        arguments.append(argument);
    return {{u"name"_s, type.name},
            {u"arguments"_s, arguments},
            {u"unsigned"_s, type.isUnsigned},
            {u"zerofill"_s, type.zeroFill},
            {u"array"_s, type.arrayDimensions},
            {u"members"_s, strings(type.members)},
            {u"text"_s, type.text}};
}
DataType typeFrom(const QJsonObject &json)
{
    DataType type;
    type.name = json[u"name"].toString();
    for (const QJsonValue &argument : json[u"arguments"].toArray())
        type.arguments << argument.toInt();
    type.isUnsigned = json[u"unsigned"].toBool();
    type.zeroFill = json[u"zerofill"].toBool();
    type.arrayDimensions = json[u"array"].toInt();
    type.members = strings(json[u"members"]);
    type.text = json[u"text"].toString();
    return type;
}

QJsonObject columnJson(const ColumnDef &column)
{
    return {{u"name"_s, column.name},
            {u"type"_s, typeJson(column.type)},
            {u"nullable"_s, column.nullable},
            {u"default"_s, column.defaultExpression},
            {u"identity"_s, enumName(column.identity, kIdentity)},
            {u"identitySequence"_s, column.identitySequence},
            {u"generated"_s, column.generatedExpression},
            {u"generatedStored"_s, column.generatedStored},
            {u"collation"_s, column.collation},
            {u"comment"_s, column.comment},
            {u"onUpdate"_s, column.onUpdate}};
}
ColumnDef columnFrom(const QJsonObject &json)
{
    ColumnDef column;
    column.name = json[u"name"].toString();
    column.type = typeFrom(json[u"type"].toObject());
    column.nullable = json[u"nullable"].toBool(true);
    column.defaultExpression = json[u"default"].toString();
    column.identity = enumValue<IdentityKind>(json[u"identity"], kIdentity);
    column.identitySequence = json[u"identitySequence"].toString();
    column.generatedExpression = json[u"generated"].toString();
    column.generatedStored = json[u"generatedStored"].toBool();
    column.collation = json[u"collation"].toString();
    column.comment = json[u"comment"].toString();
    column.onUpdate = json[u"onUpdate"].toString();
    return column;
}

QJsonObject constraintJson(const ConstraintDef &c)
{
    return {{u"name"_s, c.name},
            {u"type"_s, enumName(c.type, kConstraint)},
            {u"columns"_s, strings(c.columns)},
            {u"expression"_s, c.expression},
            {u"referencedSchema"_s, c.referencedSchema},
            {u"referencedTable"_s, c.referencedTable},
            {u"referencedColumns"_s, strings(c.referencedColumns)},
            {u"onDelete"_s, c.onDelete},
            {u"onUpdate"_s, c.onUpdate},
            {u"match"_s, c.match},
            {u"deferrable"_s, c.deferrable},
            {u"initiallyDeferred"_s, c.initiallyDeferred},
            {u"validated"_s, c.validated},
            {u"definition"_s, c.definition},
            {u"comment"_s, c.comment}};
}
ConstraintDef constraintFrom(const QJsonObject &json)
{
    ConstraintDef c;
    c.name = json[u"name"].toString();
    c.type = enumValue<ConstraintType>(json[u"type"], kConstraint);
    c.columns = strings(json[u"columns"]);
    c.expression = json[u"expression"].toString();
    c.referencedSchema = json[u"referencedSchema"].toString();
    c.referencedTable = json[u"referencedTable"].toString();
    c.referencedColumns = strings(json[u"referencedColumns"]);
    c.onDelete = json[u"onDelete"].toString();
    c.onUpdate = json[u"onUpdate"].toString();
    c.match = json[u"match"].toString();
    c.deferrable = json[u"deferrable"].toBool();
    c.initiallyDeferred = json[u"initiallyDeferred"].toBool();
    c.validated = json[u"validated"].toBool(true);
    c.definition = json[u"definition"].toString();
    c.comment = json[u"comment"].toString();
    return c;
}

QJsonObject indexKeyJson(const IndexKey &key)
{
    return {{u"column"_s, key.column},         {u"expression"_s, key.expression},
            {u"descending"_s, key.descending}, {u"prefixLength"_s, key.prefixLength},
            {u"collation"_s, key.collation},   {u"opclass"_s, key.opclass}};
}
IndexKey indexKeyFrom(const QJsonObject &json)
{
    IndexKey key;
    key.column = json[u"column"].toString();
    key.expression = json[u"expression"].toString();
    key.descending = json[u"descending"].toBool();
    key.prefixLength = json[u"prefixLength"].toInt(-1);
    key.collation = json[u"collation"].toString();
    key.opclass = json[u"opclass"].toString();
    return key;
}

QJsonObject indexJson(const IndexDef &index)
{
    return {{u"name"_s, index.name},
            {u"unique"_s, index.unique},
            {u"method"_s, index.method},
            {u"keys"_s, array(index.keys, indexKeyJson)},
            {u"included"_s, strings(index.included)},
            {u"where"_s, index.where},
            {u"definition"_s, index.definition},
            {u"comment"_s, index.comment}};
}
IndexDef indexFrom(const QJsonObject &json)
{
    IndexDef index;
    index.name = json[u"name"].toString();
    index.unique = json[u"unique"].toBool();
    index.method = json[u"method"].toString();
    index.keys = list(json[u"keys"], indexKeyFrom);
    index.included = strings(json[u"included"]);
    index.where = json[u"where"].toString();
    index.definition = json[u"definition"].toString();
    index.comment = json[u"comment"].toString();
    return index;
}

QJsonObject triggerJson(const TriggerDef &t)
{
    return {{u"name"_s, t.name},
            {u"timing"_s, t.timing},
            {u"events"_s, strings(t.events)},
            {u"updateColumns"_s, strings(t.updateColumns)},
            {u"forEachRow"_s, t.forEachRow},
            {u"when"_s, t.when},
            {u"function"_s, t.function},
            {u"body"_s, t.body},
            {u"definition"_s, t.definition},
            {u"enabled"_s, t.enabled},
            {u"sqlMode"_s, t.sqlMode},
            {u"comment"_s, t.comment}};
}
TriggerDef triggerFrom(const QJsonObject &json)
{
    TriggerDef t;
    t.name = json[u"name"].toString();
    t.timing = json[u"timing"].toString();
    t.events = strings(json[u"events"]);
    t.updateColumns = strings(json[u"updateColumns"]);
    t.forEachRow = json[u"forEachRow"].toBool(true);
    t.when = json[u"when"].toString();
    t.function = json[u"function"].toString();
    t.body = json[u"body"].toString();
    t.definition = json[u"definition"].toString();
    t.enabled = json[u"enabled"].toBool(true);
    t.sqlMode = json[u"sqlMode"].toString();
    t.comment = json[u"comment"].toString();
    return t;
}

QJsonObject partitionJson(const PartitionDef &p)
{
    return {{u"name"_s, p.name},
            {u"bound"_s, p.bound},
            {u"comment"_s, p.comment},
            {u"subpartitions"_s, strings(p.subpartitions)}};
}
PartitionDef partitionFrom(const QJsonObject &json)
{
    return {json[u"name"].toString(), json[u"bound"].toString(), json[u"comment"].toString(),
            strings(json[u"subpartitions"])};
}

QJsonObject stringMap(const QMap<QString, QString> &map)
{
    QJsonObject out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}
QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

} // namespace

QJsonObject CatalogJson::tableToJson(const TableDef &table)
{
    return {{u"schema"_s, table.schema},
            {u"name"_s, table.name},
            {u"columns"_s, array(table.columns, columnJson)},
            {u"constraints"_s, array(table.constraints, constraintJson)},
            {u"indexes"_s, array(table.indexes, indexJson)},
            {u"triggers"_s, array(table.triggers, triggerJson)},
            {u"comment"_s, table.comment},
            {u"partitionStrategy"_s, table.partitioning.strategy},
            {u"partitionKey"_s, table.partitioning.key},
            {u"subpartitionStrategy"_s, table.partitioning.subStrategy},
            {u"subpartitionKey"_s, table.partitioning.subKey},
            {u"partitions"_s, array(table.partitioning.partitions, partitionJson)},
            {u"partitionOf"_s, table.partitionOf},
            {u"partitionBound"_s, table.partitionBound},
            {u"tablespace"_s, table.tablespace},
            {u"options"_s, stringMap(table.options)},
            {u"autoIncrement"_s, i64(table.autoIncrement)},
            {u"definition"_s, table.definition},
            {u"estimatedRows"_s, i64(table.estimatedRows)}};
}

TableDef CatalogJson::tableFromJson(const QJsonObject &json)
{
    TableDef table;
    table.schema = json[u"schema"].toString();
    table.name = json[u"name"].toString();
    table.columns = list(json[u"columns"], columnFrom);
    table.constraints = list(json[u"constraints"], constraintFrom);
    table.indexes = list(json[u"indexes"], indexFrom);
    table.triggers = list(json[u"triggers"], triggerFrom);
    table.comment = json[u"comment"].toString();
    table.partitioning.strategy = json[u"partitionStrategy"].toString();
    table.partitioning.key = json[u"partitionKey"].toString();
    table.partitioning.subStrategy = json[u"subpartitionStrategy"].toString();
    table.partitioning.subKey = json[u"subpartitionKey"].toString();
    table.partitioning.partitions = list(json[u"partitions"], partitionFrom);
    table.partitionOf = json[u"partitionOf"].toString();
    table.partitionBound = json[u"partitionBound"].toString();
    table.tablespace = json[u"tablespace"].toString();
    table.options = stringMap(json[u"options"]);
    table.autoIncrement = i64(json[u"autoIncrement"]);
    table.definition = json[u"definition"].toString();
    table.estimatedRows = json.contains(u"estimatedRows") ? i64(json[u"estimatedRows"]) : -1;
    return table;
}

QJsonObject CatalogJson::viewToJson(const ViewDef &view)
{
    return {{u"schema"_s, view.schema},
            {u"name"_s, view.name},
            {u"query"_s, view.query},
            {u"columns"_s, strings(view.columns)},
            {u"checkOption"_s, view.checkOption},
            {u"materialized"_s, view.materialized},
            {u"withData"_s, view.withData},
            {u"comment"_s, view.comment},
            {u"security"_s, view.security},
            {u"algorithm"_s, view.algorithm},
            {u"dependsOn"_s, strings(view.dependsOn)},
            {u"definition"_s, view.definition},
            {u"tablespace"_s, view.tablespace},
            {u"indexes"_s, array(view.indexes, indexJson)}};
}

ViewDef CatalogJson::viewFromJson(const QJsonObject &json)
{
    ViewDef view;
    view.schema = json[u"schema"].toString();
    view.name = json[u"name"].toString();
    view.query = json[u"query"].toString();
    view.columns = strings(json[u"columns"]);
    view.checkOption = json[u"checkOption"].toString();
    view.materialized = json[u"materialized"].toBool();
    view.withData = json[u"withData"].toBool(true);
    view.comment = json[u"comment"].toString();
    view.security = json[u"security"].toString();
    view.algorithm = json[u"algorithm"].toString();
    view.dependsOn = strings(json[u"dependsOn"]);
    view.definition = json[u"definition"].toString();
    view.tablespace = json[u"tablespace"].toString();
    view.indexes = list(json[u"indexes"], indexFrom);
    return view;
}

QJsonObject CatalogJson::sequenceToJson(const SequenceDef &s)
{
    return {{u"schema"_s, s.schema},
            {u"name"_s, s.name},
            {u"dataType"_s, s.dataType},
            {u"start"_s, i64(s.start)},
            {u"increment"_s, i64(s.increment)},
            {u"minValue"_s, i64(s.minValue)},
            {u"maxValue"_s, i64(s.maxValue)},
            {u"cache"_s, i64(s.cache)},
            {u"cycle"_s, s.cycle},
            {u"lastValue"_s, i64(s.lastValue)},
            {u"isCalled"_s, s.isCalled},
            {u"ownedBy"_s, s.ownedBy},
            {u"identity"_s, s.identity},
            {u"comment"_s, s.comment}};
}

SequenceDef CatalogJson::sequenceFromJson(const QJsonObject &json)
{
    SequenceDef s;
    s.schema = json[u"schema"].toString();
    s.name = json[u"name"].toString();
    s.dataType = json[u"dataType"].toString(s.dataType);
    s.start = i64(json[u"start"]);
    s.increment = i64(json[u"increment"]);
    s.minValue = i64(json[u"minValue"]);
    s.maxValue = i64(json[u"maxValue"]);
    s.cache = i64(json[u"cache"]);
    s.cycle = json[u"cycle"].toBool();
    s.lastValue = i64(json[u"lastValue"]);
    s.isCalled = json[u"isCalled"].toBool();
    s.ownedBy = json[u"ownedBy"].toString();
    s.identity = json[u"identity"].toBool();
    s.comment = json[u"comment"].toString();
    return s;
}

QJsonObject CatalogJson::routineToJson(const RoutineDef &r)
{
    return {{u"schema"_s, r.schema},
            {u"name"_s, r.name},
            {u"kind"_s, enumName(r.kind, kRoutine)},
            {u"arguments"_s, r.arguments},
            {u"returns"_s, r.returns},
            {u"language"_s, r.language},
            {u"definition"_s, r.definition},
            {u"comment"_s, r.comment},
            {u"dependsOn"_s, strings(r.dependsOn)},
            {u"sqlMode"_s, r.sqlMode}};
}

RoutineDef CatalogJson::routineFromJson(const QJsonObject &json)
{
    RoutineDef r;
    r.schema = json[u"schema"].toString();
    r.name = json[u"name"].toString();
    r.kind = enumValue<RoutineKind>(json[u"kind"], kRoutine);
    r.arguments = json[u"arguments"].toString();
    r.returns = json[u"returns"].toString();
    r.language = json[u"language"].toString();
    r.definition = json[u"definition"].toString();
    r.comment = json[u"comment"].toString();
    r.dependsOn = strings(json[u"dependsOn"]);
    r.sqlMode = json[u"sqlMode"].toString();
    return r;
}

QJsonObject CatalogJson::typeToJson(const UserDefinedType &t)
{
    return {{u"schema"_s, t.schema},
            {u"name"_s, t.name},
            {u"kind"_s, enumName(t.kind, kUserType)},
            {u"labels"_s, strings(t.labels)},
            {u"attributes"_s, array(t.attributes, columnJson)},
            {u"baseType"_s, t.baseType},
            {u"default"_s, t.defaultExpression},
            {u"notNull"_s, t.notNull},
            {u"checkNames"_s, strings(t.checkNames)},
            {u"checks"_s, strings(t.checks)},
            {u"collation"_s, t.collation},
            {u"subtype"_s, t.subtype},
            {u"comment"_s, t.comment}};
}

UserDefinedType CatalogJson::typeFromJson(const QJsonObject &json)
{
    UserDefinedType t;
    t.schema = json[u"schema"].toString();
    t.name = json[u"name"].toString();
    t.kind = enumValue<UserTypeKind>(json[u"kind"], kUserType);
    t.labels = strings(json[u"labels"]);
    t.attributes = list(json[u"attributes"], columnFrom);
    t.baseType = json[u"baseType"].toString();
    t.defaultExpression = json[u"default"].toString();
    t.notNull = json[u"notNull"].toBool();
    t.checkNames = strings(json[u"checkNames"]);
    t.checks = strings(json[u"checks"]);
    t.collation = json[u"collation"].toString();
    t.subtype = json[u"subtype"].toString();
    t.comment = json[u"comment"].toString();
    return t;
}

QJsonObject CatalogJson::grantToJson(const GrantDef &g)
{
    return {{u"objectKind"_s, kindName(g.objectKind)},
            {u"schema"_s, g.schema},
            {u"object"_s, g.object},
            {u"grantee"_s, g.grantee},
            {u"grantor"_s, g.grantor},
            {u"privilege"_s, g.privilege},
            {u"columns"_s, strings(g.columns)},
            {u"withGrantOption"_s, g.withGrantOption}};
}

GrantDef CatalogJson::grantFromJson(const QJsonObject &json)
{
    GrantDef g;
    g.objectKind = kindFromName(json[u"objectKind"].toString());
    g.schema = json[u"schema"].toString();
    g.object = json[u"object"].toString();
    g.grantee = json[u"grantee"].toString();
    g.grantor = json[u"grantor"].toString();
    g.privilege = json[u"privilege"].toString();
    g.columns = strings(json[u"columns"]);
    g.withGrantOption = json[u"withGrantOption"].toBool();
    return g;
}

QJsonObject CatalogJson::roleToJson(const RoleDef &r)
{
    return {{u"name"_s, r.name},
            {u"host"_s, r.host},
            {u"canLogin"_s, r.canLogin},
            {u"superuser"_s, r.superuser},
            {u"createDb"_s, r.createDb},
            {u"createRole"_s, r.createRole},
            {u"inherit"_s, r.inherit},
            {u"replication"_s, r.replication},
            {u"bypassRls"_s, r.bypassRls},
            {u"connectionLimit"_s, r.connectionLimit},
            {u"validUntil"_s, r.validUntil},
            {u"privileges"_s, strings(r.privileges)},
            {u"grantOption"_s, r.grantOption},
            {u"memberOf"_s, strings(r.memberOf)},
            {u"adminOf"_s, strings(r.adminOf)},
            {u"defaultRole"_s, r.defaultRole},
            {u"comment"_s, r.comment}};
}

RoleDef CatalogJson::roleFromJson(const QJsonObject &json)
{
    RoleDef r;
    r.name = json[u"name"].toString();
    r.host = json[u"host"].toString();
    r.canLogin = json[u"canLogin"].toBool();
    r.superuser = json[u"superuser"].toBool();
    r.createDb = json[u"createDb"].toBool();
    r.createRole = json[u"createRole"].toBool();
    r.inherit = json[u"inherit"].toBool(true);
    r.replication = json[u"replication"].toBool();
    r.bypassRls = json[u"bypassRls"].toBool();
    r.connectionLimit = json[u"connectionLimit"].toInt(-1);
    r.validUntil = json[u"validUntil"].toString();
    r.privileges = strings(json[u"privileges"]);
    r.grantOption = json[u"grantOption"].toBool();
    r.memberOf = strings(json[u"memberOf"]);
    r.adminOf = strings(json[u"adminOf"]);
    r.defaultRole = json[u"defaultRole"].toString();
    r.comment = json[u"comment"].toString();
    return r;
}

QJsonObject CatalogJson::schemaToJson(const SchemaDef &schema, bool withObjects)
{
    QJsonObject json{{u"name"_s, schema.name},
                     {u"owner"_s, schema.owner},
                     {u"comment"_s, schema.comment},
                     {u"defaultCharset"_s, schema.defaultCharset},
                     {u"defaultCollation"_s, schema.defaultCollation},
                     {u"grants"_s, array(schema.grants, &CatalogJson::grantToJson)}};
    if (withObjects) {
        json.insert(u"types"_s, array(schema.types, &CatalogJson::typeToJson));
        json.insert(u"sequences"_s, array(schema.sequences, &CatalogJson::sequenceToJson));
        json.insert(u"tables"_s, array(schema.tables, &CatalogJson::tableToJson));
        json.insert(u"views"_s, array(schema.views, &CatalogJson::viewToJson));
        json.insert(u"routines"_s, array(schema.routines, &CatalogJson::routineToJson));
    }
    return json;
}

SchemaDef CatalogJson::schemaFromJson(const QJsonObject &json)
{
    SchemaDef schema;
    schema.name = json[u"name"].toString();
    schema.owner = json[u"owner"].toString();
    schema.comment = json[u"comment"].toString();
    schema.defaultCharset = json[u"defaultCharset"].toString();
    schema.defaultCollation = json[u"defaultCollation"].toString();
    schema.grants = list(json[u"grants"], &CatalogJson::grantFromJson);
    schema.types = list(json[u"types"], &CatalogJson::typeFromJson);
    schema.sequences = list(json[u"sequences"], &CatalogJson::sequenceFromJson);
    schema.tables = list(json[u"tables"], &CatalogJson::tableFromJson);
    schema.views = list(json[u"views"], &CatalogJson::viewFromJson);
    schema.routines = list(json[u"routines"], &CatalogJson::routineFromJson);
    return schema;
}

QJsonObject CatalogJson::toJson(const Catalog &catalog)
{
    const QJsonObject body{
        {u"dialect"_s, dialectName(catalog.dialect)},
        {u"serverVersion"_s, catalog.serverVersion},
        {u"database"_s, catalog.database},
        {u"schemas"_s,
         array(catalog.schemas, [](const SchemaDef &s) { return schemaToJson(s, true); })},
        {u"roles"_s, array(catalog.roles, &CatalogJson::roleToJson)}};
    return document(u"CATALOG"_s, body);
}

std::optional<Catalog> CatalogJson::fromJson(const QJsonObject &json, QString *error)
{
    QString kind;
    const std::optional<QJsonObject> body = object(json, &kind, error);
    if (!body)
        return std::nullopt;
    if (kind != u"CATALOG") {
        if (error)
            *error =
                QCoreApplication::translate("CatalogJson", "The document holds a %1, not a catalog")
                    .arg(kind);
        return std::nullopt;
    }
    Catalog catalog;
    const auto dialect = dialectFromName(body->value(u"dialect").toString());
    if (!dialect) {
        if (error)
            *error =
                QCoreApplication::translate("CatalogJson", "The catalog names no known engine");
        return std::nullopt;
    }
    catalog.dialect = *dialect;
    catalog.serverVersion = body->value(u"serverVersion").toString();
    catalog.database = body->value(u"database").toString();
    catalog.schemas = list(body->value(u"schemas"), &CatalogJson::schemaFromJson);
    catalog.roles = list(body->value(u"roles"), &CatalogJson::roleFromJson);
    return catalog;
}

QJsonObject CatalogJson::document(const QString &kind, const QJsonObject &object)
{
    return {{u"format"_s, QLatin1String(kFormat)},
            {u"version"_s, kVersion},
            {u"kind"_s, kind},
            {u"object"_s, object}};
}

std::optional<QJsonObject> CatalogJson::object(const QJsonObject &document, QString *kind,
                                               QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<QJsonObject> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (document.value(u"format").toString() != QLatin1String(kFormat))
        return fail(QCoreApplication::translate("CatalogJson", "Not a Sluice catalog document"));
    const int version = document.value(u"version").toInt();
    if (version < 1)
        return fail(QCoreApplication::translate("CatalogJson",
                                                "The catalog document has no valid version"));
    if (version > kVersion)
        return fail(QCoreApplication::translate(
                        "CatalogJson",
                        "The catalog document has format version %1; this Sluice reads up to "
                        "version %2. Use a newer Sluice.")
                        .arg(version)
                        .arg(kVersion));
    if (kind)
        *kind = document.value(u"kind").toString();
    return document.value(u"object").toObject();
}

} // namespace sluice::engine
