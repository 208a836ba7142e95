# Directory objects: named folders with READ/WRITE grants, and the safe file resolver.
target_sources(sluice_engine PRIVATE
    directory/directoryobject.cpp directory/directoryobject.h
    directory/directoryobjectstore.cpp directory/directoryobjectstore.h
    directory/directoryresolver.cpp directory/directoryresolver.h)
