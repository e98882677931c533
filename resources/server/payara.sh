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
#   payara.sh start  DOMAIN              start a stopped domain
#   payara.sh kill   DOMAIN              kill -9 the domain's JVM (tests of a crash in the middle of work)
#   payara.sh fresh  DOMAIN PORTBASE     delete the domain and create and start it anew
#   payara.sh configure DOMAIN PORTBASE  apply the server settings of a new domain to a running one
#   payara.sh batchdb DOMAIN PORTBASE    the batch runtime's job repository in the platform's database
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PAYARA_VERSION="${PAYARA_VERSION:-6.2025.9}"
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
  # The heap: 1 GB unless ELP_HEAP says otherwise (the test suite's server: 2g, see it/pom.xml).
  sed -i "s#<jvm-options>-Xmx512m</jvm-options>#<jvm-options>-Xmx${ELP_HEAP:-1g}</jvm-options>#" "$cfg"
  sed -i 's#</java-config>#  <jvm-options>-Duser.timezone=Asia/Shanghai</jvm-options>\n        <jvm-options>-Delp.demo-data=true</jvm-options>\n      </java-config>#' "$cfg"
  # The demo licences (2025-2026 history for the statistics screens) and the demo users' e-keys
  # (written to config/ekey/demo) only where asked for: the run command's domain. The test suite's
  # lists are asserted as the tests leave them.
  if [ "${ELP_DEMO_LICENCES:-}" = true ]; then
    sed -i 's#</java-config>#  <jvm-options>-Delp.demo-licences=true</jvm-options>\n        <jvm-options>-Delp.demo-ekeys=${com.sun.aas.instanceRoot}/config/ekey/demo</jvm-options>\n      </java-config>#' "$cfg"
  fi
  # More JVM options for a domain made for one purpose, space-separated (bin/platform batchbench: the
  # scheduled jobs off, so that no timer starts a job in the middle of the measured ones).
  local option
  for option in ${ELP_JVM_OPTIONS:-}; do
    sed -i "s#</java-config>#  <jvm-options>$option</jvm-options>\n      </java-config>#" "$cfg"
  done
  # A temporary folder of the domain's own: deployments are uploaded there, and a second server on
  # the machine (a run and a test domain side by side) must not clean up under this one's feet.
  mkdir -p "$DOMAIN_DIR/$domain/tmp"
  sed -i "s#</java-config>#  <jvm-options>-Djava.io.tmpdir=$DOMAIN_DIR/$domain/tmp</jvm-options>\n      </java-config>#" "$cfg"
  ekey_pki "$domain"
  sed -i 's#</java-config>#  <jvm-options>-Delp.ekey.ca=${com.sun.aas.instanceRoot}/config/ekey/ekey-ca.p12</jvm-options>\n      </java-config>#' "$cfg"
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
  ekey_listener "$1" "$2"
  # The metrics and OpenAPI endpoints go away only with a restart (the domain is new: nothing deployed yet).
  restart "$1"
}

# The e-key PKI of a domain (电子钥匙, issue 16), in its config/ekey folder, made once with openssl: the
# platform's e-key CA (EC P-256; a sibling of the SM2 seal CA, because browsers and Java's TLS do not
# speak SM2), the server's TLS certificate for localhost signed by it, the listener's key store and trust
# store (PKCS#12, password changeit = the domain's master password, which Payara uses when none is set)
# and the CA's key for the application, which issues users' e-keys with it (-Delp.ekey.ca). In
# production the CA is the operator's own and the server certificate names the real host.
ekey_pki() { # DOMAIN
  local dir="$DOMAIN_DIR/$1/config/ekey"
  [ -f "$dir/ekey-ca.p12" ] && return 0
  log "making the e-key CA and the server's TLS certificate of domain $1"
  # bin/platform installs it; for a domain made by the it module's build alone:
  command -v openssl >/dev/null || { apt-get update -qq && apt-get install -y -qq openssl; } >&2
  mkdir -p "$dir"
  (
    cd "$dir"
    openssl ecparam -name prime256v1 -genkey -noout -out ca.key 2>/dev/null
    openssl req -x509 -new -key ca.key -sha256 -days 3650 -out ca.crt \
      -subj "/C=CN/O=Export Licence Platform/CN=Export Licence Platform E-Key CA" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    openssl ecparam -name prime256v1 -genkey -noout -out server.key 2>/dev/null
    openssl req -new -key server.key -out server.csr -subj "/C=CN/O=Export Licence Platform/CN=localhost" 2>/dev/null
    printf '%s\n' "basicConstraints=CA:FALSE" "keyUsage=critical,digitalSignature" "extendedKeyUsage=serverAuth" \
      "subjectAltName=DNS:localhost,IP:127.0.0.1" > server.ext
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 -sha256 \
      -extfile server.ext -out server.crt 2>/dev/null
    openssl pkcs12 -export -in server.crt -inkey server.key -certfile ca.crt -name ekey-server \
      -passout pass:changeit -out ekey-keystore.p12
    keytool -importcert -noprompt -alias elp-ekey-ca -file ca.crt -keystore ekey-truststore.p12 \
      -storetype PKCS12 -storepass changeit >/dev/null 2>&1
    openssl pkcs12 -export -in ca.crt -inkey ca.key -name elp-ekey-ca -passout pass:changeit -out ekey-ca.p12
    rm -f ca.key server.key server.csr server.ext ca.srl
  )
}

