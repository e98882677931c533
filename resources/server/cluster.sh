#!/usr/bin/env bash
# The platform in its production shape on one machine (issue 17), everything under target/cluster:
#   - a Payara DAS (domain elp-cluster, port base 20000: admin 20048) and a deployment group elp-group
#     of two instances elp-i1 (port base 21000: http 21080) and elp-i2 (port base 22000: http 22080)
#     sharing one configuration, elp-group-config; the EAR deployed to the group;
#   - one PostgreSQL database, elp_cluster (owner elp), shared by both instances;
#   - one OpenMQ broker (Payara's own imqbrokerd) on port 20676, its own process; the instances'
#     JMS service is REMOTE and points at it, so both instances' MDBs consume the same queues;
#   - HTTP sessions in Payara's data grid (Hazelcast, cluster name elp-cluster, domain discovery);
#   - HAProxy on 127.0.0.1:20090: round robin, sticky cookie, health check GET /health/ready;
#     HTTPS (e-key sign-in) passed through on 127.0.0.1:20443; its statistics on 127.0.0.1:20091.
# Usage:
#   cluster.sh up       create what is missing, start what is stopped, deploy if not deployed
#   cluster.sh deploy   (re)deploy the EAR to the deployment group
#   cluster.sh down     stop HAProxy, the instances, the DAS and the broker (pid files under target/cluster)
#   cluster.sh status   each part: running or not, ports, RSS
#   cluster.sh clean    down, delete target/cluster and drop the database elp_cluster
#   cluster.sh kill INSTANCE   kill -9 an instance's JVM (the cluster tests: a server that dies)
#   cluster.sh start INSTANCE  start an instance again and wait until it is ready
#   cluster.sh stop INSTANCE   stop an instance (asadmin stop-local-instance)
#   cluster.sh bench [N]       usage throughput, the group against one instance: N usage messages (default
#                       2000) through the broker by the customs simulator's burst, on licences of the cluster's
#                       database with uses left, once with both instances and once with elp-i2 stopped
#   cluster.sh property NAME [VALUE]  set (or, without a value, remove) a server property of the group's
#                       configuration, e.g. elp.batch.licence-expiry.schedule (timetables are read at deployment)
# Environment: ELP_BUILD=1 rebuilds the EAR even when one for elp_cluster is there.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PAYARA_VERSION="${PAYARA_VERSION:-6.2025.9}"
PAYARA_HOME="${PAYARA_HOME:-$ROOT/target/payara6}"
ASADMIN="$PAYARA_HOME/bin/asadmin"
C="$ROOT/target/cluster"
DOMAIN_DIR="$C/domains"
DOMAIN=elp-cluster
PORTBASE=20000
ADMIN_PORT=$((PORTBASE + 48))
GROUP=elp-group
CONFIG=elp-group-config
NODE=elp-node
NODE_DIR="$C/nodes"
INSTANCES=(elp-i1 elp-i2)
declare -A INSTANCE_PORTBASE=([elp-i1]=21000 [elp-i2]=22000)
BROKER_PORT=20676            # the port mapper; the broker's services on the next three ports
DB_NAME=elp_cluster
EAR="$ROOT/ear/target/export-licence.ear"
APP=export-licence
LB_PORT=20090
LB_STATS_PORT=20091
LB_TLS_PORT=20443
HEAP="${ELP_HEAP:-1g}"
PUBLIC_URL="http://localhost:$LB_PORT/licence"

A=("$ASADMIN" --port "$ADMIN_PORT")
G="configs.config.$CONFIG"

log() { echo "[cluster +${SECONDS}s] $*" >&2; }

# --- processes, by pid file --------------------------------------------------------------------

