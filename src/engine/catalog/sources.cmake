target_sources(sluice_engine PRIVATE
    catalog/objectkind.cpp catalog/objectkind.h
    catalog/objecttypes.cpp catalog/objecttypes.h)
