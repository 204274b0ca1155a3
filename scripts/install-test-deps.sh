#!/usr/bin/env bash
# Installs what the tests use, from Debian's packages, only when something is missing.
#   ffmpeg/ffprobe  host camera, clip validation      mosquitto  the real broker of the integration tests
#   chromium        the browser of the setup-page tests (driven by Playwright)
#   libgtk-3-0      what the native runtime of OpenCvSharp (MOG2 in motion-eval) links against
set -euo pipefail
packages=(ffmpeg mosquitto mosquitto-clients chromium libgtk-3-0)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "== installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
