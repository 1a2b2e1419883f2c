#!/usr/bin/env bash
# Load test of the web server against nginx serving the same article page as a static file, in
# one run, on loopback only. Prints requests/s and latency percentiles for both.
#
#   scripts/load-test.sh [--content DIR] [--page PATH] [--warm-up SECONDS] [DURATION_SECONDS] [CONNECTIONS]
#
# Defaults: the seeds in content/, their main article, a 10 s warm-up, 20 s, 64 connections. With
# --content and no --page, the newest article of that folder (the first on its home page).
#
# Needs: java 17, wrk and nginx (Debian packages `wrk` and `nginx`), curl. Builds the server jar
# when it is missing. Every process it starts is stopped on exit.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
content="$root/content"
page=""
warm_up=10
while [ $# -gt 0 ]; do
  case "$1" in
    --content) content=$2; shift 2 ;;
    --page) page=$2; shift 2 ;;
    --warm-up) warm_up=$2; shift 2 ;;
    *) break ;;
  esac
done
duration=${1:-20}
connections=${2:-64}
threads=2
server_port=18080
nginx_port=18081
jar="$root/web/target/redazione-web.jar"
work=$(mktemp -d)
server_pid=""
nginx_pid=""

cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

for tool in java wrk nginx curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "load-test: $tool is required" >&2; exit 2; }
done
if [ ! -f "$jar" ]; then
  "$root/mvnw" -q -B -f "$root/pom.xml" -pl web -am package -DskipTests >&2
fi

wait_for() {
  for _ in $(seq 1 300); do
    curl -sf -o /dev/null "$1" && return 0
    sleep 0.05
  done
  echo "load-test: $1 did not answer" >&2
  tail -n 5 "$work"/logs/error.log "$work"/server.log >&2 2>/dev/null || true
  exit 1
}

java -jar "$jar" --port "$server_port" --content "$content" >"$work/server.log" 2>&1 &
server_pid=$!
wait_for "http://127.0.0.1:$server_port/"
if [ -z "$page" ]; then
  if [ "$content" = "$root/content" ]; then
    page=/articoli/microsoft-openai
  else
    page=$(curl -sf "http://127.0.0.1:$server_port/" | grep -o 'href="/articoli/[^"]*"' | head -n 1 | sed 's/^href="//; s/"$//')
  fi
fi
wait_for "http://127.0.0.1:$server_port$page"

mkdir -p "$work/www$page" "$work/logs"
curl -sf -o "$work/www$page/index.html" "http://127.0.0.1:$server_port$page"
chmod -R a+rX "$work"  # nginx workers run as an unprivileged user
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  default_type text/html;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location / { try_files \$uri \$uri/index.html =404; }
  }
}
CONF
nginx -p "$work" -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
wait_for "http://127.0.0.1:$nginx_port$page"

echo "== $page: $(curl -sf "http://127.0.0.1:$server_port$page" | wc -c) bytes; warm-up of the JVM (${warm_up} s, not measured)"
wrk -t"$threads" -c"$connections" -d"${warm_up}s" "http://127.0.0.1:$server_port$page" >/dev/null

for target in "redazione-web http://127.0.0.1:$server_port$page" "nginx http://127.0.0.1:$nginx_port$page"; do
  set -- $target
  echo "== $1: wrk -t$threads -c$connections -d${duration}s --latency $2"
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$2" | grep -E "Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx"
done
