#!/usr/bin/env bash
# A user's path through the HSM-backed keyring: a SoftHSM2 token in a temp dir, `veil init`
# with VEIL_KEK=pkcs11, a keyset, an encrypt/decrypt round trip, and a wrong PIN refused.
# Run by .ci/run after `make test` (which installs softhsm2 and the venv).
set -euo pipefail
cd "$(dirname "$0")/.."
VEIL="$PWD/.venv/bin/veil"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/tokens"
printf 'directories.tokendir = %s\nobjectstore.backend = file\nlog.level = ERROR\n' "$tmp/tokens" >"$tmp/softhsm2.conf"
export SOFTHSM2_CONF="$tmp/softhsm2.conf"
softhsm2-util --init-token --free --label veil-ci --so-pin 1234 --pin 5678 >/dev/null
lib=$(.venv/bin/python -c 'from veil.keys.kms.pkcs11 import find_softhsm_library as f; print(f() or "")')
test -n "$lib" || { echo "hsm smoke: libsofthsm2.so not found" >&2; exit 1; }
export VEIL_HOME="$tmp/home" VEIL_KEK=pkcs11 VEIL_PKCS11_LIB="$lib" VEIL_PKCS11_TOKEN=veil-ci VEIL_PKCS11_PIN=5678
unset VEIL_PASSPHRASE
"$VEIL" init
"$VEIL" keys create ci-data
head -c 5000000 /dev/urandom >"$tmp/plain"
"$VEIL" encrypt --key ci-data "$tmp/plain" -o "$tmp/sealed"
"$VEIL" decrypt "$tmp/sealed" -o "$tmp/back"
cmp "$tmp/plain" "$tmp/back"
if VEIL_PKCS11_PIN=0000 "$VEIL" keys list 2>"$tmp/err"; then
  echo "hsm smoke: a wrong PIN was accepted" >&2; exit 1
fi
grep -q "PIN" "$tmp/err"
"$VEIL" keys backend
echo "hsm smoke: ok"
