#!/usr/bin/env bash
# Measures the running platform (deploy/run.sh) with wrk and prints, side by side in one run,
# requests per second and latency percentiles of:
#   static     a static file (the baseline)
#   no-db      a Faces page that reads no database (forgot password; before sign-in, so no session)
#   login      the login page (the same)
#   signed     a Faces page that reads no database for someone signed in (the password form; the header
#              with the person's menu and bell, and the session): what signing in costs a page
#   users      the coordinator's user list (signed in; lazy table: count + page + roles)
#   audit      the coordinator's audit log, newest first (signed in; lazy table: ids + rows, the count once: it is
#              remembered until the next event, and nothing here adds one); the generator writes the events of
#              each generated mobility's creation and steps
#   inbox      the mobility list, the approvals inbox (signed in; count + page with its joins)
#   api        GET /api/mobilities, first page of 20 (with the same session; HTTP Basic would add a
#              PBKDF2 verification to every request)
# each also as a ratio to the static file, to the DB-free page and to the signed-in page without database: the first
# is the baseline of issue 3's targets; the second leaves out what signing in costs every page (the session, the
# person's menu and bell), which the visitor's DB-free page does not pay. Then, with hey, the inbox and
# the API at a fixed offered rate (CG_BENCH_RATE, default 200 requests/s): the rate reached and the
# latency percentiles at that rate. A tool, not a test: numbers depend on the machine.
#
# For the figures of issue 3, fill the database first: deploy/generate-data.sh (100,000 mobilities).
#
#   deploy/bench.sh [seconds per target, default 10] [connections, default 16]
# Settings: CG_PORT_BASE (as for run.sh), CG_BENCH_USER / CG_BENCH_PASSWORD (default: the demo
# coordinator, who sees every mobility; school.kpt or ministry.al measure a scoped inbox, without the
# coordinator's user list and audit log), CG_BENCH_RATE, CG_BENCH_ROUNDS (default 3).
#
# The machine's speed can change a lot within minutes (a shared virtual machine), so the targets are
# measured in rounds, one after the other in each round, and the table shows for each target the median
# of its rounds: requests per second, latencies, and its ratios to the static file and to the DB-free page
# of the same round.
set -euo pipefail

duration=${1:-10}
connections=${2:-16}
base="http://localhost:$(( ${CG_PORT_BASE:-8000} + 80 ))"
user=${CG_BENCH_USER:-coordinator}
password=${CG_BENCH_PASSWORD:-cg-demo-2026!}

rate=${CG_BENCH_RATE:-200}
rounds=${CG_BENCH_ROUNDS:-3}
for tool in wrk hey; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$tool is missing: install it with 'apt-get install -y wrk hey'" >&2
        exit 2
    fi
done
if ! curl -fs -o /dev/null "$base/login.xhtml"; then
    echo "Nothing answers at $base: start the platform with deploy/run.sh" >&2
    exit 2
fi

# Sign in through the login form once; the session cookie then serves the list page.
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
view_state=$(curl -fs -c "$jar" -b "$jar" "$base/login.xhtml" \
    | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
curl -fs -o /dev/null -c "$jar" -b "$jar" "$base/login.xhtml" \
    --data-urlencode "login=login" --data-urlencode "login:username=$user" \
    --data-urlencode "login:password=$password" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$view_state"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -n 1)
if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$session" "$base/account/password.xhtml")" != 200 ]; then
    echo "Could not sign in as $user" >&2
    exit 2
fi
# The user list and the audit log are the coordinator's pages; the inbox and the API serve everyone within their scope.
coordinator_pages=""
if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$session" "$base/coordinator/users.xhtml")" = 200 ]; then
    coordinator_pages="users:/coordinator/users.xhtml audit:/coordinator/audit.xhtml"
fi

# Warm up every target so that the first compiled views and cold caches do not count.
wrk -t1 -c4 -d3s "$base/resources/cg/css/platform.css" >/dev/null
for path in /forgot-password.xhtml /login.xhtml; do
    wrk -t1 -c4 -d3s "$base$path" >/dev/null
done
for path in /account/password.xhtml $(for page in $coordinator_pages; do echo "${page#*:}"; done) /mobilities/index.xhtml /api/mobilities; do
    wrk -t1 -c4 -d3s -H "Cookie: JSESSIONID=$session" "$base$path" >/dev/null
done