alive() { # PIDFILE [PATTERN]: the pid, when the file names a live process (whose command line has PATTERN)
  local file=$1 pattern=${2:-} pid
  [ -f "$file" ] || return 1
  pid=$(tr -dc '0-9' < "$file")
  [ -n "$pid" ] && [ -d "/proc/$pid" ] || return 1
  if [ -n "$pattern" ] && ! tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$pattern"; then return 1; fi
  echo "$pid"
}

das_pidfile() { echo "$DOMAIN_DIR/$DOMAIN/config/pid"; }
instance_dir() { echo "$NODE_DIR/$NODE/$1"; }
instance_pidfile() { echo "$(instance_dir "$1")/config/pid"; }
das_pid() { alive "$(das_pidfile)" "$DOMAIN_DIR/$DOMAIN"; }
instance_pid() { alive "$(instance_pidfile "$1")" "$(instance_dir "$1")"; }
broker_pid() { alive "$C/mq/broker.pid" "-Dimq.varhome=$C/mq "; }
haproxy_pid() { alive "$C/haproxy/haproxy.pid" "$C/haproxy/haproxy.cfg"; }

wait_gone() { # PID SECONDS
  local pid=$1 limit=$2 waited=0
  while [ -d "/proc/$pid" ]; do
    [ "$waited" -ge "$limit" ] && return 1
    sleep 1; waited=$((waited + 1))
  done
}

wait_http() { # URL [SECONDS]
  local url=$1 limit=${2:-300} waited=0
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = "200" ]; do
    if [ "$waited" -ge "$limit" ]; then log "no answer 200 from $url after ${limit}s"; return 1; fi
    sleep 2; waited=$((waited + 2))
  done
}

# --- Payara distribution, EAR, database ----------------------------------------------------------

unpack() {
  [ -x "$ASADMIN" ] && return 0
  log "unpacking Payara Server $PAYARA_VERSION from Maven Central into $PAYARA_HOME"
  mkdir -p "$ROOT/target"
  (cd "$ROOT/target" && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" -DoutputDirectory="$ROOT/target" >&2)
  rm -rf "$PAYARA_HOME"
  unzip -q -o "$ROOT/target/payara-$PAYARA_VERSION.zip" -d "$ROOT/target"
  rm -f "$ROOT/target/payara-$PAYARA_VERSION.zip"
}

# The EAR carries its own pool (glassfish-resources.xml, filled by the Maven profile): it must name
# the cluster's database. Built with package, never install (~/.m2 is shared).
ear() {
  if [ "${ELP_BUILD:-}" != 1 ] && [ -f "$EAR" ] \
      && unzip -p "$EAR" META-INF/glassfish-resources.xml 2>/dev/null | grep -q "5432/$DB_NAME?"; then
    return 0
  fi
  log "building the EAR for database $DB_NAME"
  (cd "$ROOT" && mvn -B -o -q package -DskipTests -DskipITs -Ppostgresql -Ddb.name="$DB_NAME" >&2)
}

PSQL=(psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -q -d postgres)

database() {
  "${PSQL[@]}" -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'elp') THEN CREATE ROLE elp LOGIN PASSWORD 'elp'; END IF; END \$\$;"
  if [ -z "$("${PSQL[@]}" -Atc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" ]; then
    log "creating database $DB_NAME"
    "${PSQL[@]}" -c "CREATE DATABASE $DB_NAME OWNER elp ENCODING 'UTF8' TEMPLATE template0"
  fi
}

# --- the OpenMQ broker -----------------------------------------------------------------------------

