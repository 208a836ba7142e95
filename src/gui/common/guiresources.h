#pragma once

namespace sluice::gui {

// Registers the GUI's compiled-in resources (icons). sluice_gui is a static
// library, so the linker drops the resource object unless something refers to
// it; every widget that shows an icon calls this first. Cheap after the first call.
void ensureGuiResources();

} // namespace sluice::gui
