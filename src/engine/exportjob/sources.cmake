# Export jobs: the plan, its executors, dump file set recovery on restart.
target_sources(sluice_engine PRIVATE
    exportjob/dumprecovery.cpp exportjob/dumprecovery.h
    exportjob/exportdefiner.cpp exportjob/exportdefiner.h
    exportjob/exportexecutor.cpp exportjob/exportexecutor.h
    exportjob/exportfiles.cpp exportjob/exportfiles.h
    exportjob/exportplan.cpp exportjob/exportplan.h
    exportjob/exportstate.cpp exportjob/exportstate.h)
