# Import jobs: NETWORK_LINK schema copy, remaps, TABLE_EXISTS_ACTION, SQLFILE.
target_sources(sluice_engine PRIVATE
    importjob/catalogremapper.cpp importjob/catalogremapper.h
    importjob/remapdatafunction.cpp importjob/remapdatafunction.h
    importjob/rowremapper.cpp importjob/rowremapper.h)
