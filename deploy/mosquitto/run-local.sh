#!/bin/sh
# Runs mosquitto with this folder's configuration and ACL on 127.0.0.1:PORT, for local tests and benchmarks.
# Only what a local run must change is changed: the listener port, the password file (made here, in DIR), the
# ACL path, the persistence folder and the user mosquitto runs as. Users:
#   dispatcher  password $DOORBELL_MQTT_PASSWORD          (may write alerts)
#   device      password $DOORBELL_FLEET_DEVICE_PASSWORD  (may read alerts, write doorbell/v1/device/<client id>/#)
# Usage: DOORBELL_MQTT_PASSWORD=... DOORBELL_FLEET_DEVICE_PASSWORD=... deploy/mosquitto/run-local.sh PORT [DIR]
set -eu
port=${1:?usage: run-local.sh PORT [DIR]}
dir=${2:-$(mktemp -d)}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir"
mosquitto_passwd -c -b "$dir/passwd" dispatcher "${DOORBELL_MQTT_PASSWORD:?set DOORBELL_MQTT_PASSWORD}"
mosquitto_passwd -b "$dir/passwd" device "${DOORBELL_FLEET_DEVICE_PASSWORD:?set DOORBELL_FLEET_DEVICE_PASSWORD}"
sed -e "s|^listener 1883 127.0.0.1.*|listener $port 127.0.0.1|" \
    -e "s|^password_file .*|password_file $dir/passwd|" \
    -e "s|^acl_file .*|acl_file $here/acl|" \
    -e "s|^persistence_location .*|persistence_location $dir/|" \
    "$here/mosquitto.conf" > "$dir/mosquitto.conf"
echo "user $(id -un)" >> "$dir/mosquitto.conf"
echo "mosquitto on 127.0.0.1:$port, configuration $dir/mosquitto.conf" >&2
exec mosquitto -c "$dir/mosquitto.conf"
