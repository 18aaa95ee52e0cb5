#!/usr/bin/env bash
# Start-up time of the release binary (every cron run pays it): `mboctl --version` and
# `mboctl whoami` against an initialised embedded installation with a live session.
# Median of repeated runs with hyperfine. Goals: --version <= 5 ms, whoami <= 30 ms.
# Reference tool: `git --version` (a small, fast CLI start) for scale.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
B="$PWD/target/release/mboctl"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export XDG_CONFIG_HOME=$T/c XDG_DATA_HOME=$T/d XDG_STATE_HOME=$T/s
export MBOCTL_MASTER_KEY=$(head -c32 /dev/urandom | od -An -tx1 | tr -d ' \n')
PW='benchmark-passphrase'
SECRET=$(echo "$PW" | "$B" init --admin bench --password-stdin --no-input -o json 2>/dev/null \
  | python3 -c 'import sys,json,urllib.parse as u; print(u.parse_qs(u.urlparse(json.load(sys.stdin)["otpauth_uri"]).query)["secret"][0])')
echo "$PW" | "$B" login bench --password-stdin --code "$(oathtool --totp -b "$SECRET")" -o json >/dev/null 2>&1
"$B" whoami >/dev/null
hyperfine -N --warmup 20 --runs 200 --export-json "$T/h.json" \
  "$B --version" "$B whoami -o json" "git --version" >/dev/null
python3 - "$T/h.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
ref = next(x for x in r if x["command"].startswith("git"))["median"]
for x in r:
    print(f'{x["command"].split("/")[-1]:<28} median {x["median"]*1000:7.2f} ms   ({x["median"]/ref:5.2f}x git --version)')
PY
