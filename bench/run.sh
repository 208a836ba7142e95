#!/usr/bin/env bash
# Sluice benchmarks against the peer tools, on the same data, in one run.
#
#   bench/run.sh [--scale small|full|<factor>] [--only export|import] [--engines pg,mariadb,sqlite]
#                [--work <folder>] [--keep] [--no-build] [--cli <sluice-cli>]
#                [--baseline <sluice-cli>]
#
# Starts throwaway PostgreSQL and MariaDB servers (tests/servers/*.sh, on
# 127.0.0.1), generates the dataset (bench/gen.cpp, seeded), loads it into the
# three engines with their native bulk paths (not timed as part of the
# benchmark), then times Sluice and the peers and prints a table of times,
# ratios (Sluice / peer), peak RSS and PASS/MISS against the targets of
# issues 5.10 and 6.9. bench/README.md explains every row.
#
# --scale full is about 6.5 million rows (~800 MB in PostgreSQL); small is 10 %.
# Sluice is built with the release preset first (build/release/bin/sluice-cli)
# unless --no-build is given. The servers are stopped and the work folder
# removed at the end, also on failure (--keep keeps the folder and its logs).
# --cli runs another build's sluice-cli (to try the script; figures come from
# the release build). --baseline runs every Sluice export a second time with
# another sluice-cli (an earlier commit's release build) just before the
# current one, on the same data and servers, and adds its rows to the table:
# a before/after comparison under the same load.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "${here}/.." && pwd)

# Debian packages the benchmark needs beyond the project's install list.
BENCH_PACKAGES=(time)
PG_BIN=${SLUICE_PG_BIN:-/usr/lib/postgresql/15/bin}
TABLES=(customers products orders order_lines attachments)
HOST_EXIT_TIMEOUT=60 # seconds a job host may take to leave after its client

scale_name=small
only=all
engines=pg,mariadb,sqlite
work=""
keep=no
build=yes
cli=""
baseline=""

usage() {
    sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
}

while [[ $# -gt 0 ]]; do
    case $1 in
    --scale) scale_name=${2:?--scale needs a value}; shift 2 ;;
    --only) only=${2:?--only needs export or import}; shift 2 ;;
    --engines) engines=${2:?--engines needs a list}; shift 2 ;;
    --work) work=${2:?--work needs a folder}; shift 2 ;;
    --keep) keep=yes; shift ;;
    --no-build) build=no; shift ;;
    --cli) cli=${2:?--cli needs a path}; build=no; shift 2 ;;
    --baseline) baseline=${2:?--baseline needs a path}; shift 2 ;;
    -h | --help) usage ;;
    *) echo "unknown argument '$1'" >&2; usage ;;
    esac
done

case ${scale_name} in
small) scale=0.1 ;;
full) scale=1.0 ;;
*)
    [[ ${scale_name} =~ ^[0-9]*\.?[0-9]+$ ]] || { echo "--scale: small, full or a factor such as 0.3" >&2; exit 2; }
    scale=${scale_name}
    ;;
esac
case ${only} in all | export | import) ;; *) echo "--only: export or import" >&2; exit 2 ;; esac
has_engine() { [[ ,${engines}, == *,$1,* ]]; }

