#!/usr/bin/env bash
# Extracts the example videos (vtest.avi, tree.avi) of Debian's opencv-doc package into DIR.
set -euo pipefail
dir=${1:?usage: fetch-footage.sh DIR}
mkdir -p "$dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
(cd "$work" && apt-get download opencv-doc >/dev/null 2>&1) || { $sudo apt-get update -qq && (cd "$work" && apt-get download opencv-doc >/dev/null); }
dpkg-deb --fsys-tarfile "$work"/opencv-doc_*.deb \
  | tar -x -C "$work" --wildcards '*/examples/data/vtest.avi' '*/examples/data/tree.avi'
find "$work" -name '*.avi' -exec cp {} "$dir"/ \;
ls "$dir"/vtest.avi >/dev/null
