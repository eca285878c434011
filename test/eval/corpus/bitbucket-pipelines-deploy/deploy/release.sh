#!/usr/bin/env bash
set -euo pipefail

: "${HEROKU_API_KEY:?set HEROKU_API_KEY in the CircleCI context}" # tfl-eval-not: hardcoded-credential
export SENTRY_ORG=example
# tfl-eval-next-line: hardcoded-credential
export SENTRY_AUTH_TOKEN=sntrys_eyJpYXQiOjE3MzA3MjQ4MDAuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8iLCJyZWdpb25fdXJsIjoiaHR0cHM6Ly91cy5zZW50cnkuaW8iLCJvcmciOiJleGFtcGxlIn0_04UrGGt5pzelAtV152lPeTbT7bgH5014AbCdEf
npx @sentry/cli releases new "$CIRCLE_SHA1"
npx @sentry/cli releases finalize "$CIRCLE_SHA1"

curl -fsS -u "deploy:6Z32tN!MQ6KX#xDuU" https://releases.example.com/api/notify -d "sha=$CIRCLE_SHA1" # tfl-eval: hardcoded-credential
git push "https://heroku:${HEROKU_API_KEY}@git.heroku.com/example-api.git" HEAD:main # tfl-eval-not: hardcoded-credential
