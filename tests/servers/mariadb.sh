#!/usr/bin/env bash
# Throwaway MariaDB 10.11 server for the integration tests.
#   mariadb.sh start <statedir>   start on 127.0.0.1, free port, write <statedir>/env
#   mariadb.sh stop <statedir>    stop it and remove its temp folder
# The server has its own datadir, socket, pid file and port in a /tmp folder
# (recorded in <statedir>/tmpdir); under root it runs as the mysql OS user.
# Grant tables are on: the test user logs in with a password, holds all
# privileges (it creates databases) and may use LOAD DATA LOCAL INFILE.
# The log is <statedir>/server.log (a link to the temp folder while running).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "${here}/lib.sh"

TMP_PATTERN=sluice-mariadb
TEST_USER=sluice_test
TEST_DB=sluice_test
START_TIMEOUT=60

run_user=""
if [[ ${EUID} -eq 0 ]]; then
    run_user=mysql
fi

server_bin() {
    command -v mariadbd || command -v mysqld || echo /usr/sbin/mariadbd
}

admin_sql() {
    local tmpdir=$1
    shift
    mariadb --no-defaults --protocol=socket --socket="${tmpdir}/mysqld.sock" -uroot "$@"
}

server_alive() {
    local tmpdir=$1 pid
    [[ -f ${tmpdir}/server.pid ]] || return 1
    pid=$(<"${tmpdir}/server.pid")
    kill -0 "${pid}" 2>/dev/null
}

# Tries one port; returns 0 when the server accepts connections on it.
try_start() {
    local tmpdir=$1 port=$2
    local args=(--no-defaults --datadir="${tmpdir}/data" --socket="${tmpdir}/mysqld.sock"
        --pid-file="${tmpdir}/mysqld.pid" --port="${port}" --bind-address=127.0.0.1
        --log-error="${tmpdir}/server.log" --local-infile=1 --skip-name-resolve
        --character-set-server=utf8mb4 --collation-server=utf8mb4_bin
        --innodb-buffer-pool-size=64M --innodb-log-file-size=16M)
    if [[ -n ${run_user} ]]; then
        args+=(--user="${run_user}")
    fi
    # Detached from ctest's pipes, so the start step can finish while the
    # server keeps running.
    setsid "$(server_bin)" "${args[@]}" </dev/null >>"${tmpdir}/server.log" 2>&1 &
    echo $! >"${tmpdir}/server.pid"

    for _ in $(seq 1 "${START_TIMEOUT}"); do
        if ! server_alive "${tmpdir}"; then
            return 1
        fi
        if mariadb-admin --no-defaults --protocol=tcp -h 127.0.0.1 -P "${port}" -uroot \
            --connect-timeout=2 ping >/dev/null 2>&1 ||
            admin_sql "${tmpdir}" -e 'SELECT 1' >/dev/null 2>&1; then
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
    touch "${tmpdir}/server.log"
    if [[ -n ${run_user} ]]; then
        chown "${run_user}:" "${tmpdir}" "${tmpdir}/server.log"
    fi
    ln -s "${tmpdir}/server.log" "${statedir}/server.log"

    local install_args=(--no-defaults --datadir="${tmpdir}/data" --skip-test-db
        --auth-root-authentication-method=normal)
    if [[ -n ${run_user} ]]; then
        install_args+=(--user="${run_user}")
    fi
    if ! mariadb-install-db "${install_args[@]}" >>"${tmpdir}/server.log" 2>&1; then
        echo "mariadb-install-db failed" >&2
        sluice_dump_log "${tmpdir}/server.log"
        return 1
    fi

    local port=""
    for _ in 1 2 3 4 5; do
        port=$(sluice_free_port)
        if try_start "${tmpdir}" "${port}"; then
            break
        fi
        stop_server "${tmpdir}"
        if ! grep -q 'Address already in use\|Bind on TCP/IP port' "${tmpdir}/server.log"; then
            port=""
            break
        fi
        port=""
    done
    if [[ -z ${port} ]]; then
        echo "MariaDB did not start (data in ${tmpdir})" >&2
        sluice_dump_log "${tmpdir}/server.log"
        return 1
    fi

    local password
    password=$(sluice_random_password)
    if ! admin_sql "${tmpdir}" >>"${tmpdir}/server.log" 2>&1 <<SQL; then
CREATE USER '${TEST_USER}'@'%' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON *.* TO '${TEST_USER}'@'%' WITH GRANT OPTION;
CREATE DATABASE ${TEST_DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
SQL
        echo "creating the test user and database failed" >&2
        sluice_dump_log "${tmpdir}/server.log"
        return 1
    fi

    # Prove the password login over TCP works before declaring success.
    if ! mariadb --no-defaults --protocol=tcp -h 127.0.0.1 -P "${port}" -u "${TEST_USER}" \
        -p"${password}" "${TEST_DB}" -e 'SELECT 1' >/dev/null; then
        echo "password login over TCP failed" >&2
        sluice_dump_log "${tmpdir}/server.log"
        return 1
    fi

    sluice_write_env "${statedir}/env" SLUICE_TEST_MARIADB_HOST=127.0.0.1 \
        "SLUICE_TEST_MARIADB_PORT=${port}" "SLUICE_TEST_MARIADB_USER=${TEST_USER}" \
        "SLUICE_TEST_MARIADB_PASSWORD=${password}" "SLUICE_TEST_MARIADB_DB=${TEST_DB}"
    echo "MariaDB running on 127.0.0.1:${port} (data in ${tmpdir})"
}

# Stops the server of one temp folder: TERM, a bounded wait, then KILL.
stop_server() {
    local tmpdir=$1 pid
    server_alive "${tmpdir}" || return 0
    pid=$(<"${tmpdir}/server.pid")
    kill -TERM "${pid}" 2>/dev/null || true
    for _ in $(seq 1 60); do
        kill -0 "${pid}" 2>/dev/null || return 0
        sleep 0.5
    done
    echo "MariaDB did not stop within 30 s, killing it" >&2
    kill -KILL "${pid}" 2>/dev/null || true
    sleep 0.5
}

stop() {
    local statedir=$1
    rm -f "${statedir}/env"
    if [[ ! -f ${statedir}/tmpdir ]]; then
        echo "no MariaDB test server recorded in ${statedir}"
        return 0
    fi
    local tmpdir
    tmpdir=$(<"${statedir}/tmpdir")
    if server_alive "${tmpdir}"; then
        stop_server "${tmpdir}"
        echo "MariaDB stopped"
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
