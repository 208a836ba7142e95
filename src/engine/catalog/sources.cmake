target_sources(sluice_engine PRIVATE
    catalog/catalog.cpp catalog/catalog.h
    catalog/columndef.h
    catalog/constraintdef.h
    catalog/datatype.cpp catalog/datatype.h
    catalog/grantdef.h
    catalog/indexdef.h
    catalog/objectkind.cpp catalog/objectkind.h
    catalog/objecttypes.cpp catalog/objecttypes.h
    catalog/partitioning.h
    catalog/roledef.h
    catalog/routinedef.h
    catalog/schemadef.h
    catalog/sequencedef.h
    catalog/tabledef.h
    catalog/triggerdef.h
    catalog/userdefinedtype.h
    catalog/viewdef.h)
