#pragma once

#include "engine/catalog/catalog.h"
#include "engine/params/jobspec.h"

#include <QTabWidget>
#include <optional>

namespace sluice::gui {

class MappingTable;
class RemapDataEditor;
class TransformEditor;

// Every remap and transform of an import on tabs: REMAP_SCHEMA, REMAP_TABLE and
// REMAP_TABLESPACE as mapping tables completing from the source and target
// catalogs, REMAP_DATA with its preview, and TRANSFORM. Reads and writes a JobSpec,
// so it round-trips to parameter text through ParfileWriter and JobSpecParser.
class RemapEditor : public QTabWidget
{
    Q_OBJECT

public:
    explicit RemapEditor(QWidget *parent = nullptr);

    void setSourceCatalog(const std::optional<engine::Catalog> &catalog);
    void setTargetCatalog(const std::optional<engine::Catalog> &catalog);
    void readSpec(const engine::JobSpec &spec);
    void writeSpec(engine::JobSpec &spec) const;
    // Why a mapping cannot be written as a parameter (a bad name), or empty.
    [[nodiscard]] QString errorText() const;

    [[nodiscard]] MappingTable *schemaTable() const { return m_schemas; }
    [[nodiscard]] MappingTable *tableTable() const { return m_tables; }
    [[nodiscard]] MappingTable *tablespaceTable() const { return m_tablespaces; }
    [[nodiscard]] RemapDataEditor *dataEditor() const { return m_data; }
    [[nodiscard]] TransformEditor *transformEditor() const { return m_transforms; }

Q_SIGNALS:
    void changed();

private:
    MappingTable *m_schemas;
    MappingTable *m_tables;
    MappingTable *m_tablespaces;
    RemapDataEditor *m_data;
    TransformEditor *m_transforms;
    std::optional<engine::Catalog> m_source;
    std::optional<engine::Catalog> m_target;
};

} // namespace sluice::gui
