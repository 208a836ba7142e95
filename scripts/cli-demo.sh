#!/usr/bin/env bash
# A headless tour of sluice-cli on the bundled HR sample. Usage: cli-demo.sh <bin-dir>
set -uo pipefail
bin=${1:?usage: cli-demo.sh <bin-dir>}
cli="$bin/sluice-cli"

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
run export hr_sample SCHEMAS=main DIRECTORY=DATA_PUMP_DIR DUMPFILE=hr%U.dmp FILESIZE=64MB \
    PARALLEL=2 "EXCLUDE=INDEX:\"LIKE 'EMP%'\"" LOGFILE=hr.log --show-parfile
run import hr_sample DUMPFILE=hr%U.dmp REMAP_SCHEMA=main:hr_copy TABLE_EXISTS_ACTION=REPLACE --show-parfile
echo
echo "A bare keyword is caught instead of becoming a dump file name:"
run export hr_sample DUMPFILE=hr.dmp NOLOGFILE --show-parfile
echo
echo "Export and import jobs themselves are not available in this build yet."
