#include "gui/common/guiresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initSluiceResources()
{
    Q_INIT_RESOURCE(sluice);
}

namespace sluice::gui {

void ensureGuiResources()
{
    static const bool s_done = [] {
        initSluiceResources();
        return true;
    }();
    Q_UNUSED(s_done);
}

} // namespace sluice::gui
