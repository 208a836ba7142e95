#!/usr/bin/env bash
# with-servers.sh <serversdir> <command...>
# Runs a test with the connection details of the throwaway servers in its
# environment: sources <serversdir>/postgres/env and <serversdir>/mariadb/env
# (written by postgres.sh / mariadb.sh start) when present, then execs the
# command. A missing file leaves the variables unset, and the test reports
# that its server fixture did not start.
set -euo pipefail

if [[ $# -lt 2 ]]; then
    echo "usage: $0 <serversdir> <command...>" >&2
    exit 2
fi
serversdir=$1
shift

for server in postgres mariadb; do
    if [[ -f ${serversdir}/${server}/env ]]; then
        # shellcheck source=/dev/null
        source "${serversdir}/${server}/env"
    fi
done

exec "$@"
