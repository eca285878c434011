#!/usr/bin/env bash
set -euo pipefail

if [ -z "${APP_KEY:-}" ]; then
  echo "APP_KEY is not set; generating one for this container" >&2
  php artisan key:generate # tfl-eval-not: per-process-secret
fi

php artisan jwt:secret --force # tfl-eval: per-process-secret
php artisan storage:link || true
exec php artisan octane:start --host=0.0.0.0 --port="${PORT:-8000}"