measure() { # name path [header]
    local out
    if [ -n "${3:-}" ]; then
        out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency -H "$3" "$base$2")
    else
        out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$base$2")
    fi
    local rps p50 p90 p99 errors
    rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
    p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
    p90=$(awk '$1 == "90%" { print $2 }' <<<"$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    errors=$(awk '/Non-2xx or 3xx responses/ { print $5 }' <<<"$out")
    echo "$1 $rps $p50 $p90 $p99 ${errors:-0}"
}

results=$(
    for round in $(seq "$rounds"); do
        measure static /resources/cg/css/platform.css
        measure no-db /forgot-password.xhtml
        measure login /login.xhtml
        measure signed /account/password.xhtml "Cookie: JSESSIONID=$session"
        for page in $coordinator_pages; do measure "${page%%:*}" "${page#*:}" "Cookie: JSESSIONID=$session"; done
        measure inbox /mobilities/index.xhtml "Cookie: JSESSIONID=$session"
        measure api /api/mobilities "Cookie: JSESSIONID=$session"
    done
)

echo "wrk: 2 threads, $connections connections, ${duration}s per target, $rounds rounds, against $base ($(nproc) cores shared with the server)"
echo "each column: the median of the rounds; the ratios are taken within each round"
awk '
    function median(list,    n, values, i, j, swap) {
        n = split(list, values, " ")
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (values[j] + 0 < values[i] + 0) { swap = values[i]; values[i] = values[j]; values[j] = swap }
        return n % 2 ? values[(n + 1) / 2] : (values[n / 2] + values[n / 2 + 1]) / 2
    }
    function ms(latency) { return latency ~ /us$/ ? latency / 1000 : latency ~ /ms$/ ? latency + 0 : latency * 1000 }
    $1 == "static" { round++; static[round] = $2 }
    $1 == "no-db" { nodb[round] = $2 }
    $1 == "signed" { signed[round] = $2 }
    {
        if (!($1 in seen)) { seen[$1] = 1; order[++targets] = $1 }
        rps[$1] = rps[$1] " " $2; p50[$1] = p50[$1] " " ms($3); p90[$1] = p90[$1] " " ms($4); p99[$1] = p99[$1] " " ms($5)
        errors[$1] += $6; line[$1, round] = $2
    }
    END {
        printf "%-8s %12s %8s %8s %9s %10s %10s %10s %8s\n", "target", "requests/s", "ratio", "to no-db", "to signed", "p50 ms",
            "p90 ms", "p99 ms", "non-2xx"
        for (t = 1; t <= targets; t++) {
            name = order[t]; toStatic = ""; toNodb = ""; toSigned = ""
            for (r = 1; r <= round; r++) {
                toStatic = toStatic " " line[name, r] / static[r]; toNodb = toNodb " " line[name, r] / nodb[r]
                toSigned = toSigned " " line[name, r] / signed[r]
            }
            printf "%-8s %12.1f %8.3f %8.3f %9.3f %10.2f %10.2f %10.2f %8d\n", name, median(rps[name]), median(toStatic),
                median(toNodb), median(toSigned), median(p50[name]), median(p90[name]), median(p99[name]), errors[name]
        }
    }' <<<"$results"

# A fixed offered rate: 20 workers, each at most rate/20 requests per second. hey waits for each
# answer before the next request of a worker, so a slow server is offered less than the rate.
# (hey sends a Content-Type with every request, text/html unless told; the API refuses that with 415.)
at_rate() { # name path
    local out
    out=$(hey -z "${duration}s" -c 20 -q $(( rate / 20 )) -T application/json -H "Cookie: JSESSIONID=$session" "$base$2")
    awk -v name="$1" '
        /Requests\/sec/ { rps = $2 }
        $1 == "50%" { p50 = $3 * 1000 } $1 == "95%" { p95 = $3 * 1000 } $1 == "99%" { p99 = $3 * 1000 }
        /^  \[[0-9]+\]/ { gsub(/[\[\]]/, "", $1); if ($1 != "200") errors += $2 }
        END { printf "%-8s %12.1f %10.1f %10.1f %10.1f %8d\n", name, rps, p50, p95, p99, errors }' <<<"$out"
}
echo
echo "hey: offered $rate requests/s for ${duration}s per target; latencies in ms"
printf "%-8s %12s %10s %10s %10s %8s\n" "target" "requests/s" "p50" "p95" "p99" "non-200"
at_rate inbox /mobilities/index.xhtml
at_rate api /api/mobilities
