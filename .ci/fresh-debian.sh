#!/usr/bin/env bash
# The README's two commands on a fresh minimal Debian 12, as a newcomer would type them.
#
# A debootstrap chroot (--variant=minbase, plus python3 and git and nothing else) is a faithful fresh
# system: no python3-venv, no Qt libraries, no fonts, no shared-mime-info. In it, from a clone of
# this checkout's HEAD:
#   1. a user without sudo: `python3 dev.py test` stops and names the one command to run as root;
#      before that the same user ran `python3 -m venv .venv`, which fails half-way without
#      python3-venv and leaves a .venv without pip (as a newcomer's first try would);
#   2. a user with sudo: `python3 dev.py test` repairs that .venv (saying so), installs the system
#      packages through sudo, and passes;
#   3. root: `python3 dev.py run --smoke-test` starts the app and prints its line.
# Needs root, debootstrap (installed when missing) and Debian's mirror. Usage: fresh-debian.sh [DIR]
# (default: a new folder under /var/tmp, removed at the end). Extra pytest options: PYTEST_ARGS.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
root=${1:-$(mktemp -d /var/tmp/nctask-fresh-debian.XXXXXX)}
suite=${DEBIAN_SUITE:-bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [ "$(id -u)" != 0 ]; then echo "fresh-debian.sh needs root (for debootstrap and chroot)"; exit 2; fi
command -v debootstrap >/dev/null || {
  apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
}

mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
  if [ -z "${1:-}" ] && [ -z "${KEEP_CHROOT:-}" ]; then rm -rf --one-file-system "$root"; fi
}
trap 'cleanup' EXIT

mkdir -p "$root"
chmod 755 "$root"  # mktemp makes it 0700: the chroot's users must get in
echo "== fresh Debian ($suite, minbase + python3 + git) in $root"
ok=""
for attempt in 1 2 3; do
  if debootstrap --variant=minbase --include=python3,git "$suite" "$root" "$mirror" >"$root.log" 2>&1; then
    ok=1; break
  fi
  echo "debootstrap failed (attempt $attempt); last lines:"; tail -n 5 "$root.log"
  sleep $((attempt * 10))
done
[ -n "$ok" ] || exit 1
rm -f "$root.log"

for fs in proc sys dev dev/pts; do
  mkdir -p "$root/$fs"
  mount --bind "/$fs" "$root/$fs"
  mounted+=("$root/$fs")
done
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo "127.0.1.1 $(hostname)" >>"$root/etc/hosts"  # sudo looks its host up
# This network's own certificate authorities (an egress proxy may re-sign TLS): pip needs them to
# reach PyPI, as it does on the host. A real fresh machine needs nothing of the kind.
pip_cert=""
if [ -n "${PIP_CERT:-}" ] && [ -f "$PIP_CERT" ]; then
  cp "$PIP_CERT" "$root/etc/host-ca.crt"
  pip_cert=/etc/host-ca.crt
fi

in_root() {  # in_root USER COMMAND...: a login-like clean environment, as on a fresh machine
  local user=$1; shift
  local home=/root
  [ "$user" = root ] || home=/home/$user
  chroot --userspec="$user:$user" "$root" /usr/bin/env -i \
    HOME="$home" USER="$user" PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    ${pip_cert:+PIP_CERT=$pip_cert} PIP_DEFAULT_TIMEOUT=120 CI=true \
    /bin/bash -c "cd ~/nctask-desktop 2>/dev/null || cd /home/newcomer/nctask-desktop; $*"
}

chroot "$root" useradd -m -s /bin/bash newcomer
chroot "$root" useradd -m -s /bin/bash admin
git clone -q --no-hardlinks "$repo" "$root/home/newcomer/nctask-desktop"
chroot "$root" chown -R newcomer:newcomer /home/newcomer/nctask-desktop

echo "== 1. a user without sudo"
in_root newcomer 'python3 -m venv .venv >/dev/null 2>&1 || true; test -x .venv/bin/python' \
  || { echo "expected a half-made .venv from python3 -m venv"; exit 1; }
set +e
out=$(in_root newcomer 'python3 dev.py test' 2>&1)
status=$?
set -e
echo "$out"
if [ "$status" = 0 ] || ! grep -q "apt-get update && apt-get install -y --no-install-recommends .*python3.11-venv" <<<"$out"; then
  echo "expected dev.py to stop and name the one command to run as root (exit $status)"; exit 1
fi

echo "== 2. a user with sudo: python3 dev.py test"
DEBIAN_FRONTEND=noninteractive chroot "$root" apt-get install -y -qq --no-install-recommends sudo >/dev/null
echo "newcomer ALL=(ALL) NOPASSWD: ALL" >"$root/etc/sudoers.d/newcomer"
chmod 440 "$root/etc/sudoers.d/newcomer"
set +e
in_root newcomer "python3 dev.py test -p no:cacheprovider ${PYTEST_ARGS:-}" 2>&1 | tee "$root/test.log"
status=${PIPESTATUS[0]}
set -e
[ "$status" = 0 ] || { echo "python3 dev.py test failed on the fresh system (exit $status)"; exit "$status"; }
grep -q "The virtual environment in .venv is incomplete" "$root/test.log" \
  || { echo "expected dev.py to say it repaired the half-made .venv"; exit 1; }

echo "== 3. root: python3 dev.py run --smoke-test"
out=$(in_root root 'cd /home/newcomer/nctask-desktop && python3 dev.py run --smoke-test' 2>&1)
echo "$out"
grep -q "^nctask-desktop .*platform=offscreen" <<<"$out" || { echo "no smoke-test line"; exit 1; }
echo "fresh Debian: the README's commands work"
