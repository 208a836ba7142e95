#!/usr/bin/env bash
# Throwaway PostgreSQL 15 server for the integration tests.
#   postgres.sh start <statedir>   start on 127.0.0.1, free port, write <statedir>/env
#   postgres.sh stop <statedir>    stop it and remove its temp folder
# PostgreSQL refuses to run as root, so under root the server runs as the
# postgres OS user, with its data in a /tmp folder that user owns (a build
# tree under /root is not reachable for it); <statedir>/tmpdir records where.
# The log is <statedir>/server.log (a link to the temp folder while running).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "${here}/lib.sh"

PG_BIN=${SLUICE_PG_BIN:-/usr/lib/postgresql/15/bin}
TMP_PATTERN=sluice-pg
ADMIN_USER=sluice_admin
TEST_USER=sluice_test
TEST_DB=sluice_test
START_TIMEOUT=60

run_user=""
if [[ ${EUID} -eq 0 ]]; then
    run_user=postgres
fi

pg() { sluice_as "${run_user}" "${PG_BIN}/$1" "${@:2}"; }

# Tries one port; returns 0 when the server accepts connections on it.
try_start() {
    local tmpdir=$1 port=$2
    pg pg_ctl -D "${tmpdir}/data" -l "${tmpdir}/server.log" -w -t "${START_TIMEOUT}" \
        -o "-p ${port} -k ${tmpdir} -c listen_addresses=127.0.0.1" start >/dev/null || return 1
    for _ in $(seq 1 "${START_TIMEOUT}"); do
        if "${PG_BIN}/pg_isready" -q -h 127.0.0.1 -p "${port}" -t 1; then
            return 0
        fi
        sleep 1
    done
    return 1
}

start() {
    local statedir=$1
    stop "${statedir}" >/dev/null 2>&1 || true
    rm -rf -- "${statedir}"
    mkdir -p "${statedir}"

    local tmpdir
    tmpdir=$(mktemp -d "/tmp/${TMP_PATTERN}.XXXXXX")
    echo "${tmpdir}" >"${statedir}/tmpdir"
    if [[ -n ${run_user} ]]; then
        chown "${run_user}:" "${tmpdir}"
    fi
    sluice_as "${run_user}" touch "${tmpdir}/server.log"
    ln -s "${tmpdir}/server.log" "${statedir}/server.log"

    if ! pg initdb -D "${tmpdir}/data" -U "${ADMIN_USER}" --encoding=UTF8 --no-locale \
        --auth-local=trust --auth-host=scram-sha-256 >>"${tmpdir}/server.log" 2>&1; then
        echo "initdb failed" >&2
        sluice_dump_log "${tmpdir}/server.log"
        return 1
    fi

    local port=""
    for _ in 1 2 3 4 5; do
        port=$(sluice_free_port)
        if try_start "${tmpdir}" "${port}"; then
            break
        fi
        pg pg_ctl -D "${tmpdir}/data" -m immediate stop >/dev/null 2>&1 || true
        if ! grep -q 'could not bind\|Address already in use' "${tmpdir}/server.log"; then
            port=""
            break
        fi
        port=""
    done
    if [[ -z ${port} ]]; then
        echo "PostgreSQL did not start (data in ${tmpdir})" >&2
        sluice_dump_log "${tmpdir}/server.log"
        return 1
    fi

    local password
    password=$(sluice_random_password)
    if ! "${PG_BIN}/psql" -X -q -v ON_ERROR_STOP=1 -h "${tmpdir}" -p "${port}" \
        -U "${ADMIN_USER}" -d postgres >>"${tmpdir}/server.log" 2>&1 <<SQL; then
CREATE ROLE ${TEST_USER} LOGIN CREATEDB CREATEROLE PASSWORD '${password}';
CREATE DATABASE ${TEST_DB} OWNER ${TEST_USER};
SQL
        echo "creating the test role and database failed" >&2
        sluice_dump_log "${tmpdir}/server.log"
        return 1
    fi

    # Prove the password login over TCP works before declaring success.
    if ! PGPASSWORD=${password} "${PG_BIN}/psql" -X -q -h 127.0.0.1 -p "${port}" \
        -U "${TEST_USER}" -d "${TEST_DB}" -c 'SELECT 1' >/dev/null; then
        echo "password login over TCP failed" >&2
        sluice_dump_log "${tmpdir}/server.log"
        return 1
    fi

    sluice_write_env "${statedir}/env" SLUICE_TEST_PG_HOST=127.0.0.1 \
        "SLUICE_TEST_PG_PORT=${port}" "SLUICE_TEST_PG_USER=${TEST_USER}" \
        "SLUICE_TEST_PG_PASSWORD=${password}" "SLUICE_TEST_PG_DB=${TEST_DB}"
    echo "PostgreSQL running on 127.0.0.1:${port} (data in ${tmpdir})"
}

stop() {
    local statedir=$1
    rm -f "${statedir}/env"
    if [[ ! -f ${statedir}/tmpdir ]]; then
        echo "no PostgreSQL test server recorded in ${statedir}"
        return 0
    fi
    local tmpdir
    tmpdir=$(<"${statedir}/tmpdir")
    if [[ -f ${tmpdir}/data/postmaster.pid ]]; then
        local pid
        pid=$(head -n 1 "${tmpdir}/data/postmaster.pid")
        if ! pg pg_ctl -D "${tmpdir}/data" -m fast -w -t 30 stop >/dev/null 2>&1; then
            pg pg_ctl -D "${tmpdir}/data" -m immediate -w -t 10 stop >/dev/null 2>&1 ||
                kill -KILL "${pid}" 2>/dev/null || true
        fi
        echo "PostgreSQL stopped"
    fi
    sluice_keep_log "${statedir}" "${tmpdir}"
    sluice_remove_tmpdir "${tmpdir}" "${TMP_PATTERN}"
    rm -f "${statedir}/tmpdir"
}

case ${1:-} in
start | stop)
    [[ $# -eq 2 ]] || { echo "usage: $0 start|stop <statedir>" >&2; exit 2; }
    "$1" "$(realpath -m "$2")"
    ;;
*)
    echo "usage: $0 start|stop <statedir>" >&2
    exit 2
    ;;
esac
