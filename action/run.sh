#!/usr/bin/env bash
# The shell steps of action.yml, kept here so they run (and are tested) outside GitHub too.
#
#   run.sh audit   runs the CLI on the checkout, writes SARIF, records the exit code and the number
#                  of findings as step outputs; fails the step only on a usage or config error (2),
#                  so the SARIF upload that follows still runs when there are findings.
#   run.sh gate    fails the job when the audit found something at or above --fail-on.
#
# Inputs come as environment variables (set by action.yml): TFL_PATHS, TFL_FAIL_ON, TFL_SARIF,
# TFL_CONFIG, TFL_VERSION, TFL_EXIT_CODE (gate). TWELVE_FACTOR_CLI, when set, is the CLI to run
# (a built dist/cli.js, for tests); otherwise the npm package of TFL_VERSION, by default the
# version of this action's own package.json.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

cli() {
  if [ -n "${TWELVE_FACTOR_CLI:-}" ]; then
    node "$TWELVE_FACTOR_CLI" "$@"
  else
    local version="${TFL_VERSION:-}"
    [ -n "$version" ] || version="$(node -p "require('$here/../package.json').version")"
    npx --yes "twelve-factor-lint@$version" "$@"
  fi
}

output() {
  if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "$1=$2" >>"$GITHUB_OUTPUT"; fi
}

audit() {
  local sarif="${TFL_SARIF:-twelve-factor.sarif}"
  local args=(audit)
  # Paths are split on whitespace, as a workflow's `paths: src config` reads.
  read -r -a paths <<<"${TFL_PATHS:-.}"
  args+=("${paths[@]}" --format sarif --output "$sarif")
  [ -z "${TFL_FAIL_ON:-}" ] || args+=(--fail-on "$TFL_FAIL_ON")
  [ -z "${TFL_CONFIG:-}" ] || args+=(--config "$TFL_CONFIG")

  local code=0
  cli "${args[@]}" || code=$?
  output exit-code "$code"
  output sarif-file "$sarif"
  if [ "$code" -ge 2 ]; then
    echo "::error title=Twelve-Factor Lint::the audit could not run (exit $code): see the message above"
    exit "$code"
  fi
  local findings
  findings="$(node -e 'const fs = require("fs"); console.log(JSON.parse(fs.readFileSync(process.argv[1], "utf8")).runs[0].results.length)' "$sarif")"
  output findings "$findings"
  echo "Twelve-Factor Lint: $findings finding(s); SARIF written to $sarif"
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    echo "**Twelve-Factor Lint**: $findings finding(s) (exit code $code; \`--fail-on ${TFL_FAIL_ON:-config default}\`)." >>"$GITHUB_STEP_SUMMARY"
  fi
}

gate() {
  case "${TFL_EXIT_CODE:-}" in
    0) echo "Twelve-Factor Lint: nothing at or above the failing severity." ;;
    1)
      echo "::error title=Twelve-Factor Lint::findings at or above --fail-on ${TFL_FAIL_ON:-error}; see the code scanning alerts or the SARIF file"
      exit 1
      ;;
    *)
      echo "::error title=Twelve-Factor Lint::the audit did not run (exit code '${TFL_EXIT_CODE:-}')"
      exit 2
      ;;
  esac
}

case "${1:-}" in
  audit) audit ;;
  gate) gate ;;
  *)
    echo "usage: run.sh audit|gate" >&2
    exit 2
    ;;
esac