broker_up() {
  broker_pid >/dev/null && return 0
  mkdir -p "$C/mq"
  log "starting the OpenMQ broker on port $BROKER_PORT (services $((BROKER_PORT + 1))-$((BROKER_PORT + 3)))"
  local javahome
  javahome=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  # imqbrokerd is a shell script that runs the broker's JVM as its child and forwards TERM to it.
  # All its ports fixed (the JMS and admin services and the JMX connector are otherwise ephemeral).
  cd "$C/mq"
  : > "$C/mq/broker.out"
  setsid nohup "$PAYARA_HOME/mq/bin/imqbrokerd" -javahome "$javahome" -varhome "$C/mq" \
      -name elpbroker -port "$BROKER_PORT" \
      -Dimq.jms.tcp.port=$((BROKER_PORT + 1)) -Dimq.admin.tcp.port=$((BROKER_PORT + 2)) \
      -Dimq.jmx.connector.jmxrmi.port=$((BROKER_PORT + 3)) \
      -vmargs "-Xms64m -Xmx256m" > "$C/mq/broker.out" 2>&1 < /dev/null &
  cd "$ROOT"
  local waited=0 java=""
  until grep -q 'B1039' "$C/mq/broker.out" 2>/dev/null; do   # [B1039]: Broker "..." ready.
    if [ "$waited" -ge 60 ] || grep -q 'B3087\|B3282\|Broker exiting' "$C/mq/broker.out"; then
      log "the broker did not start: $C/mq/broker.out"; tail -20 "$C/mq/broker.out" >&2; return 1
    fi
    sleep 1; waited=$((waited + 1))
  done
  # The broker's JVM (a child of the imqbrokerd script, which forwards TERM to it), known by its
  # var home, which is this cluster's own.
  java=$(pgrep -f -- "-Dimq.varhome=$C/mq .*com.sun.messaging.jmq.jmsserver.Broker" | head -n 1 || true)
  [ -n "$java" ] || { log "no broker JVM found"; return 1; }
  echo "$java" > "$C/mq/broker.pid"
  log "broker ready (pid $java)"
}

broker_down() {
  local pid
  if pid=$(broker_pid); then
    log "stopping the broker (pid $pid)"
    kill -TERM "$pid"
    wait_gone "$pid" 60 || { log "broker pid $pid still alive: kill -9"; kill -9 "$pid"; }
  fi
  rm -f "$C/mq/broker.pid"
}

# --- DAS, configuration, deployment group, instances -------------------------------------------------

