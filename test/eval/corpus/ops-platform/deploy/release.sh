#!/usr/bin/env bash
set -euo pipefail

: "${DEPLOY_TOKEN:?DEPLOY_TOKEN must be set}"
export SENTRY_ORG=acme
export SENTRY_AUTH_TOKEN=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 # tfl-eval: hardcoded-credential
curl -fsS -H "Authorization: Bearer ${DEPLOY_TOKEN}" https://deploy.acme.dev/api/releases
mysqldump -u backup -pTr0ub4dor!729pf platform > /backups/platform.sql # tfl-eval: hardcoded-credential
