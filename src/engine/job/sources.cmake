# Jobs: master table, master/worker runner, detached host, clients that attach,
# job store and launcher (docs/jobs.md).
target_sources(sluice_engine PRIVATE
    job/credentialhandoff.cpp job/credentialhandoff.h
    job/hostprocess.cpp job/hostprocess.h
    job/interactivecommand.cpp job/interactivecommand.h
    job/jobclient.cpp job/jobclient.h
    job/jobclientpoller.cpp job/jobclientpoller.h
    job/jobcontext.h
    job/jobcredentials.cpp job/jobcredentials.h
    job/jobhost.cpp job/jobhost.h
    job/joblauncher.cpp job/joblauncher.h
    job/jobplan.h
    job/jobplanfactory.cpp job/jobplanfactory.h
    job/jobprogress.h
    job/jobrunner.cpp job/jobrunner.h
    job/jobstate.cpp job/jobstate.h
    job/jobstatus.h
    job/jobstatusformat.cpp job/jobstatusformat.h
    job/jobstore.cpp job/jobstore.h
    job/jobworker.cpp job/jobworker.h
    job/masterrecorder.cpp job/masterrecorder.h
    job/mastertable.cpp job/mastertable.h
    job/tabledataphase.cpp job/tabledataphase.h
    job/workercontext.h
    job/workitem.h
    job/workscheduler.cpp job/workscheduler.h)
