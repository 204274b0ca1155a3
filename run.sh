#!/usr/bin/env bash
# Runs the doorbell firmware on this Linux host: embedded MQTT broker, sample street footage as the camera,
# setup page on http://127.0.0.1:8080/. Extra arguments go to the firmware (see: ./run.sh --help).
set -euo pipefail
cd "$(dirname "$0")"

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if ! command -v ffmpeg >/dev/null; then
  echo "== installing ffmpeg (the host camera decodes video with it)"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends ffmpeg >/dev/null
fi

camera=synthetic
footage=.cache/footage/vtest.avi
if [ ! -f "$footage" ]; then
  echo "== fetching sample footage (vtest.avi from Debian's opencv-doc package)"
  scripts/fetch-footage.sh .cache/footage || echo "   not available; using the synthetic scene instead"
fi
[ -f "$footage" ] && camera=$footage

exec dotnet run --project firmware/Doorbell.Host -c Release -- --camera "$camera" "$@"
