#pragma once

// Page ids and field names of the export wizard, in one place (STYLE.md rule 19).

namespace sluice::gui::exportwizard {

enum PageId {
    Page_Source,
    Page_Mode,
    Page_Filter,
    Page_RowFilter,
    Page_Files,
    Page_Options,
    Page_Summary,
};

// registerField names; a trailing * makes the field mandatory.
inline constexpr char kFieldConnection[] = "sourceConnection*";
inline constexpr char kFieldConnectionValue[] = "sourceConnection";

} // namespace sluice::gui::exportwizard
