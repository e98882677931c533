#!/usr/bin/env bash
# Payara Server for the platform: unpack the distribution taken from Maven Central, create and
# start a domain set up for the platform, deploy, stop. Used by bin/platform (run) and by the
# it module's build (test). Usage:
#   payara.sh unpack
#   payara.sh up     DOMAIN PORTBASE     create the domain if missing, start it if stopped
#   payara.sh deploy DOMAIN PORTBASE EAR
#   payara.sh deployed DOMAIN PORTBASE   exit 0 when the application is deployed there
#   payara.sh wait   URL [SECONDS]       until the URL answers 200
#   payara.sh down   DOMAIN
#   payara.sh restart DOMAIN             stop and start the server (and with it the JMS broker)
#   payara.sh fresh  DOMAIN PORTBASE     delete the domain and create and start it anew
#   payara.sh configure DOMAIN PORTBASE  apply the server settings of a new domain to a running one
#   payara.sh batchdb DOMAIN PORTBASE EAR  point the batch runtime's job repository at the EAR's database
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PAYARA_VERSION="${PAYARA_VERSION:-6.2025.9}"
POSTGRESQL_VERSION="${POSTGRESQL_VERSION:-42.7.14}"
PAYARA_HOME="${PAYARA_HOME:-$ROOT/target/payara6}"
DOMAIN_DIR="${PAYARA_DOMAIN_DIR:-$ROOT/target/domains}"
ASADMIN="$PAYARA_HOME/bin/asadmin"

log() { echo "[payara] $*" >&2; }