log() { printf '\n== %s  %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { echo "bench: $*" >&2; exit 1; }

# ---------------------------------------------------------------- preparation

install_bench_packages() {
    local missing=()
    [[ -x /usr/bin/time ]] || missing+=(time)
    [[ ${#missing[@]} -eq 0 ]] && return 0
    [[ ${EUID} -eq 0 ]] || die "missing packages ${missing[*]} (apt-get install ${BENCH_PACKAGES[*]})"
    log "installing ${missing[*]}"
    apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
}

build_sluice() {
    if [[ ${build} == yes ]]; then
        log "building sluice-cli (release preset)"
        (cd "${source_dir}" && cmake --preset release -DSLUICE_BUILD_GUI=OFF >/dev/null)
        cmake --build "${source_dir}/build/release" -j2 --target sluice-cli
    fi
    cli=${cli:-${source_dir}/build/release/bin/sluice-cli}
    [[ -x ${cli} ]] || die "${cli} is missing (build with: cmake --preset release && cmake --build build/release --target sluice-cli)"
    [[ -z ${baseline} || -x ${baseline} ]] || die "--baseline ${baseline} is not an executable"
}

install_bench_packages
build_sluice
for tool in "${PG_BIN}/pg_dump" "${PG_BIN}/pg_restore" "${PG_BIN}/psql" mariadb mariadb-dump sqlite3 c++; do
    command -v "${tool}" >/dev/null || die "${tool} not found"
done

if [[ -z ${work} ]]; then
    work=$(mktemp -d /tmp/sluice-bench.XXXXXX)
else
    mkdir -p "${work}"
    work=$(cd "${work}" && pwd)
fi
servers=${work}/servers
data=${work}/data
dumps=${work}/dumps
times=${work}/times
mkdir -p "${servers}" "${data}" "${dumps}" "${times}"
export SLUICE_HOME=${work}/home SLUICE_NO_KEYCHAIN=1
# A reused --work folder starts with a fresh Sluice home: directory objects,
# connections and the job store of an earlier run would be in the way.
rm -rf "${SLUICE_HOME}"
results=${work}/results.tsv
: >"${results}"

# Ends the job hosts of this run (found by the job store in their command line,
# never by program name alone), then the servers.
cleanup() {
    local status=$?
    set +e
    local pid
    for pid in $(pgrep -f -- "job-host ${SLUICE_HOME}/" 2>/dev/null); do
        kill -TERM "${pid}" 2>/dev/null
    done
    if [[ -n ${watcher_pid:-} ]]; then
        kill "${watcher_pid}" 2>/dev/null
    fi
    "${source_dir}/tests/servers/postgres.sh" stop "${servers}/postgres" >/dev/null 2>&1
    "${source_dir}/tests/servers/mariadb.sh" stop "${servers}/mariadb" >/dev/null 2>&1
    if [[ ${keep} == yes || ${status} -ne 0 ]]; then
        echo "bench: work folder kept: ${work}" >&2
    else
        case ${work} in /tmp/sluice-bench.*) rm -rf -- "${work}" ;; esac
    fi
    exit "${status}"
}
trap cleanup EXIT
trap 'echo "bench: failed (exit $?) at run.sh line ${LINENO}: ${BASH_COMMAND}" >&2' ERR
trap 'exit 130' INT TERM

log "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg); work folder ${work}"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

# -------------------------------------------------------------------- servers

need_pg=no need_maria=no
has_engine pg && need_pg=yes
has_engine mariadb && need_maria=yes

if [[ ${need_pg} == yes ]]; then
    log "starting PostgreSQL"
    "${source_dir}/tests/servers/postgres.sh" start "${servers}/postgres"
    # shellcheck source=/dev/null
    source "${servers}/postgres/env"
    export PGHOST=${SLUICE_TEST_PG_HOST} PGPORT=${SLUICE_TEST_PG_PORT} PGUSER=${SLUICE_TEST_PG_USER}
    export PGPASSWORD=${SLUICE_TEST_PG_PASSWORD} PGDATABASE=${SLUICE_TEST_PG_DB}
    export PGOPTIONS='-c client_min_messages=warning'
    pg_url="postgresql://${PGUSER}@127.0.0.1:${PGPORT}"
fi
if [[ ${need_maria} == yes ]]; then
    log "starting MariaDB"
    "${source_dir}/tests/servers/mariadb.sh" start "${servers}/mariadb"
    # shellcheck source=/dev/null
    source "${servers}/mariadb/env"
    mycnf=${work}/my.cnf
    (
        umask 077
        printf '[client]\nprotocol=tcp\nhost=127.0.0.1\nport=%s\nuser=%s\npassword=%s\n' \
            "${SLUICE_TEST_MARIADB_PORT}" "${SLUICE_TEST_MARIADB_USER}" "${SLUICE_TEST_MARIADB_PASSWORD}" >"${mycnf}"
    )
    maria_url="mariadb://${SLUICE_TEST_MARIADB_USER}@127.0.0.1:${SLUICE_TEST_MARIADB_PORT}"
fi

psql_() { "${PG_BIN}/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
maria() { mariadb --defaults-file="${mycnf}" "$@"; }

# -------------------------------------------------------------------- dataset

log "generating the dataset (scale ${scale})"
c++ -O2 -std=c++20 -o "${work}/gen" "${here}/gen.cpp"
"${work}/gen" "${scale}" "${data}" | tee "${work}/rows.txt"
du -sh "${data}" | sed 's/^/files: /'

if [[ ${need_pg} == yes ]]; then
    log "loading PostgreSQL (psql \\copy)"
    psql_ -f "${here}/sql/postgres-tables.sql"
    for t in "${TABLES[@]}"; do
        psql_ -c "\\copy ${t} FROM '${data}/${t}.tsv'"
    done
    psql_ -f "${here}/sql/postgres-after.sql" >/dev/null
    psql_ -c "VACUUM ANALYZE $(IFS=,; echo "${TABLES[*]}")"
    psql_ -At -c "SELECT 'PostgreSQL database size: ' || pg_size_pretty(pg_database_size(current_database()))"
fi
if [[ ${need_maria} == yes ]]; then
    log "loading MariaDB (LOAD DATA LOCAL INFILE)"
    # The test server's 64 MB buffer pool is for tests; give InnoDB room for a
    # benchmark (both Sluice and the peers run against this setting).
    maria -e 'SET GLOBAL innodb_buffer_pool_size = 1073741824; SET GLOBAL innodb_flush_log_at_trx_commit = 2'
    maria "${SLUICE_TEST_MARIADB_DB}" <"${here}/sql/mariadb-tables.sql"
    for t in "${TABLES[@]}"; do
        if [[ ${t} == attachments ]]; then
            maria --local-infile=1 "${SLUICE_TEST_MARIADB_DB}" -e "LOAD DATA LOCAL INFILE '${data}/${t}.tsv' INTO TABLE ${t}
                (id, order_id, filename, @content, created_at) SET content = UNHEX(SUBSTRING(@content, 3))"
        else
            maria --local-infile=1 "${SLUICE_TEST_MARIADB_DB}" -e "LOAD DATA LOCAL INFILE '${data}/${t}.tsv' INTO TABLE ${t}"
        fi
    done
    maria "${SLUICE_TEST_MARIADB_DB}" <"${here}/sql/mariadb-after.sql" >/dev/null
    # Imports and replays below run with the default durability.
    maria -e 'SET GLOBAL innodb_flush_log_at_trx_commit = 1'
fi
if has_engine sqlite; then
    log "loading SQLite (sqlite3 .import)"
    sqlite_db=${work}/bench.db
    # A reused --work folder holds the files of an earlier run.
    rm -f "${sqlite_db}" "${work}"/sqlite_*.db
    sqlite3 "${sqlite_db}" <"${here}/sql/sqlite-tables.sql"
    import_cmds=(-cmd '.mode tabs')
    for t in customers products orders order_lines; do
        import_cmds+=(-cmd ".import ${data}/${t}.tsv ${t}")
    done
    sqlite3 "${import_cmds[@]}" "${sqlite_db}" 'SELECT 1' >/dev/null
    sqlite3 "${sqlite_db}" <"${data}/attachments.sqlite.sql"
    sqlite3 "${sqlite_db}" <"${here}/sql/sqlite-after.sql"
    echo "SQLite file size: $(du -h "${sqlite_db}" | cut -f1)"
fi
rm -f "${data}"/*.tsv "${data}"/*.sql

"${cli}" directory create BENCH "${dumps}" >/dev/null
"${cli}" directory grant READ,WRITE ON BENCH TO PUBLIC >/dev/null

# ----------------------------------------------------------------- measuring

# Machine-wide CPU time in clock ticks since boot: "busy idle" (/proc/stat's cpu
# line; idle includes I/O wait).
cpu_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6}' /proc/stat; }

# measure <label> <command...>: runs the command under GNU time; records
# seconds and peak RSS (MB) of the largest process it waited for, and the
# machine's busy and idle CPU seconds meanwhile (servers, client and job host
# alike: on a quiet machine, the work the command caused, and how much of the
# machine it left unused).
measure() {
    local label=$1
    shift
    local out=${times}/${label}.time
    echo "-- ${label}: $*" | sed -E 's/(password=|PASSWORD=)[^ ]*/\1***/g'
    local before
    before=$(cpu_ticks)
    if ! /usr/bin/time -v -o "${out}" "$@" >"${times}/${label}.out" 2>&1; then
        echo "   FAILED, last lines of its output:" >&2
        tail -n 20 "${times}/${label}.out" >&2
        return 1
    fi
    local seconds rss
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "${out}")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "${out}")
    printf '%s\t%s\t%s\n' "${label}" "${seconds}" "${rss}" >>"${results}"
    local hz busy idle
    hz=$(getconf CLK_TCK)
    read -r busy idle < <(echo "${before} $(cpu_ticks)" |
        awk -v hz="${hz}" '{printf "%.1f %.1f\n", ($3 - $1) / hz, ($4 - $2) / hz}')
    printf '%s.cpu\t%s\t%s\n' "${label}" "${busy}" "${idle}" >>"${results}"
    printf '   %s s, peak RSS %s MB, machine CPU busy %s s, idle %s s\n' "${seconds}" "${rss}" "${busy}" "${idle}"
}

# Polls the VmHWM (peak RSS) of this run's job hosts every 0.1 s into a file:
# a host is a detached process (setsid), so GNU time on the client never sees
# it. VmHWM is the kernel's high-water mark, so polling loses nothing but a
# rise in the host's last 0.1 s.
watch_hosts() {
    local file=$1 peak=0 pid hwm
    while :; do
        for pid in $(pgrep -f -- "job-host ${SLUICE_HOME}/" 2>/dev/null); do
            hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/${pid}/status" 2>/dev/null || true)
            if [[ -n ${hwm} && ${hwm} -gt ${peak} ]]; then
                peak=${hwm}
                echo "${peak}" >"${file}"
            fi
        done
        sleep 0.1
    done
}

# sluice <label> <sluice-cli arguments...>: times a Sluice job (the client
# stays attached until the job ends) and records its host's peak RSS.
sluice() {
    local label=$1
    shift
    local hwm_file=${times}/${label}.hosthwm
    echo 0 >"${hwm_file}"
    watch_hosts "${hwm_file}" &
    watcher_pid=$!
    local status=0
    measure "${label}" "${cli}" "$@" || status=$?
    local waited=0
    while pgrep -f -- "job-host ${SLUICE_HOME}/" >/dev/null; do
        ((waited++ < HOST_EXIT_TIMEOUT * 10)) || { echo "   job host still running after ${HOST_EXIT_TIMEOUT} s" >&2; break; }
        sleep 0.1
    done
    kill "${watcher_pid}" 2>/dev/null || true
    wait "${watcher_pid}" 2>/dev/null || true
    watcher_pid=""
    local host_mb=$(($(<"${hwm_file}") / 1024))
    printf '   job host peak RSS (VmHWM) %s MB\n' "${host_mb}"
    printf '%s.host\t0\t%s\n' "${label}" "${host_mb}" >>"${results}"
    return "${status}"
}

# sluice_export <label> <dump file> <sluice-cli export arguments...>: an export
# job with DUMPFILE and LOGFILE named after it (a reused --work folder
# overwrites its dump); with --baseline, the baseline
# build runs the same job first (label <label>_base, its dump removed after).
sluice_export() {
    local label=$1 file=$2
    shift 2
    if [[ -n ${baseline} ]]; then
        (cli=${baseline} && sluice "${label}_base" export "$@" DUMPFILE="base_${file}" LOGFILE="base_${label}.log" REUSE_DUMPFILES=YES)
        rm -f "${dumps}/base_${file}"
    fi
    sluice "${label}" export "$@" DUMPFILE="${file}" LOGFILE="${label}.log" REUSE_DUMPFILES=YES
}

dump_size() { du -sb "$@" 2>/dev/null | awk '{s += $1} END {printf "%.0f", s / 1048576}'; }
record_size() { printf '%s.size\t0\t%s\n' "$1" "$2" >>"${results}"; }

# True when the import of a dump file set is in this build: its refusal
# names itself ("is not available in this build").
dump_import_available() { ! grep -q 'not available in this build' "${times}/$1.out" 2>/dev/null; }

# dump_import <label> <sluice-cli import arguments...>: a Sluice import of a dump
# file set; when this build refuses it as not available, notes that and goes on.
import_note=""
dump_import() {
    local label=$1
    shift
    [[ -z ${import_note} ]] || return 0
    sluice "${label}" import "$@" && return 0
    if ! dump_import_available "${label}"; then
        import_note=$(grep -m1 -o '[^:]*not available in this build[^;.]*' "${times}/${label}.out" | sed 's/^ *//')
        echo "   import: not available in this build"
        sed -i "/^${label}\t/d; /^${label}\.host\t/d" "${results}"
        return 0
    fi
    die "Sluice import ${label} failed"
}

# Row counts of every table on one line, so a copy that lost rows is caught.
count_sql() {
    local t parts=()
    for t in "${TABLES[@]}"; do parts+=("(SELECT count(*) FROM ${t})"); done
    local IFS=,
    echo "SELECT ${parts[*]}"
}
counts_pg() { "${PG_BIN}/psql" -X -At -F' ' -d "$1" -c "$(count_sql)"; }
counts_maria() { maria -N "$1" -e "$(count_sql)" | tr '\t' ' '; }
counts_sqlite() { sqlite3 -separator ' ' "$1" "$(count_sql)"; }
mismatches=""
# check_rows <engine> <source> <label> <target>: compares the row counts.
check_rows() {
    local engine=$1 source=$2 label=$3 target=$4 want got
    want=$("counts_${engine}" "${source}")
    got=$("counts_${engine}" "${target}" 2>&1 || true)
    if [[ ${want} == "${got}" ]]; then
        echo "   rows checked: ${got}"
    else
        echo "   ROW COUNTS DIFFER: source ${want}, ${label} ${got}" >&2
        mismatches+=" ${label}"
    fi
}

# ------------------------------------------------------------------- exports

pg_copy_all() { # one connection, every table in turn
    local args=() t
    for t in ${TABLES_LIST}; do args+=(-c "COPY ${t} TO STDOUT"); done
    "${PG_BIN}/psql" -X -q "${args[@]}" >/dev/null
}
pg_copy_two() { # two connections: the biggest table, and all the others
    "${PG_BIN}/psql" -X -q -c 'COPY order_lines TO STDOUT' >/dev/null &
    local first=$!
    "${PG_BIN}/psql" -X -q -c 'COPY customers TO STDOUT' -c 'COPY products TO STDOUT' \
        -c 'COPY orders TO STDOUT' -c 'COPY attachments TO STDOUT' >/dev/null
    wait "${first}"
}
export -f pg_copy_all pg_copy_two
export PG_BIN
export TABLES_LIST="${TABLES[*]}"

if [[ ${only} != import ]]; then
    if [[ ${need_pg} == yes ]]; then
        log "PostgreSQL export"
        SLUICE_PASSWORD=${PGPASSWORD} sluice_export pg_sluice_zstd_p2 pg_zstd.dmp "${pg_url}/${PGDATABASE}" DIRECTORY=BENCH \
            COMPRESSION=ALL PARALLEL=2 METRICS=YES LOGTIME=LOGFILE
        record_size pg_sluice_zstd_p2 "$(dump_size "${dumps}/pg_zstd.dmp")"
        measure pg_dump_fc "${PG_BIN}/pg_dump" -Fc -f "${dumps}/pg.custom" "${PGDATABASE}"
        record_size pg_dump_fc "$(dump_size "${dumps}/pg.custom")"
        measure pg_dump_fd_j2 "${PG_BIN}/pg_dump" -Fd -j2 -f "${dumps}/pg.dir" "${PGDATABASE}"
        record_size pg_dump_fd_j2 "$(dump_size "${dumps}/pg.dir")"
        SLUICE_PASSWORD=${PGPASSWORD} sluice_export pg_sluice_none_p1 pg_none1.dmp "${pg_url}/${PGDATABASE}" DIRECTORY=BENCH \
            COMPRESSION=NONE PARALLEL=1 METRICS=YES LOGTIME=LOGFILE
        record_size pg_sluice_none_p1 "$(dump_size "${dumps}/pg_none1.dmp")"
        measure pg_copy_1 bash -c 'set -euo pipefail; pg_copy_all'
        SLUICE_PASSWORD=${PGPASSWORD} sluice_export pg_sluice_none_p2 pg_none2.dmp "${pg_url}/${PGDATABASE}" DIRECTORY=BENCH \
            COMPRESSION=NONE PARALLEL=2 METRICS=YES LOGTIME=LOGFILE
        measure pg_copy_2 bash -c 'set -euo pipefail; pg_copy_two'
        rm -f "${dumps}/pg_none1.dmp" "${dumps}/pg_none2.dmp" "${dumps}/pg.custom"
    fi
    if [[ ${need_maria} == yes ]]; then
        log "MariaDB export"
        SLUICE_PASSWORD=${SLUICE_TEST_MARIADB_PASSWORD} sluice_export maria_sluice_zstd_p2 maria_zstd.dmp \
            "${maria_url}/${SLUICE_TEST_MARIADB_DB}" DIRECTORY=BENCH COMPRESSION=ALL PARALLEL=2 METRICS=YES LOGTIME=LOGFILE
        record_size maria_sluice_zstd_p2 "$(dump_size "${dumps}/maria_zstd.dmp")"
        measure maria_dump mariadb-dump --defaults-file="${mycnf}" --single-transaction \
            --result-file="${dumps}/maria.sql" "${SLUICE_TEST_MARIADB_DB}"
        record_size maria_dump "$(dump_size "${dumps}/maria.sql")"
        # Like for like: Sluice's default leaves the data uncompressed, as mariadb-dump does.
        SLUICE_PASSWORD=${SLUICE_TEST_MARIADB_PASSWORD} sluice_export maria_sluice_none_p2 maria_none.dmp \
            "${maria_url}/${SLUICE_TEST_MARIADB_DB}" DIRECTORY=BENCH COMPRESSION=NONE PARALLEL=2 METRICS=YES LOGTIME=LOGFILE
        record_size maria_sluice_none_p2 "$(dump_size "${dumps}/maria_none.dmp")"
        rm -f "${dumps}/maria_none.dmp"
    fi
    if has_engine sqlite; then
        log "SQLite export"
        sluice_export sqlite_sluice_zstd_p2 sqlite_zstd.dmp "sqlite://${sqlite_db}" DIRECTORY=BENCH \
            COMPRESSION=ALL PARALLEL=2 METRICS=YES LOGTIME=LOGFILE
        record_size sqlite_sluice_zstd_p2 "$(dump_size "${dumps}/sqlite_zstd.dmp")"
        measure sqlite_dump bash -c "sqlite3 '${sqlite_db}' .dump >'${dumps}/sqlite.sql'"
        record_size sqlite_dump "$(dump_size "${dumps}/sqlite.sql")"
        sluice_export sqlite_sluice_none_p2 sqlite_none.dmp "sqlite://${sqlite_db}" DIRECTORY=BENCH \
            COMPRESSION=NONE PARALLEL=2 METRICS=YES LOGTIME=LOGFILE
        record_size sqlite_sluice_none_p2 "$(dump_size "${dumps}/sqlite_none.dmp")"
        rm -f "${dumps}/sqlite_none.dmp"
    fi
fi

# ------------------------------------------------------------------- imports

if [[ ${only} != export ]]; then
    if [[ ${need_pg} == yes ]]; then
        log "PostgreSQL import"
        for db in bench_imp bench_rst bench_net bench_pipe; do
            psql_ -c "DROP DATABASE IF EXISTS ${db}" -c "CREATE DATABASE ${db}"
        done
        [[ -d ${dumps}/pg.dir ]] ||
            "${PG_BIN}/pg_dump" -Fd -j2 -f "${dumps}/pg.dir" "${PGDATABASE}"
        measure pg_restore_j2 "${PG_BIN}/pg_restore" -j2 -d bench_rst "${dumps}/pg.dir"
        check_rows pg "${PGDATABASE}" pg_restore_j2 bench_rst
        if [[ -f ${dumps}/pg_zstd.dmp ]]; then
            SLUICE_PASSWORD=${PGPASSWORD} dump_import pg_sluice_import_p2 "${pg_url}/bench_imp" DIRECTORY=BENCH DUMPFILE=pg_zstd.dmp \
                LOGFILE=pg_import.log PARALLEL=2 METRICS=YES LOGTIME=LOGFILE
            [[ -n ${import_note} ]] || check_rows pg "${PGDATABASE}" pg_sluice_import_p2 bench_imp
        else
            echo "   (no Sluice dump: run the export part too to compare dump imports)"
        fi
        SLUICE_PASSWORD=${PGPASSWORD} sluice pg_sluice_network_p2 import "${pg_url}/bench_net" NETWORK_LINK="${pg_url}/${PGDATABASE}" \
            DIRECTORY=BENCH LOGFILE=pg_network.log PARALLEL=2 METRICS=YES LOGTIME=LOGFILE
        check_rows pg "${PGDATABASE}" pg_sluice_network_p2 bench_net
        measure pg_dump_pipe_restore bash -c "set -o pipefail; '${PG_BIN}/pg_dump' -Fc -Z0 '${PGDATABASE}' |
            '${PG_BIN}/pg_restore' -d bench_pipe"
        check_rows pg "${PGDATABASE}" pg_dump_pipe_restore bench_pipe
    fi
    if [[ ${need_maria} == yes ]]; then
        log "MariaDB import"
        for db in bench_imp bench_rst bench_net bench_pipe; do
            maria -e "DROP DATABASE IF EXISTS ${db}; CREATE DATABASE ${db} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
        done
        [[ -f ${dumps}/maria.sql ]] ||
            mariadb-dump --defaults-file="${mycnf}" --single-transaction --result-file="${dumps}/maria.sql" "${SLUICE_TEST_MARIADB_DB}"
        measure maria_replay bash -c "mariadb --defaults-file='${mycnf}' bench_rst <'${dumps}/maria.sql'"
        check_rows maria "${SLUICE_TEST_MARIADB_DB}" maria_replay bench_rst
        if [[ -f ${dumps}/maria_zstd.dmp ]]; then
            SLUICE_PASSWORD=${SLUICE_TEST_MARIADB_PASSWORD} dump_import maria_sluice_import_p2 "${maria_url}/bench_imp" DIRECTORY=BENCH DUMPFILE=maria_zstd.dmp \
                REMAP_SCHEMA="${SLUICE_TEST_MARIADB_DB}:bench_imp" LOGFILE=maria_import.log PARALLEL=2 METRICS=YES \
                LOGTIME=LOGFILE
            [[ -n ${import_note} ]] || check_rows maria "${SLUICE_TEST_MARIADB_DB}" maria_sluice_import_p2 bench_imp
        fi
        SLUICE_PASSWORD=${SLUICE_TEST_MARIADB_PASSWORD} sluice maria_sluice_network_p2 import "${maria_url}/bench_net" \
            NETWORK_LINK="${maria_url}/${SLUICE_TEST_MARIADB_DB}" REMAP_SCHEMA="${SLUICE_TEST_MARIADB_DB}:bench_net" \
            DIRECTORY=BENCH LOGFILE=maria_network.log PARALLEL=2 METRICS=YES LOGTIME=LOGFILE
        check_rows maria "${SLUICE_TEST_MARIADB_DB}" maria_sluice_network_p2 bench_net
        measure maria_dump_pipe bash -c "set -o pipefail; mariadb-dump --defaults-file='${mycnf}' --single-transaction \
            '${SLUICE_TEST_MARIADB_DB}' | mariadb --defaults-file='${mycnf}' bench_pipe"
        check_rows maria "${SLUICE_TEST_MARIADB_DB}" maria_dump_pipe bench_pipe
    fi
    if has_engine sqlite; then
        log "SQLite import"
        rm -f "${work}"/sqlite_*.db
        [[ -f ${dumps}/sqlite.sql ]] || sqlite3 "${sqlite_db}" .dump >"${dumps}/sqlite.sql"
        measure sqlite_replay bash -c "sqlite3 '${work}/sqlite_rst.db' <'${dumps}/sqlite.sql'"
        check_rows sqlite "${sqlite_db}" sqlite_replay "${work}/sqlite_rst.db"
        if [[ -f ${dumps}/sqlite_zstd.dmp ]]; then
            dump_import sqlite_sluice_import_p2 "sqlite://${work}/sqlite_imp.db?create=yes" DIRECTORY=BENCH \
                DUMPFILE=sqlite_zstd.dmp LOGFILE=sqlite_import.log PARALLEL=2 METRICS=YES LOGTIME=LOGFILE
            [[ -n ${import_note} ]] || check_rows sqlite "${sqlite_db}" sqlite_sluice_import_p2 "${work}/sqlite_imp.db"
        fi
        sluice sqlite_sluice_network_p2 import "sqlite://${work}/sqlite_net.db?create=yes" \
            NETWORK_LINK="sqlite://${sqlite_db}" DIRECTORY=BENCH LOGFILE=sqlite_network.log PARALLEL=2 METRICS=YES LOGTIME=LOGFILE
        check_rows sqlite "${sqlite_db}" sqlite_sluice_network_p2 "${work}/sqlite_net.db"
        measure sqlite_dump_pipe bash -c "set -o pipefail; sqlite3 '${sqlite_db}' .dump | sqlite3 '${work}/sqlite_pipe.db'"
        check_rows sqlite "${sqlite_db}" sqlite_dump_pipe "${work}/sqlite_pipe.db"
    fi
fi

# --------------------------------------------------------------------- report

value() { awk -F'\t' -v k="$1" -v c="$2" '$1 == k {print $c}' "${results}"; }
secs() { value "$1" 2; }
rss() { value "$1" 3; }

# row <what> <sluice label> <peer label> <target ratio or -> [<peer text>]
row() {
    local what=$1 ours=$2 peer=$3 target=$4
    local s p ratio verdict host
    s=$(secs "${ours}")
    p=$(secs "${peer}")
    [[ -n ${s} && -n ${p} ]] || return 0
    host=$(rss "${ours}.host")
    ratio=$(awk -v a="${s}" -v b="${p}" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')
    verdict=""
    if [[ ${target} != - ]]; then
        verdict=$(awk -v r="${ratio}" -v t="${target}" 'BEGIN { print (r <= t) ? "PASS" : "MISS" }')
        verdict="${verdict} (<= ${target}x)"
    fi
    printf '| %-52s | %8s | %8s | %6s | %6s | %6s | %7s | %7s | %-18s |\n' "${what}" "${s}" "${p}" "${ratio}" \
        "${host:-?}" "$(rss "${peer}")" "$(secs "${ours}.cpu")" "$(secs "${peer}.cpu")" "${verdict}"
}

log "results (scale ${scale_name} = ${scale}; $(tr '\n' ' ' <"${work}/rows.txt"))"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //');" \
    "load average at start ${load_start}, at end $(cut -d' ' -f1-3 /proc/loadavg)"
echo "times are wall-clock seconds; RSS in MB (Sluice: the job host's VmHWM; peers: GNU time's maximum);"
echo "CPU: the machine's busy CPU seconds during the command (servers and clients: $(nproc) cores give $(nproc) CPU s per second)"
echo
printf '| %-52s | %8s | %8s | %6s | %6s | %6s | %7s | %7s | %-18s |\n' "comparison (Sluice vs peer)" "Sluice s" "peer s" \
    "ratio" "S RSS" "p RSS" "S CPU" "p CPU" "target"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..54})" ---------- ---------- -------- -------- -------- \
    --------- --------- "--------------------"
