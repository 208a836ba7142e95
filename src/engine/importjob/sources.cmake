# Import jobs: NETWORK_LINK schema copy, remaps, TABLE_EXISTS_ACTION, SQLFILE.
target_sources(sluice_engine PRIVATE
    importjob/catalogremapper.cpp importjob/catalogremapper.h
    importjob/chunkpipe.cpp importjob/chunkpipe.h
    importjob/chunkstream.cpp importjob/chunkstream.h
    importjob/dumpsource.cpp importjob/dumpsource.h
    importjob/importdefiner.cpp importjob/importdefiner.h
    importjob/importdefinerpost.cpp importjob/importdefinerselection.cpp
    importjob/importendpoint.cpp importjob/importendpoint.h
    importjob/importexecutor.cpp importjob/importexecutor.h
    importjob/importfiles.cpp importjob/importfiles.h
    importjob/importplan.cpp importjob/importplan.h
    importjob/importstate.cpp importjob/importstate.h
    importjob/producerthread.cpp importjob/producerthread.h
    importjob/remapdatafunction.cpp importjob/remapdatafunction.h
    importjob/rowremapper.cpp importjob/rowremapper.h
    importjob/sqlfilewriter.cpp importjob/sqlfilewriter.h)
