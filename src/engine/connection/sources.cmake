# Connections: URLs, profiles, passwords, per-thread database connections.
target_sources(sluice_engine PRIVATE
    connection/connectionparams.cpp connection/connectionparams.h
    connection/connectionprofile.cpp connection/connectionprofile.h
    connection/connectionprofilestore.cpp connection/connectionprofilestore.h
    connection/connectionresolver.cpp connection/connectionresolver.h
    connection/databaseopener.cpp connection/databaseopener.h)
target_sources(sluice_engine PRIVATE
    connection/keychainbackend.h
    connection/passwordsource.cpp connection/passwordsource.h
    connection/qtkeychainbackend.cpp connection/qtkeychainbackend.h
    connection/terminalprompt.cpp connection/terminalprompt.h)