row "PG export zstd P2 vs pg_dump -Fd -j2" pg_sluice_zstd_p2 pg_dump_fd_j2 0.5
row "PG export zstd P2 vs pg_dump -Fc" pg_sluice_zstd_p2 pg_dump_fc -
row "PG export uncompressed P1 vs COPY, 1 stream" pg_sluice_none_p1 pg_copy_1 1.15
row "PG export uncompressed P2 vs COPY, 2 streams" pg_sluice_none_p2 pg_copy_2 -
row "MariaDB export uncompressed P2 vs mariadb-dump" maria_sluice_none_p2 maria_dump 0.75
row "MariaDB export zstd P2 vs mariadb-dump" maria_sluice_zstd_p2 maria_dump -
row "SQLite export uncompressed P2 vs sqlite3 .dump" sqlite_sluice_none_p2 sqlite_dump 0.75
row "SQLite export zstd P2 vs sqlite3 .dump" sqlite_sluice_zstd_p2 sqlite_dump -
if [[ -n ${baseline} ]]; then
    row "baseline: PG export zstd P2 vs pg_dump -Fd -j2" pg_sluice_zstd_p2_base pg_dump_fd_j2 0.5
    row "baseline: PG export uncompressed P1 vs COPY, 1 stream" pg_sluice_none_p1_base pg_copy_1 1.15
    row "baseline: PG export uncompressed P2 vs COPY, 2 streams" pg_sluice_none_p2_base pg_copy_2 -
    row "baseline: MariaDB export uncompressed P2 vs mariadb-dump" maria_sluice_none_p2_base maria_dump 0.75
    row "baseline: MariaDB export zstd P2 vs mariadb-dump" maria_sluice_zstd_p2_base maria_dump -
    row "baseline: SQLite export uncompressed P2 vs sqlite3 .dump" sqlite_sluice_none_p2_base sqlite_dump 0.75
    row "baseline: SQLite export zstd P2 vs sqlite3 .dump" sqlite_sluice_zstd_p2_base sqlite_dump -
