target_sources(sluice_engine PRIVATE
    core/apppaths.cpp core/apppaths.h
    core/asciidigits.h
    core/dialect.cpp core/dialect.h
    core/localetranslator.h
    core/sampledatabase.cpp core/sampledatabase.h
    core/version.h.in)
