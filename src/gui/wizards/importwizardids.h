#pragma once

// Page ids of the import and schema copy wizards, in one place (STYLE.md rule 19).

namespace sluice::gui::importwizard {

enum PageId {
    Page_Source,      // import: the dump file set, or a database over NETWORK_LINK
    Page_Target,      // import: the target connection, or "SQL file only"
    Page_Scope,       // import: mode, content and object filter
    Page_Connections, // schema copy: source and target
    Page_Objects,     // schema copy: schemas and tables
    Page_Remap,
    Page_Options,
    Page_Summary,
};

// registerField names; a trailing * makes the field mandatory.
inline constexpr char kFieldTarget[] = "importTarget";

} // namespace sluice::gui::importwizard
