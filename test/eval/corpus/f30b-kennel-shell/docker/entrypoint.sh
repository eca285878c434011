#!/bin/sh
set -e
export DB_NAME="${DB_NAME:-kennel}"
export DB_USER="${DB_USER:-kennel}"
export DB_PASSWORD="${DB_PASSWORD:-kennel_password}" # tfl-eval-not: hardcoded-credential
export SESSION_SECRET="${SESSION_SECRET:-Iw8_-cpQRZ06hyAm4orx3gRK}" # tfl-eval: hardcoded-credential
exec node server.js