unpack() {
  if [ -x "$ASADMIN" ]; then return 0; fi
  log "unpacking Payara Server $PAYARA_VERSION from Maven Central into $PAYARA_HOME"
  mkdir -p "$ROOT/target"
  # Run outside the project so that Maven needs no reactor to fetch one artifact.
  (cd "$ROOT/target" && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" -DoutputDirectory="$ROOT/target" >&2)
  rm -rf "$PAYARA_HOME"
  unzip -q -o "$ROOT/target/payara-$PAYARA_VERSION.zip" -d "$ROOT/target"
  rm -f "$ROOT/target/payara-$PAYARA_VERSION.zip"
}

admin_port() { echo $(( $1 + 48 )); }

running() { # DOMAIN
  "$ASADMIN" list-domains --domaindir "$DOMAIN_DIR" 2>/dev/null | grep -q "^$1 running"
}

create() { # DOMAIN PORTBASE
  local domain=$1 portbase=$2
  log "creating domain $domain (portbase $portbase: http $((portbase + 80)), admin $((portbase + 48)))"
  mkdir -p "$DOMAIN_DIR"
  "$ASADMIN" --user admin create-domain --nopassword=true --portbase "$portbase" --domaindir "$DOMAIN_DIR" "$domain" >&2
  # Server-wide settings that belong to the domain rather than to the application: the heap,
  # the zone licence dates are reckoned in, and demo data (run and test domains only).
  local cfg="$DOMAIN_DIR/$domain/config/domain.xml"
  sed -i 's#<jvm-options>-Xmx512m</jvm-options>#<jvm-options>-Xmx1g</jvm-options>#' "$cfg"
  sed -i 's#</java-config>#  <jvm-options>-Duser.timezone=Asia/Shanghai</jvm-options>\n        <jvm-options>-Delp.demo-data=true</jvm-options>\n      </java-config>#' "$cfg"
  # The demo licences (2025-2026 history for the statistics screens) only where asked for: the run
  # command's domain. The test suite's lists are asserted as the tests leave them.
  if [ "${ELP_DEMO_LICENCES:-}" = true ]; then
    sed -i 's#</java-config>#  <jvm-options>-Delp.demo-licences=true</jvm-options>\n      </java-config>#' "$cfg"
  fi
  # The PostgreSQL driver on the server's own class path: the batch runtime's job repository is a
  # server-wide data source (see batchdb), which cannot load a driver from inside the EAR. H2 is
  # there already (the distribution's h2db/bin/h2.jar), the same engine the application's pool uses.
  (cd "$ROOT/target" && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.postgresql:postgresql:$POSTGRESQL_VERSION" -DoutputDirectory="$DOMAIN_DIR/$domain/lib" >&2)
  # A temporary folder of the domain's own: deployments are uploaded there, and a second server on
  # the machine (a run and a test domain side by side) must not clean up under this one's feet.
  mkdir -p "$DOMAIN_DIR/$domain/tmp"
  sed -i "s#</java-config>#  <jvm-options>-Djava.io.tmpdir=$DOMAIN_DIR/$domain/tmp</jvm-options>\n      </java-config>#" "$cfg"
}

# Settings that need the running server (asadmin set), applied once to a new domain: nothing of the
# server's own shows (its name and version in Server and X-Powered-By, its metrics and OpenAPI
# endpoints, which the platform does not use; /health stays, it is the platform's readiness);
# cookies are SameSite=Lax (Payara 6.2025.9 ignores SameSite in web.xml's cookie-config).
# "/" and every other address outside the platform are answered by the EAR's root module (elp-root).
configure() { # DOMAIN PORTBASE
  local port
  port=$(admin_port "$2")
  log "configuring domain $1: no server header, no X-Powered-By, cookies SameSite=Lax, no metrics, no OpenAPI"
  local listener
  for listener in http-listener-1 http-listener-2; do
    "$ASADMIN" --port "$port" set \
      "configs.config.server-config.network-config.protocols.protocol.$listener.http.server-header=false" \
      "configs.config.server-config.network-config.protocols.protocol.$listener.http.xpowered-by=false" \
      "configs.config.server-config.network-config.protocols.protocol.$listener.http.trace-enabled=false" \
      "configs.config.server-config.network-config.protocols.protocol.$listener.http.cookie-same-site-enabled=true" \
      "configs.config.server-config.network-config.protocols.protocol.$listener.http.cookie-same-site-value=Lax" >&2
  done
  # Request threads: the default 5 let a few slow answers (a sign-in's PBKDF2, a refused sign-in held
  # back up to 3 s, a row lock) stall every other clerk; CPU work still runs two at a time on 2 cores.
  "$ASADMIN" --port "$port" set \
    "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=32" \
    "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=8" >&2
  "$ASADMIN" --port "$port" set-metrics-configuration --enabled=false --dynamic=true >&2
  "$ASADMIN" --port "$port" set-openapi-configuration --enabled=false >&2
  # The metrics and OpenAPI endpoints go away only with a restart (the domain is new: nothing deployed yet).
  restart "$1"
}

start() { # DOMAIN
  log "starting domain $1"
  "$ASADMIN" start-domain --domaindir "$DOMAIN_DIR" "$1" >&2
}

up() { # DOMAIN PORTBASE
  unpack
  if [ ! -d "$DOMAIN_DIR/$1" ]; then
    create "$1" "$2"
    start "$1"
    configure "$1" "$2"
  fi
  running "$1" || start "$1"
}

fresh() { # DOMAIN PORTBASE
  unpack
  down "$1"
  rm -rf "${DOMAIN_DIR:?}/$1"
  create "$1" "$2"
  start "$1"
  configure "$1" "$2"
}

# Jakarta Batch's job repository in the platform's own database, not in the domain's timer pool: so
# job history survives a redeployment, and the instances of a cluster share it. Payara's batch runtime
# looks its data source up by a global JNDI name from server code, where the application's
# java:app/jdbc/elp (declared inside the EAR) does not resolve; so the same connection settings, read
# from the EAR's META-INF/glassfish-resources.xml, become a server-wide pool jdbc/elp-batch. The batch
# runtime creates its tables (JOBINSTANCEDATA, EXECUTIONINSTANCEDATA, STEPEXECUTIONINSTANCEDATA,
# CHECKPOINTDATA, JOBSTATUS, STEPSTATUS) there on first use. On Oracle, the same applies with the
# ojdbc11 jar in the domain's lib/.
# The pool's connections take no part in JTA transactions: the runtime writes a chunk's checkpoint
# inside the chunk's transaction, where the steps' own work already holds the application's (non-XA)
# pool, and a second non-XA resource in one transaction is refused ("Local transaction already has 1
# non-XA Resource"), so every chunk failed. Its writes commit on their own instead, the checkpoint a
# moment before the chunk's work: a failure in between resumes after a chunk whose work was lost (an
# XA pool would keep them together, but PostgreSQL then needs max_prepared_transactions > 0).
batchdb() { # DOMAIN PORTBASE EAR
  local port resources
  port=$(admin_port "$2")
  resources="$DOMAIN_DIR/$1/batch-resources.xml"
  unzip -p "$3" META-INF/glassfish-resources.xml | python3 -c '
import re, sys
text = sys.stdin.read()
text = re.sub(r"<admin-object-resource.*?</admin-object-resource>", "", text, flags=re.S)
text = text.replace("java:app/elpPool", "elp-batch-pool").replace("java:app/jdbc/elp", "jdbc/elp-batch")
text = text.replace("non-transactional-connections=\x22false\x22", "non-transactional-connections=\x22true\x22")
sys.stdout.write(text)' >"$resources"
  if "$ASADMIN" --port "$port" list-jdbc-resources 2>/dev/null | grep -qx 'jdbc/elp-batch'; then
    "$ASADMIN" --port "$port" delete-jdbc-resource jdbc/elp-batch >&2
  fi
  if "$ASADMIN" --port "$port" list-jdbc-connection-pools 2>/dev/null | grep -qx 'elp-batch-pool'; then
    "$ASADMIN" --port "$port" delete-jdbc-connection-pool elp-batch-pool >&2
  fi
  log "job repository: jdbc/elp-batch on the EAR's database"
  "$ASADMIN" --port "$port" add-resources "$resources" >&2
  "$ASADMIN" --port "$port" set-batch-runtime-configuration --datasourcelookupname jdbc/elp-batch >&2
}

deploy() { # DOMAIN PORTBASE EAR
  batchdb "$1" "$2" "$3"
  log "deploying $3"
  "$ASADMIN" --port "$(admin_port "$2")" deploy --force=true --name export-licence "$3" >&2
}

deployed() { # DOMAIN PORTBASE : whether the platform's application is deployed there
  "$ASADMIN" --port "$(admin_port "$2")" list-applications 2>/dev/null | grep -q '^export-licence '
}

wait_http() { # URL [SECONDS]
  local url=$1 limit=${2:-180} waited=0
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = "200" ]; do
    if [ "$waited" -ge "$limit" ]; then log "no answer from $url after ${limit}s"; return 1; fi
    sleep 2; waited=$((waited + 2))
  done
}

down() { # DOMAIN
  if [ -x "$ASADMIN" ] && running "$1"; then
    log "stopping domain $1"
    "$ASADMIN" stop-domain --domaindir "$DOMAIN_DIR" "$1" >&2
  fi
}

restart() { # DOMAIN
  log "restarting domain $1"
  "$ASADMIN" restart-domain --domaindir "$DOMAIN_DIR" "$1" >&2
}

cmd=${1:?usage: payara.sh unpack|up|fresh|deploy|wait|down ...}; shift
case "$cmd" in
  unpack) unpack ;;
  up) up "$@" ;;
  fresh) fresh "$@" ;;
  configure) configure "$@" ;;
  deploy) deploy "$@" ;;
  batchdb) batchdb "$@" ;;
  deployed) deployed "$@" ;;
  wait) wait_http "$@" ;;
  down) down "$@" ;;
  restart) restart "$@" ;;
  *) echo "unknown command: $cmd" >&2; exit 2 ;;
esac
