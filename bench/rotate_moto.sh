#!/usr/bin/env bash
# `secret rotate --due` over N due `random` secrets in the AWS store (moto server),
# bounded parallelism against one at a time. Usage: bench/rotate_moto.sh [N] [PARALLEL] [LATENCY_MS]
# With LATENCY_MS > 0 the SDK talks to moto through bench/latency_proxy.py, which adds
# that delay to every request (a network round trip, as to a real AWS endpoint); without
# it, a local moto (one Python process) is the bottleneck on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-500}
P=${2:-8}
LAT=${3:-0}
cargo build --release --quiet
B="$PWD/target/release/mboctl"
T=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
moto_server -H 127.0.0.1 -p "$PORT" >/dev/null 2>&1 &
MOTO=$!
moto_cpu() { ps -o cputime= -p $MOTO; }
ENDPOINT_PORT=$PORT
if [ "$LAT" -gt 0 ]; then
  ENDPOINT_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  python3 bench/latency_proxy.py "$ENDPOINT_PORT" "$PORT" "$LAT" &
  PROXY=$!
fi
trap 'kill $MOTO ${PROXY:-} 2>/dev/null; rm -rf "$T"' EXIT
export XDG_CONFIG_HOME=$T/c XDG_DATA_HOME=$T/d XDG_STATE_HOME=$T/s
export MBOCTL_MASTER_KEY=$(head -c32 /dev/urandom | od -An -tx1 | tr -d ' \n')
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true
export AWS_ENDPOINT_URL=http://127.0.0.1:$ENDPOINT_PORT MBOCTL_AWS__PREFIX=bench/
for _ in $(seq 50); do curl -s "http://127.0.0.1:$PORT/moto-api/" >/dev/null && curl -s "$AWS_ENDPOINT_URL/moto-api/" >/dev/null && break; sleep 0.2; done
PW='benchmark-passphrase'
SECRET=$(echo "$PW" | "$B" init --admin bench --password-stdin --no-input --secret-store aws -o json 2>/dev/null \
  | python3 -c 'import sys,json,urllib.parse as u; print(u.parse_qs(u.urlparse(json.load(sys.stdin)["otpauth_uri"]).query)["secret"][0])')
echo "$PW" | "$B" login bench --password-stdin --code "$(oathtool --totp -b "$SECRET")" >/dev/null 2>&1
"$B" secret policy set generic 1s >/dev/null
echo "creating $N secrets in moto…" >&2
for i in $(seq -w 1 "$N"); do
  echo "initial-$i" | "$B" secret set "bench/s$i" --type generic --rotation random --value-stdin >/dev/null
done
run() {
  sleep 1.2 # every secret is due again (policy 1s)
  python3 - "$B" "$1" <<'PY'
import subprocess, sys, time, json
t = time.perf_counter()
import resource
out = subprocess.run([sys.argv[1], "secret", "rotate", "--due", "--parallel", sys.argv[2], "-o", "json"], capture_output=True, text=True)
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"mboctl cpu {ru.ru_utime + ru.ru_stime:.2f}s", file=sys.stderr)
dt = time.perf_counter() - t
s = json.loads(out.stdout)
print(f"{dt:.3f} {len(s['rotated'])} {len(s['failed'])}")
PY
}
echo "moto cpu before: $(moto_cpu)" >&2
read -r T1 R1 F1 < <(run 1)
echo "moto cpu after serial: $(moto_cpu)" >&2
read -r TP RP FP < <(run "$P")
echo "moto cpu after parallel: $(moto_cpu)" >&2
echo "N=$N, added latency ${LAT} ms per request"
echo "serial   (--parallel 1): ${T1}s, rotated $R1, failed $F1"
echo "parallel (--parallel $P): ${TP}s, rotated $RP, failed $FP"
python3 -c "print(f'speed-up: {float(\"$T1\")/float(\"$TP\"):.2f}x')"
