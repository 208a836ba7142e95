# Job logs in Data Pump's layout, and the exit codes a job ends with.
target_sources(sluice_engine PRIVATE
    log/exitcode.h
    log/joblog.cpp log/joblog.h
    log/joblogformat.cpp log/joblogformat.h
    log/joblogline.h)
