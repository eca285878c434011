#!/bin/bash
set -e

CONFIG_DIR="${CONFIG_DIR:-/opt/config}"
CONFIG="$CONFIG_DIR/config.json"

upgrade_if_changed() {
  local package_hash
  package_hash=$(md5sum package.json | head -c 32)
  if [ "$package_hash" != "$(cat "$CONFIG_DIR/install_hash.md5" 2>/dev/null || true)" ]; then
    echo "package.json changed, upgrading..."
    /usr/src/app/forum upgrade --config="$CONFIG" # tfl-eval: startup-migration
    echo -n "$package_hash" > "$CONFIG_DIR/install_hash.md5"
  fi
}

upgrade_if_changed
exec /usr/src/app/forum start --config="$CONFIG"
