#!/usr/bin/env bash
# Runs the CG International platform locally: builds what is missing, starts Payara Server 6 on
# embedded Derby, deploys the EAR, loads the demo data into an empty database and prints where to go.
#
#   deploy/run.sh          start (or redeploy to the running server)
#   deploy/run.sh stop     stop the server; the data stays in CG_DATA_DIR
#
# Settings (environment variables):
#   CG_PORT_BASE   Payara port base (default 8000): HTTP = base + 80 (8080), admin = base + 48 (8048)
#   CG_DATA_DIR    Derby database folder (default ./data); survives rebuilds and restarts
#   CG_POSTGRES_DB, CG_POSTGRES_USER, CG_POSTGRES_PASSWORD, CG_POSTGRES_HOST, CG_POSTGRES_PORT
#                  an empty PostgreSQL database to use instead of Derby (see the README)
#   CG_HOME        server and domain folder (default ./.runtime)
#   CG_DEMO_DATA   load demo accounts into an empty database (default true)
#   CG_PUBLIC_URL  address in e-mailed links (default http://localhost:<HTTP port>)
#   CG_SMTP_HOST, CG_SMTP_PORT, CG_MAIL_FROM  a mail server; without one, e-mails wait in the outbox
#   CG_HEAP        the server's maximum heap, as java's -Xmx takes it (default 512m)
#   CG_TRUSTED_PROXIES  the reverse proxies in front of the platform, whose X-Forwarded-For header names the client:
#                  addresses and CIDR ranges separated by commas (default none; see the README)
# Server settings are applied when the domain is created; remove CG_HOME to re-create it.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

export CG_HOME=${CG_HOME:-$root/.runtime}
export CG_PAYARA_HOME=$CG_HOME/payara6
export CG_DOMAIN_DIR=$CG_HOME/domains
export CG_DATA_DIR=${CG_DATA_DIR:-$root/data}
export CG_PORT_BASE=${CG_PORT_BASE:-8000}
export CG_DEMO_DATA=${CG_DEMO_DATA:-true}
export CG_EAR=$root/ear/target/cg-international.ear
server="$root/deploy/src/main/scripts/server.sh"

if [ "${1:-}" = "stop" ]; then
    if [ -x "$CG_PAYARA_HOME/bin/asadmin" ]; then
        bash "$server" down
        echo "Stopped. The data stays in $CG_DATA_DIR."
    else
        echo "Nothing to stop: no server in $CG_HOME."
    fi
    exit 0
fi

# Build when the EAR or the fetched Payara is missing, or when a source is newer than the EAR.
if [ ! -f "$CG_EAR" ] || [ ! -d deploy/target/payara6 ] \
        || [ -n "$(find pom.xml domain ejb web ear deploy/pom.xml -newer "$CG_EAR" -type f -not -path '*/target/*' 2>/dev/null | head -n 1)" ]; then
    echo "Building the platform (the first build downloads Payara and the libraries from Maven Central)..."
    mvn -q -DskipTests package
fi
if [ ! -x "$CG_PAYARA_HOME/bin/asadmin" ]; then
    mkdir -p "$CG_HOME"
    cp -a deploy/target/payara6 "$CG_PAYARA_HOME"
fi
mkdir -p "$CG_DATA_DIR"

bash "$server" up

url="http://localhost:$((CG_PORT_BASE + 80))/"
cat <<TEXT

CG International is running at $url
Data: $CG_DATA_DIR   Server log: $CG_DOMAIN_DIR/cg/logs/server.log
Stop it with: deploy/run.sh stop

Demo accounts (when the database started empty), all with the password cg-demo-2026!
  coordinator                                   project coordinator (Mundus, ES)
  ministry.al  ministry.xk  ministry.me         ministry administrators
  school.kpt   school.lutfimusiqi  school.pljevlja     school administrators
  teacher.kpt  teacher.lutfimusiqi teacher.pljevlja    teachers
  student.kpt  student.lutfimusiqi student.pljevlja    students
  partner.es   partner.al                       company partners
TEXT
