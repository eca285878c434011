#!/bin/bash
set -e

install_dependencies() {
  case "$PACKAGE_MANAGER" in
    yarn)
      yarn install --frozen-lockfile || { echo "install failed"; exit 1; }  # tfl-eval: runtime-build-step
      ;;
    npm) npm ci || { echo "install failed"; exit 1; } ;;  # a related location of the finding on yarn install: one start script, one finding
    pnpm|cnpm)
      echo "unsupported package manager: $PACKAGE_MANAGER"
      exit 1
      ;;
  esac
}

start_forum() {
  case "$PACKAGE_MANAGER" in
    yarn)
      exec yarn start --no-daemon
      ;;
    *)
      exec npm start -- --no-daemon
      ;;
  esac
}

install_dependencies
start_forum
