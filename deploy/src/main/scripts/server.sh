#!/usr/bin/env bash
# Creates, starts, configures, deploys to and stops a Payara domain of the platform.
# Used by deploy/run.sh (the local server) and by the deploy module's build (the test server);
# everything comes from the environment:
#   CG_PAYARA_HOME   unpacked Payara Server (required)
#   CG_DOMAIN_DIR    folder of the domain (required)
#   CG_DATA_DIR      folder of the embedded Derby database (up)
#   CG_POSTGRES_DB   a PostgreSQL database instead of Derby (empty, owned by CG_POSTGRES_USER; the migrations
#                    fill it), with CG_POSTGRES_HOST (default localhost), CG_POSTGRES_PORT (default 5432),
#                    CG_POSTGRES_USER and CG_POSTGRES_PASSWORD; applied when the domain is created
#   CG_PORT_BASE     Payara port base: HTTP = base + 80, admin = base + 48 (default 8000)
#   CG_EAR           the EAR to deploy (up)
#   CG_DEMO_DATA     true to load demo data into an empty database (default false)
#   CG_PUBLIC_URL    address used in e-mailed links (default http://localhost:<http port>)
#   CG_OUTBOX_INTERVAL  ISO-8601 duration between outbox deliveries (default PT30S)
#   CG_HEAP          the server's maximum heap, as java's -Xmx takes it (default 512m, Payara's own)
#   CG_SMTP_HOST, CG_SMTP_PORT, CG_MAIL_FROM  a mail server; without CG_SMTP_HOST e-mails stay in the outbox
#   CG_TRUSTED_PROXIES  addresses and CIDR ranges of the reverse proxies in front of the platform, separated by
#                    commas, whose X-Forwarded-For header names the client (default none); applied when the domain
#                    is created
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
domain=cg
: "${CG_PAYARA_HOME:?CG_PAYARA_HOME is not set}"
: "${CG_DOMAIN_DIR:?CG_DOMAIN_DIR is not set}"
base=${CG_PORT_BASE:-8000}
http_port=$((base + 80))
admin_port=$((base + 48))
asadmin="$CG_PAYARA_HOME/bin/asadmin"

admin() {
    "$asadmin" --port "$admin_port" --interactive=false "$@"
}

running() {
    admin list-applications >/dev/null 2>&1
}

create_domain() {
    mkdir -p "$CG_DOMAIN_DIR" "$CG_DATA_DIR"
    "$asadmin" --interactive=false --user admin create-domain --nopassword=true --portbase "$base" \
        --domaindir "$CG_DOMAIN_DIR" "$domain" >/dev/null
    # Payara 6 ships without Derby or PostgreSQL drivers: they go into the domain's lib folder.
    cp "$here/../../../target/jdbc/"*.jar "$CG_DOMAIN_DIR/$domain/lib/"
}

# The data source of the JDBC pool: embedded Derby in CG_DATA_DIR, or the PostgreSQL database CG_POSTGRES_DB,
# whose password the pool names by its alias (see postgres_password_alias). asadmin separates pool properties
# with ":" and reads "\" as an escape, so both are escaped in the values.
database() {
    if [ -z "${CG_POSTGRES_DB:-}" ]; then
        echo "--datasourceclassname org.apache.derby.jdbc.EmbeddedDataSource --property databaseName=$(pool_value "$(cd "$CG_DATA_DIR" && pwd)/cg"):createDatabase=create"
        return
    fi
    : "${CG_POSTGRES_USER:?CG_POSTGRES_USER is not set}"
    echo "--datasourceclassname org.postgresql.ds.PGSimpleDataSource --property serverName=$(pool_value "${CG_POSTGRES_HOST:-localhost}"):portNumber=${CG_POSTGRES_PORT:-5432}:databaseName=$(pool_value "$CG_POSTGRES_DB"):user=$(pool_value "$CG_POSTGRES_USER")${CG_POSTGRES_PASSWORD:+:password=$(pool_value '${ALIAS='"$password_alias"'}')}"
}

# The PostgreSQL password goes into the domain's password store under an alias, so that it is written neither
# into domain.xml nor into the domain's set-up script. The running domain is needed to create it.
password_alias=cg-postgres-password
postgres_password_alias() {
    local file
    file=$(mktemp)
    chmod 600 "$file"
    printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$CG_POSTGRES_PASSWORD" > "$file"
    admin --passwordfile "$file" create-password-alias "$password_alias" >/dev/null || { rm -f "$file"; return 1; }
    rm -f "$file"
}

pool_value() {
    printf '%s' "$1" | sed -e 's/[\\:=]/\\&/g'
}

# A text as the replacement of a sed "s|…|…|" command.
replacement() {
    printf '%s' "$1" | sed -e 's/[\\&|]/\\&/g'
}

