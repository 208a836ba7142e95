#include "gui/schema/objectdetails.h"

#include "engine/catalog/ddlwriter.h"

namespace sluice::gui {

namespace {

QString yesNo(bool value)
{
    return value ? ObjectDetails::tr("yes") : ObjectDetails::tr("no");
}

QString joinDdl(const QList<engine::DdlStatement> &statements)
{
    QStringList texts;
    for (const auto &statement : statements)
        texts.append(statement.sql + u';');
    return texts.join(QLatin1String("\n\n"));
}

engine::DdlWriter writerFor(const engine::Catalog &catalog)
{
    engine::DdlOptions options;
    options.target = catalog.dialect; // same engine: the engine's own texts where exact
    return engine::DdlWriter(catalog.dialect, options);
}

QString typeText(const engine::DataType &type)
{
    return type.text.isEmpty() ? type.toSql() : type.text;
}

QString constraintTypeName(engine::ConstraintType type)
{
    switch (type) {
    case engine::ConstraintType::PrimaryKey:
        return ObjectDetails::tr("primary key");
    case engine::ConstraintType::Unique:
        return ObjectDetails::tr("unique");
    case engine::ConstraintType::Check:
        return ObjectDetails::tr("check");
    case engine::ConstraintType::ForeignKey:
        return ObjectDetails::tr("foreign key");
    case engine::ConstraintType::Exclusion:
        break;
    }
    return ObjectDetails::tr("exclusion");
}

} // namespace

QString ObjectDescription::toHtml() const
{
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">")
                       .arg(title.toHtmlEscaped());
    for (const auto &[label, value] : properties) {
        if (value.isEmpty())
            continue;
        html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(),
                         value.toHtmlEscaped().replace(u'\n', QLatin1String("<br>")));
    }
    return html + QStringLiteral("</table>");
}

ObjectDescription ObjectDetails::describe(const engine::Catalog &catalog, const SchemaNodeRef &ref)
{
    const engine::SchemaDef *schemaDef = catalog.schema(ref.schema);
    if (!schemaDef)
        return {};
    const engine::TableDef *tableDef = schemaDef->table(ref.object);
    switch (ref.kind) {
    case SchemaNodeKind::Schema:
        return schema(catalog, *schemaDef);
    case SchemaNodeKind::Table:
        return tableDef ? table(catalog, *tableDef) : ObjectDescription{};
    case SchemaNodeKind::Column:
        if (const auto *columnDef = tableDef ? tableDef->column(ref.child) : nullptr)
            return column(*columnDef);
        break;
    case SchemaNodeKind::Index:
        for (const auto &indexDef : tableDef ? tableDef->indexes : QList<engine::IndexDef>{}) {
            if (indexDef.name == ref.child)
                return index(indexDef);
        }
        break;
    case SchemaNodeKind::Constraint:
        for (qsizetype i = 0; tableDef && i < tableDef->constraints.size(); ++i) {
            const auto &constraintDef = tableDef->constraints.at(i);
            if (constraintDef.name == ref.child || u'#' + QString::number(i) == ref.child)
                return constraint(constraintDef);
        }
        break;
    case SchemaNodeKind::Trigger:
        for (const auto &triggerDef : tableDef ? tableDef->triggers : QList<engine::TriggerDef>{}) {
            if (triggerDef.name == ref.child)
                return trigger(triggerDef);
        }
        break;
    case SchemaNodeKind::View:
        if (const auto *viewDef = schemaDef->view(ref.object))
            return view(catalog, *viewDef);
        break;
    case SchemaNodeKind::Sequence:
        if (const auto *sequenceDef = schemaDef->sequence(ref.object))
            return sequence(catalog, *sequenceDef);
        break;
    case SchemaNodeKind::Routine:
        for (const auto &routineDef : schemaDef->routines) {
            if (routineDef.signature() == ref.object)
                return routine(routineDef);
        }
        break;
    case SchemaNodeKind::Folder:
        break;
    }
    return {};
}

ObjectDescription ObjectDetails::schema(const engine::Catalog &catalog, const engine::SchemaDef &s)
{
    ObjectDescription d{tr("Schema %1").arg(s.name), {}, {}};
    d.properties = {{tr("Engine"), engine::dialectDisplayName(catalog.dialect)},
                    {tr("Server version"), catalog.serverVersion},
                    {tr("Database"), catalog.database},
                    {tr("Owner"), s.owner},
                    {tr("Tables"), QString::number(s.tables.size())},
                    {tr("Views"), QString::number(s.views.size())},
                    {tr("Sequences"), QString::number(s.sequences.size())},
                    {tr("Routines"), QString::number(s.routines.size())},
                    {tr("Default character set"), s.defaultCharset},
                    {tr("Comment"), s.comment}};
    return d;
}

ObjectDescription ObjectDetails::table(const engine::Catalog &catalog, const engine::TableDef &t)
{
    ObjectDescription d{tr("Table %1.%2").arg(t.schema, t.name), {}, {}};
    QStringList columns;
    for (const auto &c : t.columns)
        columns.append(tr("%1 %2").arg(c.name, typeText(c.type)));
    d.properties = {{tr("Columns"), columns.join(u'\n')},
                    {tr("Estimated rows"),
                     t.estimatedRows < 0 ? tr("unknown") : QString::number(t.estimatedRows)},
                    {tr("Indexes"), QString::number(t.indexes.size())},
                    {tr("Constraints"), QString::number(t.constraints.size())},
                    {tr("Triggers"), QString::number(t.triggers.size())},
                    {tr("Partition of"), t.partitionOf},
                    {tr("Tablespace"), t.tablespace},
                    {tr("Comment"), t.comment}};
    engine::DdlWriter writer = writerFor(catalog);
    QList<engine::DdlStatement> ddl = writer.createTable(t);
    ddl += writer.createConstraints(t, false);
    ddl += writer.createConstraints(t, true);
    ddl += writer.createIndexes(t);
    ddl += writer.createTriggers(t);
    d.ddl = joinDdl(ddl);
    return d;
}