fi
row "PG dump import P2 vs pg_restore -j2" pg_sluice_import_p2 pg_restore_j2 0.8
row "PG network copy P2 vs pg_dump -Fc -Z0 to pg_restore" pg_sluice_network_p2 pg_dump_pipe_restore 0.7
row "MariaDB dump import P2 vs replaying mariadb-dump" maria_sluice_import_p2 maria_replay -
row "MariaDB network copy P2 vs mariadb-dump to mariadb" maria_sluice_network_p2 maria_dump_pipe -
row "SQLite dump import P2 vs replaying .dump" sqlite_sluice_import_p2 sqlite_replay -
row "SQLite network copy P2 vs .dump to sqlite3" sqlite_sluice_network_p2 sqlite_dump_pipe -
echo
if [[ -n ${mismatches} ]]; then
    echo "ROW COUNTS DIFFER from the source after:${mismatches} (those times are not comparable)"
fi
if [[ -n ${import_note} ]]; then
    echo "import: not available in this build (${import_note}); the dump import rows are left out"
fi
for pair in pg_sluice_import_p2:pg_restore_j2 maria_sluice_import_p2:maria_replay sqlite_sluice_import_p2:sqlite_replay; do
    if [[ -z $(secs "${pair%%:*}") && -n $(secs "${pair#*:}") ]]; then
        printf 'peer only: %-22s %8s s\n' "${pair#*:}" "$(secs "${pair#*:}")"
    fi
done

# Peak RSS: issue 5's target is for the export jobs; the imports' peak is shown too.
peak_of() { awk -F'\t' -v re="$1" '$1 ~ re && $3 > m {m = $3} END {print m + 0}' "${results}"; }
peak=$(peak_of '_zstd_p2\\.host$|_none_p[12]\\.host$')
if [[ ${peak} -gt 0 ]]; then
    verdict=$([[ ${peak} -le 256 ]] && echo PASS || echo MISS)
    echo "peak RSS of the Sluice export job hosts: ${peak} MB, target <= 256 MB: ${verdict}"
fi
peak=$(peak_of '_(import|network)_p2\\.host$')
[[ ${peak} -eq 0 ]] || echo "peak RSS of the Sluice import job hosts: ${peak} MB (no target)"
echo "dump sizes (MB): $(awk -F'\t' '$1 ~ /\.size$/ {sub(/\.size$/, "", $1); printf "%s=%s ", $1, $3}' "${results}")"
if [[ ${keep} == yes ]]; then
    echo "raw results: ${results}; per-command output and GNU time reports: ${times}/; job logs: ${dumps}/"
else
    echo "(--keep keeps the work folder: raw results, every command's output, the job logs)"
fi
