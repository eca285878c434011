// Entrypoint scripts and s6/runit run files (config-shell.ts): the last command must exec the app, also
// each role branch of a final if/case, the body of the function called last, and before trailing messages.
import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

/** The node layer's fact: a Dockerfile of the project starts these scripts as the container's process. */
const startedByImage = (...containerScripts: string[]): ScanOptions => ({ dependencies: { systemPackages: [], containerScripts } });

export const shellExamples: Examples = {
  valid: [
    {
      name: "a start script the image's CMD runs that execs the app, and one no Dockerfile runs (a Procfile may run it in its process group)",
      path: 'startup.prod.sh',
      code: '#!/usr/bin/env bash\nset -e\nnpm run migration:run\nexec npm run start:prod\n',
      options: startedByImage('startup.prod.sh'),
    },
    {
      name: 'an entrypoint that ends with exec "$@"',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\nif [ -f /certs/ca.pem ]; then update-ca-certificates; fi\nexec "$@"\n',
    },
    {
      name: 'an entrypoint that execs the server through gosu',
      path: 'docker/entrypoint.sh',
      code: '#!/bin/bash\npython manage.py check --deploy\nexec gosu app gunicorn shop.wsgi --bind 0.0.0.0:8000\n',
    },
    {
      name: 'a one-off job container (backup) and a developer start script run to their end',
      path: 'scripts/backup-entrypoint.sh',
      code: '#!/bin/sh\npg_dump "$DATABASE_URL" | gzip > /tmp/db.sql.gz\naws s3 cp /tmp/db.sql.gz "s3://$BUCKET/db.sql.gz"\n',
    },
    {
      name: 'a start script not named for an entrypoint (a Procfile may run it in its process group)',
      path: 'bin/start.sh',
      code: '#!/bin/sh\nnode scripts/render-config.js\nnode dist/server.js\n',
    },
    {
      name: 'processes in the background under a trap that forwards SIGTERM, then wait (daemonized-process reads the background)',
      path: 'entrypoint.sh',
      code: '#!/bin/sh\nnginx\nphp-fpm &\npid=$!\ntrap \'kill -TERM $pid\' TERM INT\nwait $pid\n',
    },
    {
      name: 'a background log tail and a wait-for loop before the app is exec-ed; a restart loop under a trap',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\ntail -F /var/log/app/*.log &\nuntil pg_isready -h "$DB_HOST"; do sleep 1; done\nexec node dist/server.js\n',
    },
    {
      name: 'an endless loop under a trap, and a loop that waits for the database (a condition, not a restart)',
      path: 'bin/docker-entrypoint',
      code: '#!/bin/bash\ntrap \'kill -TERM $child; exit 0\' TERM\nwhile true; do\n  node dist/server.js & child=$!\n  wait $child\ndone\n',
    },
    {
      name: 'a loop that waits for a condition ends the script: no app in it',
      path: 'scripts/wait-entrypoint.sh',
      code: '#!/bin/sh\nwhile ! nc -z "$DB_HOST" 5432; do\n  echo waiting\n  sleep 1\ndone\n',
    },
    {
      name: "the last command calls the script's own function, which execs the app; a script ending in a case block",
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nmain() {\n  exec tg-archive "$@"\n}\nmain "$@"\n',
    },
    {
      name: "a case whose catch-all arm runs a task: the `*)` arm is no role",
      path: 'entrypoint.sh',
      code: '#!/bin/sh\ncase "$1" in\n  web) exec gunicorn app:app ;;\n  *) run_task "$@" ;;\nesac\n',
    },
    {
      name: 'a block none of whose branches execs (a one-off check), and a role switch whose every branch execs',
      path: 'docker/healthcheck-entrypoint.sh',
      code: '#!/bin/sh\nif [ -n "$DJANGO_SETTINGS_MODULE" ]; then\n  python manage.py check --deploy\nelse\n  echo "not set" >&2\n  exit 1\nfi\n',
    },
    {
      name: 'every role execs its process; the function called last execs too',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nstart() {\n  echo "starting $1"\n  case "$1" in\n    web) exec gunicorn app:app ;;\n    worker)\n      exec celery -A app worker\n      ;;\n  esac\n}\nstart "$@"\n',
    },
    {
      name: 'nested command substitutions and a process substitution before an exec',
      path: 'entrypoint.sh',
      code: '#!/usr/bin/env bash\nAPP_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"\nexec > >(tee -i /tmp/entrypoint.log)\nNODE_OPTIONS="--max-old-space-size=$(( $(grep MemTotal /proc/meminfo | awk \'{print $2}\') / 2048 ))"\nexec node "$APP_HOME/server.js"\n',
    },
    {
      name: 'an s6 run file that execs',
      path: 'rootfs/etc/s6-overlay/s6-rc.d/web/run',
      code: '#!/command/with-contenv sh\ncd /app\nexec s6-setuidgid node node dist/server.js\n',
    },
  ],
  invalid: [
    {
      name: "a start script the image's CMD runs (nestjs-boilerplate's startup.relational.prod.sh): `npm run start:prod` last, without exec",
      path: 'startup.relational.prod.sh',
      code: '#!/usr/bin/env bash\nset -e\n/opt/wait-for-it.sh postgres:5432\nnpm run migration:run\n⟦npm run start:prod⟧\n',
      options: startedByImage('startup.relational.prod.sh'),
      messageIncludes: ['without `exec`'],
      output: '#!/usr/bin/env bash\nset -e\n/opt/wait-for-it.sh postgres:5432\nnpm run migration:run\nexec npm run start:prod\n',
    },
    {
      name: 'pipes inside command and process substitutions are no pipes of the script: its last command still runs without exec',
      path: 'docker-entrypoint.sh',
      code: '#!/usr/bin/env bash\nexec > >(tee -a /var/log/ledger/boot.log | logger -t ledger) 2>&1\nGIT_REV="$(cat REVISION | tr -d \'\\n\')"\nTAG="$(date -u +%Y%m%d)-$(echo "$GIT_REV" | cut -c1-7)"\n⟦gunicorn ledger.wsgi --bind "0.0.0.0:${PORT}"⟧\n',
    },
    {
      name: 'two processes in the background and a wait, no trap: one finding, the other process and the wait related',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\n⟦node dist/worker.js⟧ &\n⟪node dist/server.js⟫ &\n⟪wait -n⟫\n',
      messageIncludes: ['in the background and waits for it without a `trap`'],
    },
    {
      name: 'the app in the background, its pid waited on',
      path: 'scripts/entrypoint.sh',
      code: '#!/bin/bash\n⟦gunicorn app.wsgi:application --bind "0.0.0.0:$PORT"⟧ &\nAPP_PID=$!\n⟪wait "$APP_PID"⟫\n',
    },
    {
      name: 'a restart loop as the last command (a runit run file)',
      path: 'service/web/run',
      code: '#!/bin/sh\ncd /srv/app\nwhile true; do\n  ⟦node dist/server.js⟧\n  echo "server exited, restarting" >&2\n  sleep 1\ndone\n',
      messageIncludes: ["the supervisor's process", 'endless loop'],
    },
    {
      name: 'a restart loop whose crash handler is a { } group',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/bash\nnpm ci --omit=dev\nwhile true; do\n  ⟦node index.js⟧ || {\n    echo "crashed, restarting in 5s"\n    sleep 5\n  }\ndone\n',
    },
    {
      name: 'an entrypoint that renders config, then runs node without exec',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\nnode scripts/render-config.js > public/config.json\n⟦node dist/server.js⟧\n',
      messageIncludes: ['Factor IX', 'exec', 'SIGTERM'],
      fix: { kind: 'replace', title: 'Run the app with exec' },
      output: '#!/bin/sh\nset -e\nnode scripts/render-config.js > public/config.json\nexec node dist/server.js\n',
    },
    {
      name: 'an entrypoint that runs the CMD with "$@" and no exec',
      path: 'bin/docker-entrypoint',
      code: '#!/bin/sh\nexport JAVA_OPTS="$JAVA_OPTS -XX:MaxRAMPercentage=75"\n⟦"$@"⟧\n',
    },
    {
      name: 'a role switch: the web arm of a case runs puma without exec while the worker arm execs sidekiq',
      path: 'bin/docker-entrypoint',
      code: '#!/bin/bash -e\ncase "$1" in\n  web)\n    ⟦bundle exec puma -C config/puma.rb⟧\n    ;;\n  worker)\n    exec bundle exec sidekiq\n    ;;\n  *)\n    exec "$@"\n    ;;\nesac\n',
      output: '#!/bin/bash -e\ncase "$1" in\n  web)\n    exec bundle exec puma -C config/puma.rb\n    ;;\n  worker)\n    exec bundle exec sidekiq\n    ;;\n  *)\n    exec "$@"\n    ;;\nesac\n',
    },
    {
      name: 'an if/else by role whose web branch runs gunicorn without exec while the worker branch execs celery',
      path: 'docker/entrypoint.sh',
      code: '#!/bin/bash\nif [ "$ROLE" = "worker" ]; then\n  exec celery -A permits worker\nelse\n  ⟦gunicorn permits.wsgi:application --bind 0.0.0.0:8000⟧\nfi\n',
    },
    {
      name: 'a one-line case arm without exec beside one with it',
      path: 'entrypoint.sh',
      code: '#!/bin/sh\ncase "$ROLE" in\n  web) ⟦node dist/server.js⟧ ;;\n  worker) exec node dist/worker.js ;;\nesac\n',
    },
    {
      name: "the script's own function called last runs the app without exec",
      path: 'docker-entrypoint.sh',
      code: '#!/usr/bin/env bash\nmain() {\n  ./bin/wait-for-redis\n  ⟦node dist/server.js⟧\n}\nmain "$@"\n',
    },
    {
      name: 'a message printed after the server: the shell still waits for it',
      path: 'scripts/api-entrypoint.sh',
      code: '#!/bin/sh\nnode dist/render-config.js > dist/public/config.json\n⟦node dist/server.js --api-only⟧\necho "api exited with status $?"\n',
    },
    {
      name: 'an s6 run file whose last command is the app under s6-setuidgid',
      path: 'rootfs/etc/s6-overlay/s6-rc.d/web/run',
      code: '#!/command/with-contenv sh\ncd /app\n⟦s6-setuidgid node node dist/server.js⟧\n',
      messageIncludes: ["the supervisor's process"],
    },
  ],
};