ObjectDescription ObjectDetails::column(const engine::ColumnDef &c)
{
    ObjectDescription d{tr("Column %1").arg(c.name), {}, {}};
    d.properties = {
        {tr("Type"), typeText(c.type)},
        {tr("Nullable"), yesNo(c.nullable)},
        {tr("Default"), c.defaultExpression},
        {tr("Identity"), c.identity == engine::IdentityKind::None ? QString() : tr("yes")},
        {tr("Generated"), c.generatedExpression},
        {tr("Collation"), c.collation},
        {tr("Comment"), c.comment}};
    return d;
}

ObjectDescription ObjectDetails::index(const engine::IndexDef &i)
{
    ObjectDescription d{tr("Index %1").arg(i.name), {}, i.definition};
    QStringList keys;
    for (const auto &key : i.keys)
        keys.append((key.column.isEmpty() ? key.expression : key.column) +
                    (key.descending ? QStringLiteral(" DESC") : QString()));
    d.properties = {{tr("Unique"), yesNo(i.unique)},
                    {tr("Method"), i.method},
                    {tr("Keys"), keys.join(QLatin1String(", "))},
                    {tr("Included columns"), i.included.join(QLatin1String(", "))},
                    {tr("Predicate"), i.where}};
    return d;
}

ObjectDescription ObjectDetails::constraint(const engine::ConstraintDef &c)
{
    ObjectDescription d{
        tr("Constraint %1").arg(c.name.isEmpty() ? tr("(unnamed)") : c.name), {}, c.definition};
    QString references;
    if (c.isForeignKey())
        references = tr("%1.%2 (%3)")
                         .arg(c.referencedSchema, c.referencedTable,
                              c.referencedColumns.join(QLatin1String(", ")));
    d.properties = {{tr("Type"), constraintTypeName(c.type)},
                    {tr("Columns"), c.columns.join(QLatin1String(", "))},
                    {tr("References"), references},
                    {tr("On delete"), c.onDelete},
                    {tr("On update"), c.onUpdate},
                    {tr("Check"), c.expression},
                    {tr("Deferrable"), c.deferrable ? tr("yes") : QString()}};
    return d;
}

ObjectDescription ObjectDetails::trigger(const engine::TriggerDef &t)
{
    ObjectDescription d{tr("Trigger %1").arg(t.name), {}, t.definition};
    d.properties = {{tr("Timing"), t.timing},
                    {tr("Events"), t.events.join(QLatin1String(", "))},
                    {tr("For each row"), yesNo(t.forEachRow)},
                    {tr("When"), t.when},
                    {tr("Function"), t.function},
                    {tr("Enabled"), yesNo(t.enabled)}};
    return d;
}

ObjectDescription ObjectDetails::view(const engine::Catalog &catalog, const engine::ViewDef &v)
{
    ObjectDescription d{
        (v.materialized ? tr("Materialized view %1.%2") : tr("View %1.%2")).arg(v.schema, v.name),
        {},
        {}};
    d.properties = {{tr("Columns"), v.columns.join(QLatin1String(", "))},
                    {tr("Check option"), v.checkOption},
                    {tr("Depends on"), v.dependsOn.join(QLatin1String(", "))},
                    {tr("Comment"), v.comment}};
    d.ddl = joinDdl(writerFor(catalog).createView(v));
    return d;
}

ObjectDescription ObjectDetails::sequence(const engine::Catalog &catalog,
                                          const engine::SequenceDef &s)
{
    ObjectDescription d{tr("Sequence %1.%2").arg(s.schema, s.name), {}, {}};
    d.properties = {
        {tr("Type"), s.dataType},
        {tr("Start"), QString::number(s.start)},
        {tr("Increment"), QString::number(s.increment)},
        {tr("Minimum"), QString::number(s.minValue)},
        {tr("Maximum"), QString::number(s.maxValue)},
        {tr("Cache"), QString::number(s.cache)},
        {tr("Cycle"), yesNo(s.cycle)},
        {tr("Last value"), s.isCalled ? QString::number(s.lastValue) : tr("not used yet")},
        {tr("Owned by"), s.ownedBy}};
    d.ddl = joinDdl(writerFor(catalog).createSequence(s));
    return d;
}

ObjectDescription ObjectDetails::routine(const engine::RoutineDef &r)
{
    const QString kind = r.kind == engine::RoutineKind::Procedure   ? tr("Procedure")
                         : r.kind == engine::RoutineKind::Aggregate ? tr("Aggregate")
                                                                    : tr("Function");
    ObjectDescription d{tr("%1 %2.%3").arg(kind, r.schema, r.signature()), {}, r.definition};
    d.properties = {{tr("Arguments"), r.arguments},
                    {tr("Returns"), r.returns},
                    {tr("Language"), r.language},
                    {tr("Comment"), r.comment}};
    return d;
}

} // namespace sluice::gui
