# shellcheck shell=bash
# Helpers shared by postgres.sh and mariadb.sh (sourced, not run).

# Prints a TCP port on 127.0.0.1 that nothing listens on right now. Ports are
# drawn at random below the ephemeral range (32768+), so parallel runs rarely
# collide; the callers still retry when the server loses the race for a port.
sluice_free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 12000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
            echo "${port}"
            return 0
        fi
    done
    echo "no free TCP port found on 127.0.0.1" >&2
    return 1
}

# A password for the throwaway test role: random hex digits, so it needs no
# quoting anywhere.
sluice_random_password() {
    od -An -N16 -tx1 /dev/urandom | tr -d ' \n'
}

# Runs a command as the given user when we are root, as ourselves otherwise.
sluice_as() {
    local user=$1
    shift
    if [[ ${EUID} -eq 0 && -n ${user} ]]; then
        runuser -u "${user}" -- "$@"
    else
        "$@"
    fi
}

# Prints the server log so ctest shows why a start failed.
sluice_dump_log() {
    local log=$1
    echo "----- server log (${log}) -----" >&2
    if [[ -r ${log} ]]; then
        tail -n 200 "${log}" >&2
    else
        echo "(no log written)" >&2
    fi
    echo "----- end of server log -----" >&2
}

# Writes KEY=VALUE pairs as shell exports into a file, quoting values.
sluice_write_env() {
    local file=$1
    shift
    : >"${file}.part"
    local pair
    for pair in "$@"; do
        printf 'export %s=%q\n' "${pair%%=*}" "${pair#*=}" >>"${file}.part"
    done
    mv "${file}.part" "${file}"
}

# Keeps a copy of the log in the state folder once the temp folder goes away.
sluice_keep_log() {
    local statedir=$1 tmpdir=$2
    if [[ -L ${statedir}/server.log ]]; then
        rm -f "${statedir}/server.log"
        if [[ -f ${tmpdir}/server.log ]]; then
            cp "${tmpdir}/server.log" "${statedir}/server.log"
        fi
    fi
}

# Removes a temp folder this script created, never anything else.
sluice_remove_tmpdir() {
    local tmpdir=$1 pattern=$2
    case ${tmpdir} in
    /tmp/${pattern}.*) rm -rf -- "${tmpdir}" ;;
    *) echo "refusing to remove unexpected folder '${tmpdir}'" >&2 ;;
    esac
}
