target_sources(sluice_engine PRIVATE
    catalog/catalog.cpp catalog/catalog.h
    catalog/catalogjson.cpp catalog/catalogjson.h
    catalog/catalogobjectfilter.cpp catalog/catalogobjectfilter.h
    catalog/catalogreader.cpp catalog/catalogreader.h
    catalog/columndef.h
    catalog/constraintdef.h
    catalog/datatype.cpp catalog/datatype.h
    catalog/ddlstatement.h
    catalog/ddlwriter.cpp catalog/ddlwriter.h catalog/ddlwritercolumns.cpp
    catalog/ddlwriterprivileges.cpp catalog/ddlwriterroles.cpp
    catalog/dependencysorter.cpp catalog/dependencysorter.h
    catalog/expressiontokens.h
    catalog/expressiontranslator.cpp catalog/expressiontranslator.h
    catalog/expressiontranslatorfunctions.cpp
    catalog/grantdef.h
    catalog/indexdef.h
    catalog/mariadbcatalogreader.cpp catalog/mariadbcatalogreader.h
    catalog/objectkind.cpp catalog/objectkind.h
    catalog/objecttypes.cpp catalog/objecttypes.h
    catalog/partitioning.h
    catalog/postgrescatalogreader.cpp catalog/postgrescatalogreader.h
    catalog/roledef.h
    catalog/rolereader.cpp catalog/rolereader.h
    catalog/routinedef.h
    catalog/schemadef.h
    catalog/sequencedef.h
    catalog/sqlitecatalogreader.cpp catalog/sqlitecatalogreader.h
    catalog/sqliteddlparser.cpp catalog/sqliteddlparser.h
    catalog/sqlquoting.cpp catalog/sqlquoting.h
    catalog/tablekey.h
    catalog/sqlrunner.cpp catalog/sqlrunner.h
    catalog/tabledef.h
    catalog/tablerefmatch.cpp catalog/tablerefmatch.h
    catalog/triggerdef.h
    catalog/typemapper.cpp catalog/typemapper.h
    catalog/typemaprule.cpp catalog/typemaprule.h
    catalog/userdefinedtype.h
    catalog/viewdef.h)
