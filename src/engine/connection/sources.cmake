# Connections: URLs, profiles, passwords, per-thread database connections.
target_sources(sluice_engine PRIVATE
    connection/connectionparams.cpp connection/connectionparams.h
    connection/connectionprofile.cpp connection/connectionprofile.h
    connection/connectionprofilestore.cpp connection/connectionprofilestore.h
    connection/connectionresolver.cpp connection/connectionresolver.h
    connection/databaseopener.cpp connection/databaseopener.h)
