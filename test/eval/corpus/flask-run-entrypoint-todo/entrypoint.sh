#!/bin/sh
set -e
export FLASK_APP=todo
# tfl-eval-next-line: runtime-build-step
exec flask run --host 0.0.0.0 --port "${PORT:-5000}"
