# The Data Pump parameter language: tokenizer, parameter table, JobSpec, parser,
# validator, parfile writer and help.
target_sources(sluice_engine PRIVATE
    params/identifiermatcher.cpp params/identifiermatcher.h
    params/jobspec.cpp params/jobspec.h
    params/jobspecparser.cpp params/jobspecparser.h
    params/jobspecvalidator.cpp params/jobspecvalidator.h
    params/nameclause.cpp params/nameclause.h
    params/parametercatalog.cpp params/parametercatalog.h
    params/parameterdefinition.h
    params/parameterhelp.cpp params/parameterhelp.h
    params/parametervalues.cpp params/parametervalues.h
    params/paramtokenizer.cpp params/paramtokenizer.h
    params/parfilewriter.cpp params/parfilewriter.h
    params/remapfunction.cpp params/remapfunction.h
    params/sourceposition.h
    params/sqlname.cpp params/sqlname.h)
