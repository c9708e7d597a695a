#!/usr/bin/env bash
# Fills the local platform's database (deploy/run.sh, CG_DATA_DIR) with a benchmark load:
# 60 generated VET schools in AL, XK and ME with their staff and students, 120 host companies
# and MOBILITIES mobilities (default 100000) in every status with their approval history.
# Embedded Derby admits one process at a time, so the server is stopped while the rows are
# written and started again afterwards. Never run by the demo loader; run it on a database that
# holds no generated data yet (for example after deploy/run.sh on a fresh CG_DATA_DIR).
#
#   deploy/generate-data.sh [MOBILITIES] [SEED]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
data=${CG_DATA_DIR:-$root/data}
derby="$root/deploy/target/jdbc"

if [ ! -d "$data/cg" ]; then
    echo "No database in $data: start the platform once with deploy/run.sh" >&2
    exit 2
fi
if [ ! -f "$derby/derby.jar" ]; then
    echo "Derby is missing in $derby: build once with deploy/run.sh or mvn package" >&2
    exit 2
fi

"$root/deploy/run.sh" stop
java -cp "$derby/derby.jar:$derby/derbyshared.jar:$derby/derbytools.jar" \
    "$root/deploy/tools/GenerateMobilities.java" "$data" "${1:-100000}" "${2:-2026}"
"$root/deploy/run.sh"