# The e-key PKI (see payara.sh ekey_pki): one CA for the whole cluster (e-keys issued on one instance are
# checked on the other), in target/cluster/ekey, named by absolute paths in the shared configuration.
ekey_pki() {
  local dir="$C/ekey"
  [ -f "$dir/ekey-ca.p12" ] && return 0
  log "making the e-key CA and the server's TLS certificate"
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

das_up() {
  if [ ! -d "$DOMAIN_DIR/$DOMAIN" ]; then
    log "creating domain $DOMAIN (admin $ADMIN_PORT)"
    mkdir -p "$DOMAIN_DIR"
    "$ASADMIN" --user admin create-domain --nopassword=true --portbase "$PORTBASE" --domaindir "$DOMAIN_DIR" "$DOMAIN" >&2
  fi
  if ! das_pid >/dev/null; then
    log "starting the DAS"
    "$ASADMIN" start-domain --domaindir "$DOMAIN_DIR" "$DOMAIN" >&2
  fi
}

has_line() { # PATTERN COMMAND...: whether the command's output has a line starting with PATTERN
  local pattern=$1; shift
  "$@" 2>/dev/null | grep -q "^$pattern"
}

jvm_option() { # OPTION (colons escaped with \:)
  local plain=${1//\\:/:}
  if ! "${A[@]}" list-jvm-options --target "$CONFIG" 2>/dev/null | grep -qxF -- "$plain"; then
    "${A[@]}" create-jvm-options --target "$CONFIG" "$1" >&2
  fi
}

# The shared configuration of the group's instances: created once (a marker file records that it is
# complete), before any instance starts, so no restart is needed for it.
configure() {
  local marker="$DOMAIN_DIR/$DOMAIN/.elp-configured"
  [ -f "$marker" ] && return 0
  log "configuring $CONFIG (shared by the instances of $GROUP)"
  has_line "$CONFIG\$" "${A[@]}" list-configs || "${A[@]}" copy-config default-config "$CONFIG" >&2

  # The data grid: a cluster name of its own (the default, development, is every Payara domain's),
  # on for the DAS and for the instances' configuration.
  "${A[@]}" set-hazelcast-configuration --enabled true --dynamic true --clustername "$DOMAIN" >&2
  "${A[@]}" set-hazelcast-configuration --target "$CONFIG" --enabled true --dynamic true >&2
  # Sessions of <distributable/> web modules kept in the data grid.
  "${A[@]}" set "$G.availability-service.availability-enabled=true" \
    "$G.availability-service.web-container-availability.availability-enabled=true" \
    "$G.availability-service.web-container-availability.persistence-type=hazelcast" >&2

  # JMS: the external broker.
  "${A[@]}" set "$G.jms-service.type=REMOTE" \
    "$G.jms-service.jms-host.default_JMS_host.host=127.0.0.1" \
    "$G.jms-service.jms-host.default_JMS_host.port=$BROKER_PORT" \
    "$G.jms-service.jms-host.default_JMS_host.lazy-init=false" >&2

  # JVM options (payara.sh create): heap, zone, demo data, a temporary folder per instance, the e-key CA.
  if "${A[@]}" list-jvm-options --target "$CONFIG" 2>/dev/null | grep -qx -- "-Xmx512m"; then
    "${A[@]}" delete-jvm-options --target "$CONFIG" "-Xmx512m" >&2
  fi
  jvm_option "-Xmx$HEAP"
  jvm_option "-Duser.timezone=Asia/Shanghai"
  jvm_option "-Delp.demo-data=true"
  jvm_option "-Djava.io.tmpdir=\${com.sun.aas.instanceRoot}/tmp"
  jvm_option "-Delp.ekey.ca=$C/ekey/ekey-ca.p12"
  # The demo users' e-keys, written by the instance that loads the demo data (as the run command's domain).
  jvm_option "-Delp.demo-ekeys=\${com.sun.aas.instanceRoot}/config/ekey/demo"
  jvm_option "-Delp.public-url=${PUBLIC_URL//:/\\:}"
  # Sign-in protection counts the client's address that HAProxy saw (X-Forwarded-For), not the balancer's.
  jvm_option "-Delp.trusted-proxies=127.0.0.1"

  # payara.sh configure: no server header, no X-Powered-By, no TRACE, SameSite=Lax; 8-32 request
  # threads; no metrics, no OpenAPI.
  local listener
  for listener in http-listener-1 http-listener-2; do
    "${A[@]}" set \
      "$G.network-config.protocols.protocol.$listener.http.server-header=false" \
      "$G.network-config.protocols.protocol.$listener.http.xpowered-by=false" \
      "$G.network-config.protocols.protocol.$listener.http.trace-enabled=false" \
      "$G.network-config.protocols.protocol.$listener.http.cookie-same-site-enabled=true" \
      "$G.network-config.protocols.protocol.$listener.http.cookie-same-site-value=Lax" >&2
  done
  "${A[@]}" set \
    "$G.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=32" \
    "$G.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=8" >&2
  "${A[@]}" set-metrics-configuration --target "$CONFIG" --enabled=false --dynamic=true >&2
  "${A[@]}" set-openapi-configuration --target "$CONFIG" --enabled=false >&2
  # HTTPS with e-keys on http-listener-2 (port base + 81), client-auth want.
  local ssl="$G.network-config.protocols.protocol.http-listener-2.ssl"
  "${A[@]}" set "$ssl.key-store=$C/ekey/ekey-keystore.p12" "$ssl.trust-store=$C/ekey/ekey-truststore.p12" \
    "$ssl.cert-nickname=ekey-server" "$ssl.client-auth=want" >&2
  # EJB timers in the data grid: the default store, Database on jdbc/__TimerPool, is an H2 file in the
  # instance's own folder, which a new instance has without its table ("EJB Timer Service is not
  # available" at deployment).
  "${A[@]}" set "$G.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid" >&2
  # The batch job repository in the application's own data source (payara.sh batchdb).
  "${A[@]}" set "$G.batch-runtime-configuration.data-source-lookup-name=java:app/jdbc/elp" >&2
  touch "$marker"
}

instances_create() {
  "${A[@]}" list-deployment-groups 2>/dev/null | grep -q "^[[:space:]]*$GROUP\$" || "${A[@]}" create-deployment-group "$GROUP" >&2
  if ! "${A[@]}" list-nodes 2>/dev/null | grep -q "^$NODE "; then
    "${A[@]}" create-node-config --nodedir "$NODE_DIR" --nodehost localhost --installdir "$PAYARA_HOME" "$NODE" >&2
  fi
  local i pb
  for i in "${INSTANCES[@]}"; do
    pb=${INSTANCE_PORTBASE[$i]}
    if ! "${A[@]}" list-instances 2>/dev/null | grep -q "^$i "; then
      log "creating instance $i (port base $pb: http $((pb + 80)))"
      "${A[@]}" create-local-instance --nodedir "$NODE_DIR" --node "$NODE" --config "$CONFIG" --portbase "$pb" "$i" >&2
      # The data grid's port of the instance inside its own port range (the default, 5900, is shared).
      "${A[@]}" create-system-properties --target "$i" "HZ_LISTENER_PORT=$((pb + 59))" >&2
    fi
    mkdir -p "$(instance_dir "$i")/tmp"
    if ! "${A[@]}" list-instances "$GROUP" 2>/dev/null | grep -q "^$i "; then
      "${A[@]}" add-instance-to-deployment-group --instance "$i" --deploymentgroup "$GROUP" >&2
    fi
  done
}

instance_up() { # INSTANCE
  instance_pid "$1" >/dev/null && return 0
  log "starting instance $1"
  "$ASADMIN" --port "$ADMIN_PORT" start-local-instance --nodedir "$NODE_DIR" --node "$NODE" "$1" >&2
}

instance_down() { # INSTANCE
  local pid
  pid=$(instance_pid "$1") || return 0
  log "stopping instance $1 (pid $pid)"
  "$ASADMIN" stop-local-instance --nodedir "$NODE_DIR" --node "$NODE" "$1" >&2 || true
  wait_gone "$pid" 60 || { log "instance $1 pid $pid still alive: kill -9"; kill -9 "$pid"; }
}

deployed() { has_line "$APP " "${A[@]}" list-applications "$GROUP"; }

deploy() {
  log "deploying $EAR to $GROUP"
  local out i
  out=$("${A[@]}" deploy --force=true --availabilityenabled=true --target "$GROUP" --name "$APP" "$EAR" 2>&1) || { echo "$out" >&2; return 1; }
  echo "$out" >&2
  # A failure on an instance is only a warning of the DAS's command; the instance says why in its log.
  if grep -q "did not complete successfully" <<< "$out"; then
    grep "did not complete successfully" <<< "$out" | while read -r line; do log "$line"; done
  fi
  # Each running instance must serve the new deployment. One that does not is restarted, as an operator
  # would: at start an instance loads the group's applications afresh. (In CI a redeployment failed on an
  # instance, left answering 500, through a race in JobScheduler, since mended; Payara's own redeployment
  # faults remain possible.)
  for i in "${INSTANCES[@]}"; do
    instance_pid "$i" >/dev/null || continue
    if ! grep -q "did not complete successfully on server instance $i:" <<< "$out"; then
      serving "$i" 120 && continue
    fi
    log "$i does not serve the new deployment; its last errors:"
    severe "$i"
    log "restarting $i"
    instance_down "$i"
    instance_up "$i"
    serving "$i" 300 || { log "$i does not serve the application after a restart either"; return 1; }
  done
}

serving() { # INSTANCE SECONDS: whether the instance's readiness and the platform's login page answer 200
  local pb=${INSTANCE_PORTBASE[$1]}
  wait_http "$(ready_url "$1")" "$2" && wait_http "http://localhost:$((pb + 80))/licence/login.xhtml" 60
}

severe() { # INSTANCE: the first lines of the last SEVERE messages in its server log
  grep -A3 "\[SEVERE\]" "$(instance_dir "$1")/logs/server.log" 2>/dev/null | tail -24 | cut -c1-300 | sed 's/^/[cluster]     /' >&2 || true
}

ready_url() { echo "http://localhost:$((INSTANCE_PORTBASE[$1] + 80))/health/ready"; }

# --- HAProxy -------------------------------------------------------------------------------------------

haproxy_config() {
  mkdir -p "$C/haproxy"
  local cfg="$C/haproxy/haproxy.cfg" i pb
  {
    cat <<EOF
# Generated by resources/server/cluster.sh
global
    maxconn 2000
    stats socket $C/haproxy/admin.sock mode 600 level admin

defaults
    mode http
    # A request for a server that has died (connection refused) goes to another one at once, cookie or
    # not, before the health check has noticed; the session is in the data grid there.
    option redispatch
    retries 3
    # Every instance checked the same way, on its HTTP port (the TLS backend's servers name it).
    option httpchk
    http-check send meth GET uri /health/ready
    http-check expect status 200
    default-server inter 5s fall 3 rise 2
    timeout connect 5s
    timeout client 120s
    timeout server 120s

frontend elp
    bind 127.0.0.1:$LB_PORT
    # The client's address for the instances (sign-in protection trusts it from 127.0.0.1 only).
    option forwardfor
    default_backend elp-instances

backend elp-instances
    balance roundrobin
    cookie ELPNODE insert indirect nocache httponly attr SameSite=Lax
EOF
    for i in "${INSTANCES[@]}"; do
      pb=${INSTANCE_PORTBASE[$i]}
      echo "    server $i 127.0.0.1:$((pb + 80)) check cookie $i"
    done
    cat <<EOF

# HTTPS with the e-key: TLS passes through to the instances untouched, so that each instance sees the
# browser's client certificate itself (the same server certificate and e-key CA on both). Sticky by the
# client's address; the sessions are in the data grid anyway. Checked on the instances' HTTP ports.
frontend elp-tls
    mode tcp
    bind 127.0.0.1:$LB_TLS_PORT
    default_backend elp-instances-tls

backend elp-instances-tls
    mode tcp
    balance source
EOF
    for i in "${INSTANCES[@]}"; do
      pb=${INSTANCE_PORTBASE[$i]}
      echo "    server $i 127.0.0.1:$((pb + 81)) check port $((pb + 80))"
    done
    cat <<EOF

listen stats
    bind 127.0.0.1:$LB_STATS_PORT
    stats enable
    stats uri /
    stats refresh 10s
EOF
  } > "$cfg.new"
  if cmp -s "$cfg.new" "$cfg"; then rm -f "$cfg.new"; return 1; fi
  mv "$cfg.new" "$cfg"
}

haproxy_up() {
  command -v haproxy >/dev/null || apt-get -o DPkg::Lock::Timeout=300 install -y -qq haproxy >&2
  local changed=false pid
  haproxy_config && changed=true
  haproxy -c -q -f "$C/haproxy/haproxy.cfg" >&2
  if pid=$(haproxy_pid); then
    if [ "$changed" = true ]; then
      log "reloading HAProxy (new configuration)"
      haproxy -D -f "$C/haproxy/haproxy.cfg" -p "$C/haproxy/haproxy.pid" -sf "$pid" >&2
    fi
    return 0
  fi
  log "starting HAProxy on 127.0.0.1:$LB_PORT (statistics on 127.0.0.1:$LB_STATS_PORT)"
  haproxy -D -f "$C/haproxy/haproxy.cfg" -p "$C/haproxy/haproxy.pid" >&2
}

haproxy_down() {
  local pid
  if pid=$(haproxy_pid); then
    log "stopping HAProxy (pid $pid)"
    kill -TERM "$pid"
    wait_gone "$pid" 20 || kill -9 "$pid"
  fi
  rm -f "$C/haproxy/haproxy.pid"
}

# --- commands ------------------------------------------------------------------------------------------

up() {
  local start=$SECONDS
  unpack
  ear
  database
  broker_up
  ekey_pki
  das_up
  configure
  instances_create
  # The first instance alone first: on a new database the application's start-up work (Flyway,
  # the demo data, the seal CA) is done by it while the second waits for nothing (the application
  # also serialises that work itself, under the cluster_lock row 'startup', for a group started at once).
  local first=${INSTANCES[0]} i
  instance_up "$first"
  if ! deployed; then deploy; fi
  wait_http "$(ready_url "$first")"
  for i in "${INSTANCES[@]:1}"; do instance_up "$i"; done
  for i in "${INSTANCES[@]:1}"; do wait_http "$(ready_url "$i")"; done
  haproxy_up
  wait_http "http://localhost:$LB_PORT/licence/login.xhtml" 60
  log "up in $((SECONDS - start)) s"
  echo "http://localhost:$LB_PORT/licence/   (with an e-key: https://localhost:$LB_TLS_PORT/licence/)"
}

down() {
  haproxy_down
  local i pid
  for i in "${INSTANCES[@]}"; do instance_down "$i"; done
  if pid=$(das_pid); then
    log "stopping the DAS (pid $pid)"
    "$ASADMIN" stop-domain --domaindir "$DOMAIN_DIR" "$DOMAIN" >&2 || true
    wait_gone "$pid" 60 || { log "DAS pid $pid still alive: kill -9"; kill -9 "$pid"; }
  fi
  broker_down
}

clean() {
  down
  log "deleting $C and database $DB_NAME"
  rm -rf "$C"
  "${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)"
}

rss_mb() { # PID
  awk '/^VmRSS:/ {printf "%d", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo 0
}

TOTAL=0
line() { # NAME PID PORTS [EXTRA]
  local name=$1 pid=$2 ports=$3 extra=${4:-} mb
  if [ -n "$pid" ]; then
    mb=$(rss_mb "$pid"); TOTAL=$((TOTAL + mb))
    printf '%-9s running  pid %-8s RSS %5d MB  %s %s\n' "$name" "$pid" "$mb" "$ports" "$extra"
  else
    printf '%-9s stopped  %-34s %s\n' "$name" "" "$ports"
  fi
}

status() {
  local pid i pb code
  line broker "$(broker_pid || true)" "port mapper $BROKER_PORT, jms $((BROKER_PORT + 1)), admin $((BROKER_PORT + 2)), jmx $((BROKER_PORT + 3))"
  line das "$(das_pid || true)" "admin $ADMIN_PORT, http $((PORTBASE + 80)), data grid $((PORTBASE + 49))"
  for i in "${INSTANCES[@]}"; do
    pb=${INSTANCE_PORTBASE[$i]}
    code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$(ready_url "$i")" || true)
    line "$i" "$(instance_pid "$i" || true)" "http $((pb + 80)), https $((pb + 81)), admin $((pb + 48)), data grid $((pb + 59))" "(/health/ready: $code)"
  done
  code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://localhost:$LB_PORT/licence/login.xhtml" || true)
  line haproxy "$(haproxy_pid || true)" "http 127.0.0.1:$LB_PORT, https 127.0.0.1:$LB_TLS_PORT, stats 127.0.0.1:$LB_STATS_PORT" "(login page: $code)"
  printf '%-9s %d MB RSS\n' total "$TOTAL"
  if [ -x "$ASADMIN" ] && das_pid >/dev/null; then
    "${A[@]}" list-applications "$GROUP" 2>/dev/null | grep "^$APP " | sed 's/^/deployed on '"$GROUP"': /' || echo "not deployed on $GROUP"
  fi
}

# The usage benchmark on the cluster: licences with uses and quantity left (bin/platform cluster test issues
# 500), the simulator's burst at full speed through the one broker, with both instances and with one.
bench() {
  local messages=$1 i2=${INSTANCES[1]} group one
  log "usage benchmark: warming up both instances (100 messages)"
  bench_run 100 warm-up >/dev/null
  log "usage benchmark: $messages messages, both instances"
  group=$(bench_run "$messages" group)
  instance_down "$i2"
  log "usage benchmark: $messages messages, ${INSTANCES[0]} alone"
  one=$(bench_run "$messages" one)
  instance_up "$i2"
  wait_http "$(ready_url "$i2")"
  echo "Usage benchmark ($messages messages, 4 senders): group of ${#INSTANCES[@]} instances $group messages/s, one instance $one messages/s"
}

bench_run() { # MESSAGES NAME: one burst on the licences with uses left now; prints its messages/s
  local licences="$C/bench-licences-$2.txt" out="$C/bench-$2.log"
  # Today in China, where licence dates are reckoned (the database's session zone is the machine's: between
  # 00:00 and 08:00 in China, a licence issued today there was "from tomorrow" by CURRENT_DATE, and CI's
  # bench found none).
  "${PSQL[@]}" -d "$DB_NAME" -At -F ' ' -c "SELECT l.licence_no, a.port_code, a.unit_code,
        LEAST(l.max_uses - l.use_count, FLOOR(l.quantity - l.used_quantity))::int
      FROM licence l JOIN application a ON a.id = l.application_id
      CROSS JOIN (SELECT CAST(CURRENT_TIMESTAMP AT TIME ZONE 'Asia/Shanghai' AS DATE) AS today) t
      WHERE l.status IN ('VALID', 'IN_USE') AND l.valid_from <= t.today AND l.expiry_date >= t.today
        AND l.max_uses > l.use_count AND l.quantity - l.used_quantity >= 1" > "$licences"
  "$ROOT/customs-simulator/bin/customs" --broker "localhost:$BROKER_PORT" burst "$licences" \
      --messages "$1" --declarations "$C/bench-declarations-$2.txt" > "$out" 2>&1 || true
  sed 's/^/  /' "$out" >&2
  awk '/answered in/ {print $7}' "$out"
}

instance_name() { # NAME: one of the instances, or exit 2
  local i
  for i in "${INSTANCES[@]}"; do [ "$i" = "${1:-}" ] && return 0; done
  echo "no instance '${1:-}' (instances: ${INSTANCES[*]})" >&2; exit 2
}

cmd=${1:?usage: cluster.sh up|deploy|down|status|clean|kill INSTANCE|start INSTANCE}; shift
case "$cmd" in
  up) up ;;
  kill)
    instance_name "${1:-}"
    if pid=$(instance_pid "$1"); then log "kill -9 $1 (pid $pid)"; kill -9 "$pid"; wait_gone "$pid" 30; fi ;;
  start) instance_name "${1:-}"; instance_up "$1"; wait_http "$(ready_url "$1")" ;;
  stop) instance_name "${1:-}"; instance_down "$1" ;;
  bench) bench "${1:-2000}" ;;
  property)
    name=${1:?property NAME [VALUE]} value=${2:-}
    if [ -n "$value" ]; then
      "${A[@]}" create-system-properties --target "$CONFIG" "$name=${value//:/\\:}" >&2
    else
      "${A[@]}" delete-system-property --target "$CONFIG" "$name" >&2 || true
    fi ;;
  deploy) ear; deploy ;;
  down) down ;;
  status) status ;;
  clean) clean ;;
  *) echo "unknown command: $cmd" >&2; exit 2 ;;
esac