configure_domain() {
    local script="$CG_DOMAIN_DIR/$domain/config/cg-domain.asadmin"
    local url=${CG_PUBLIC_URL:-http://localhost:$http_port}
    if [ -n "${CG_POSTGRES_DB:-}" ] && [ -n "${CG_POSTGRES_PASSWORD:-}" ]; then
        postgres_password_alias
    fi
    sed -e "s|@DATABASE@|$(replacement "$(database)")|g" \
        -e "s|@DEMO_DATA@|${CG_DEMO_DATA:-false}|g" \
        -e "s|@PUBLIC_URL@|$url|g" \
        -e "s|@OUTBOX_INTERVAL@|${CG_OUTBOX_INTERVAL:-PT30S}|g" \
        -e "s|@HEAP@|${CG_HEAP:-512m}|g" \
        "$here/../asadmin/domain.asadmin" > "$script"
    # Jakarta Mail waits for ever by default. A mail server that accepts the connection and then stops answering
    # would hold the outbox's delivery, and the lock on the message being sent, until the server restarts.
    if [ -n "${CG_SMTP_HOST:-}" ]; then
        echo "create-javamail-resource --mailhost $CG_SMTP_HOST --mailuser cg --fromaddress ${CG_MAIL_FROM:-noreply@cg-international.eu} --property mail.smtp.port=${CG_SMTP_PORT:-25}:mail.smtp.connectiontimeout=10000:mail.smtp.timeout=30000:mail.smtp.writetimeout=30000 mail/cg" >> "$script"
    fi
    # Only when set (unset, the default holds: no proxy). Blanks go, as asadmin would split the command at them.
    if [ -n "${CG_TRUSTED_PROXIES:-}" ]; then
        echo "set-config-property --source domain --propertyName cg.http.trusted-proxies --propertyValue ${CG_TRUSTED_PROXIES//[[:space:]]/}" >> "$script"
    fi
    admin multimode --file "$script" >/dev/null
}

# Deploys the EAR unless this very EAR is deployed already. A changed EAR replaces the old one by
# undeploy + deploy: "deploy --force" right after a restart fails to reopen the persistence unit.
# The server restarts in between, because an undeployed version stays in memory otherwise: ical4j
# registers its time-zone rules with the JDK, which never lets go of them, and Payara caches
# reflection on OmniFaces' classes.
deploy_ear() {
    local stamp="$CG_DOMAIN_DIR/$domain/config/cg-deployed.sha256"
    local sum
    sum=$(sha256sum "$CG_EAR" | cut -d' ' -f1)
    if admin list-applications 2>/dev/null | grep -q '^cg-international '; then
        if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ]; then
            return 0
        fi
        admin undeploy cg-international >/dev/null
        "$asadmin" restart-domain --domaindir "$CG_DOMAIN_DIR" "$domain" >/dev/null
    fi
    rm -f "$stamp"
    if ! admin deploy --name cg-international "$CG_EAR" >/dev/null; then
        echo "Deployment failed; see $CG_DOMAIN_DIR/$domain/logs/server.log" >&2
        return 1
    fi
    echo "$sum" > "$stamp"
}

# A restarted server answers before the application has started (migrations, timers): wait until
# its readiness check says UP and the login page answers, so that whoever called "up" can use it at
# once. The readiness check alone is not enough: before the application is loaded it has no check
# of its own, and the server reports UP.
wait_until_ready() {
    command -v curl >/dev/null 2>&1 || return 0
    local i
    for i in $(seq 1 180); do
        curl -fs -o /dev/null "http://localhost:$http_port/health/ready" \
            && curl -fs -o /dev/null "http://localhost:$http_port/login.xhtml" && return 0
        sleep 1
    done
    echo "The platform is not ready after 180 s; see $CG_DOMAIN_DIR/$domain/logs/server.log" >&2
    return 1
}

up() {
    : "${CG_DATA_DIR:?CG_DATA_DIR is not set}"
    : "${CG_EAR:?CG_EAR is not set}"
    local fresh=false
    if [ ! -d "$CG_DOMAIN_DIR/$domain" ]; then
        create_domain
        fresh=true
    fi
    if ! running; then
        "$asadmin" start-domain --domaindir "$CG_DOMAIN_DIR" "$domain" >/dev/null
    fi
    if [ "$fresh" = true ]; then
        configure_domain
        "$asadmin" restart-domain --domaindir "$CG_DOMAIN_DIR" "$domain" >/dev/null
    fi
    deploy_ear
    wait_until_ready
    echo "Payara domain '$domain' runs at http://localhost:$http_port/ (admin port $admin_port)"
}

down() {
    if [ -d "$CG_DOMAIN_DIR/$domain" ]; then
        "$asadmin" stop-domain --domaindir "$CG_DOMAIN_DIR" "$domain" >/dev/null || true
    fi
}

case "${1:-}" in
    up) up ;;
    down) down ;;
    status) running && echo running || { echo stopped; exit 1; } ;;
    *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