# HTTPS with client certificates on the domain's http-listener-2 (port base + 81): client
# authentication "want" (optional: client-auth-enabled=true would mean "need"), the e-key CA as the only
# trust anchor for client certificates. Takes effect at the next restart (configure restarts).
ekey_listener() { # DOMAIN PORTBASE
  local ssl="configs.config.server-config.network-config.protocols.protocol.http-listener-2.ssl"
  log "HTTPS on port $(($2 + 81)) with e-keys (client-auth want)"
  "$ASADMIN" --port "$(admin_port "$2")" set \
    "$ssl.key-store=\${com.sun.aas.instanceRoot}/config/ekey/ekey-keystore.p12" \
    "$ssl.trust-store=\${com.sun.aas.instanceRoot}/config/ekey/ekey-truststore.p12" \
    "$ssl.cert-nickname=ekey-server" \
    "$ssl.client-auth=want" >&2
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
# job history survives a redeployment, and the instances of a cluster share it. It must be the
# application's own pool, java:app/jdbc/elp: a chunk's data and its checkpoint commit in one JTA
# transaction, and a second (server-wide) pool on the same database is a second non-XA resource in it,
# which the transaction manager refuses ("Local transaction already has 1 non-XA Resource"). The batch
# runtime looks the name up on the job's threads, inside the application, where java:app/ resolves;
# set-batch-runtime-configuration refuses a name that is not a server resource, so the attribute is set
# directly. The runtime creates its tables (JOBINSTANCEDATA, EXECUTIONINSTANCEDATA,
# STEPEXECUTIONINSTANCEDATA, CHECKPOINTDATA, JOBSTATUS, STEPSTATUS) there on first use.
batchdb() { # DOMAIN PORTBASE
  log "job repository: the application's data source java:app/jdbc/elp"
  "$ASADMIN" --port "$(admin_port "$2")" set \
    "configs.config.server-config.batch-runtime-configuration.data-source-lookup-name=java:app/jdbc/elp" >&2
}

deploy() { # DOMAIN PORTBASE EAR
  batchdb "$1" "$2"
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

# The JVM of the domain: its config/pid, checked against the process's command line (a stale pid file
# after a crash may name another process), else the java process started with the domain's directory.
domain_pid() { # DOMAIN
  local dir="$DOMAIN_DIR/$1" pid=""
  if [ -f "$dir/config/pid" ]; then
    pid=$(tr -dc '0-9' < "$dir/config/pid")
    if [ -z "$pid" ] || ! tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$dir"; then pid=""; fi
  fi
  if [ -z "$pid" ]; then
    pid=$(pgrep -f -- "-Dcom.sun.aas.instanceRoot=$dir( |$)" | head -n 1 || true)
  fi
  echo "$pid"
}

kill_domain() { # DOMAIN
  local pid waited=0
  pid=$(domain_pid "$1")
  if [ -z "$pid" ]; then log "domain $1 has no running JVM"; return 1; fi
  log "kill -9 of domain $1 (pid $pid)"
  kill -9 "$pid"
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$waited" -ge 60 ]; then log "pid $pid still alive"; return 1; fi
    sleep 1; waited=$((waited + 1))
  done
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
  start) start "$@" ;;
  kill) kill_domain "$@" ;;
  *) echo "unknown command: $cmd" >&2; exit 2 ;;
esac
