#!/usr/bin/env bash
# A headless tour of sluice-cli on the bundled HR sample. Usage: cli-demo.sh <bin-dir>
set -uo pipefail
bin=${1:?usage: cli-demo.sh <bin-dir>}
cli="$bin/sluice-cli"
stamp=$(date +%Y%m%d%H%M%S)
copy="${TMPDIR:-/tmp}/sluice-demo-copy-$stamp.db"

run() {
    printf '\n$ sluice-cli %s\n' "$*"
    "$cli" "$@"
    printf '(exit code %d)\n' "$?"
}

run --version
run sample
run connection list
run connection test hr_sample
run directory list
echo
echo "The job as a normalized parameter file, checked without connecting:"
run export hr_sample SCHEMAS=main DIRECTORY=DATA_PUMP_DIR DUMPFILE=hr%U.dmp FILESIZE=64MB \
    PARALLEL=2 "EXCLUDE=INDEX:\"LIKE 'EMP%'\"" LOGFILE=hr.log --show-parfile
echo
echo "A bare keyword is caught instead of becoming a dump file name:"
run export hr_sample DUMPFILE=hr.dmp NOLOGFILE --show-parfile
echo
echo "An export of the sample, then its dump file set:"
run export hr_sample SCHEMAS=main DUMPFILE="demo$stamp%U.dmp" LOGFILE="demo$stamp.log" \
    PARALLEL=2 COMPRESSION=ALL JOB_NAME="DEMO_$stamp"
run dumpinfo DUMPFILE="demo${stamp}01.dmp" VERIFY=YES
echo
echo "The DDL an import into PostgreSQL would run, without a PostgreSQL server:"
run import DUMPFILE="demo${stamp}01.dmp" SQLFILE="demo$stamp.sql" TARGET_DIALECT=postgresql \
    REMAP_SCHEMA=main:hr
echo
echo "A network-link copy of the sample into a new SQLite file, verified by checksum."
echo "FAKE_EMAIL is keyed (the same address always gives the same fake), so it needs SLUICE_REMAP_KEY:"
export SLUICE_REMAP_KEY="${SLUICE_REMAP_KEY:-sluice-demo-key}"
run import "sqlite://$copy?create=yes" NETWORK_LINK=hr_sample SCHEMAS=main VERIFY=CHECKSUM \
    "REMAP_DATA=main.employees.email:FAKE_EMAIL" JOB_NAME="DEMO_COPY_$stamp"
run jobs --all
echo
echo "Files written by the demo are in the DATA_PUMP_DIR folder listed above; the copy is $copy."
