#!/usr/bin/env bash
# Installs the system tools the tests need: Debian's Chromium (browser tests), xmllint (SCORM
# manifest validation), and for the screen-reader suite Orca, a virtual X server (Xvfb), xdotool
# and a D-Bus session with the AT-SPI accessibility bus. Test tools cannot download browsers here.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v orca >/dev/null 2>&1 || missing+=(orca)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v xdotool >/dev/null 2>&1 || missing+=(xdotool)
[ -x /usr/libexec/at-spi-bus-launcher ] || missing+=(at-spi2-core)
command -v dbus-run-session >/dev/null 2>&1 || missing+=(dbus)
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-test-deps: chromium, xmllint, orca, Xvfb, xdotool, AT-SPI and D-Bus are present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-test-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
