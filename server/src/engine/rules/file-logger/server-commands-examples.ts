// Examples of the server-command log files (server-commands.ts), one set per file kind.
import type { Examples } from '../../rule';

export const procfileLogExamples: Examples = {
  invalid: [
    {
      name: "Tornado's `--log_file_prefix=` (or `--log-file-prefix=`) on the start command (probe30)",
      path: 'Procfile',
      code: 'web: python main.py --logging=info --log_file_prefix=⟦/var/log/quotes/web.log⟧\nworker: python worker.py --log-file-prefix=⟦logs/worker.log⟧\n',
      messageIncludes: ['Tornado', 'leave the option out'],
    },
    {
      name: "Spring Boot's log folder given to the jar as an application argument",
      path: 'Procfile',
      code: 'web: java -Dserver.port=$PORT -jar target/orders.jar --logging.file.path=⟦/var/log/orders⟧\n',
      messageIncludes: ['Spring Boot', 'logging.file.path'],
    },
    {
      name: "the shell sends the server's own output to a file: the platform never sees the stream",
      path: 'Procfile',
      code: 'web: bundle exec puma -C config/puma.rb > ⟦log/puma.log⟧ 2>&1\nclock: node dist/clock.js 2>>⟦logs/clock.err⟧\n',
      messageIncludes: ['Factor XI', 'sends the app\'s output to a file'],
    },
    {
      name: "gunicorn's access log and celery's log sent to files by the processes that serve",
      path: 'Procfile',
      code: 'web: gunicorn invoicer.web:app --bind 0.0.0.0:$PORT --access-logfile ⟦/var/log/invoicer/access.log⟧\nworker: celery -A invoicer.tasks worker --logfile=⟦/var/log/invoicer/celery.log⟧\n',
      messageIncludes: ['Factor XI', 'process writes', 'log to a file (--'],
    },
  ],
  valid: [
    {
      name: "output joined to stdout (2>&1), piped through tee (the stream flows on), discarded, or from the environment",
      path: 'Procfile',
      code: 'web: bundle exec puma -C config/puma.rb 2>&1\nworker: bundle exec sidekiq 2>&1 | tee -a log/sidekiq.log\nping: node ping.js > /dev/null\nclock: node clock.js >> "$CLOCK_LOG" 2>&1\nrelease: node dist/migrate.js > release.log\n',
    },
    {
      name: "foreman's development process file (Rails 7's bin/dev runs Procfile.dev)",
      path: 'Procfile.dev',
      code: 'web: bin/rails server -p 3000 > log/dev-server.log\ncss: bin/rails tailwindcss:watch\n',
    },
    {
      name: "gunicorn's logs on stdout (`-`), a log file from the environment, and a release process",
      path: 'Procfile',
      code: 'release: celery -A app.tasks purge -f /tmp/x.log\nweb: gunicorn app:app --access-logfile - --error-logfile -\nworker: celery -A app.tasks worker --logfile=$CELERY_LOG\n',
    },
  ],
};

export const dockerfileLogExamples: Examples = {
  invalid: [
    {
      name: "Spring Boot's log file set on the JVM command line, as a system property",
      path: 'Dockerfile',
      code: 'FROM eclipse-temurin:21-jre\nENTRYPOINT ["java", "-Dlogging.file.name=⟦/var/log/orders/orders.log⟧", "-jar", "/app/orders.jar"]\n',
      messageIncludes: ['Spring Boot', 'logging.file.name'],
    },
    {
      name: "pm2-runtime told to write the app's stdout and stderr to files",
      path: 'Dockerfile',
      code: 'FROM node:20-alpine\nCMD ["pm2-runtime", "start", "dist/server.js", "-o", "⟦/var/log/app/out.log⟧", "-e", "⟦/var/log/app/err.log⟧"]\n',
      messageIncludes: ["pm2-runtime's log"],
    },
    {
      name: 'a shell-form CMD that redirects the app to a file',
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nCMD exec uvicorn app.main:app --host 0.0.0.0 >> ⟦/var/log/app.log⟧ 2>&1\n',
    },
    {
      name: 'an exec-form CMD that points uwsgi at a log file',
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nCMD ["uwsgi", "--http", ":8000", "--module", "app:app", "--logto", "⟦/var/log/uwsgi.log⟧"]\n',
    },
  ],
  valid: [
    {
      name: "Spring Boot's log file left to the environment, its level and logback config on the command line",
      path: 'Dockerfile',
      code: 'FROM eclipse-temurin:21-jre\nENTRYPOINT ["java", "-Dlogging.file.name=${LOG_FILE}", "-Dlogging.level.root=INFO", "-Dlogging.config=classpath:logback-spring.xml", "-jar", "/app/orders.jar"]\n',
    },
    {
      name: 'pm2-runtime on the standard streams; a build step writing a file',
      path: 'Dockerfile',
      code: 'FROM node:20-alpine\nRUN npm run build > build.log\nCMD ["pm2-runtime", "start", "dist/server.js", "--output", "/dev/stdout", "--error", "/dev/stderr"]\n',
    },
    {
      name: 'hypercorn logging to stdout and stderr',
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nCMD ["hypercorn", "app:app", "--access-logfile", "-", "--error-logfile", "/dev/stderr"]\n',
    },
  ],
};

export const composeLogExamples: Examples = {
  invalid: [
    {
      name: "puma's --redirect-stdout and --redirect-stderr",
      path: 'docker-compose.yml',
      code: 'services:\n  web:\n    build: .\n    command: bundle exec puma -C config/puma.rb --redirect-stdout ⟦log/puma.out⟧ --redirect-stderr ⟦log/puma.err⟧\n',
    },
    {
      name: "forever's own log, the child's stdout and stderr (-l/-o/-e), -a for append written in one word with them (probe22b R)",
      path: 'start.sh',
      code: '#!/bin/bash\nexport NODE_ENV=production\n./node_modules/forever/bin/forever start -al ⟦forever.log⟧ -ao ⟦out.log⟧ -e ⟦err.log⟧ server.js\n',
      messageIncludes: ['leave the options out'],
    },
    {
      name: "Sidekiq < 6's -L and --logfile, thin's -l, resque-pool's --stdout/--stderr",
      path: 'docker-compose.yml',
      code: 'services:\n  worker:\n    build: .\n    command: bundle exec sidekiq -L ⟦log/sidekiq.log⟧ -C config/sidekiq.yml\n  digest:\n    build: .\n    command: bundle exec sidekiq --logfile ⟦/app/log/digest.log⟧ -q digests\n  web:\n    build: .\n    command: bundle exec thin start -p 3000 -l ⟦log/thin.log⟧\n  pool:\n    build: .\n    command: bundle exec resque-pool -E production --stdout ⟦log/pool.out⟧ --stderr ⟦log/pool.err⟧\n',
      messageIncludes: ['leave the option out'],
    },
    {
      name: "Passenger Standalone's --log-file",
      path: 'docker-compose.yml',
      code: 'services:\n  web:\n    build: .\n    command: bundle exec passenger start --port 3000 --log-file ⟦/var/log/almanac/passenger.log⟧\n',
      messageIncludes: ['point it at /dev/stdout'],
    },
    {
      name: "a compose service running daphne with its access log in a file",
      path: 'docker-compose.yml',
      code: 'services:\n  web:\n    build: .\n    command: daphne -b 0.0.0.0 -p 8000 --access-log ⟦/srv/logs/access.log⟧ project.asgi:application\n',
    },
  ],
  valid: [
    {
      name: 'a compose service running gunicorn with its logs on stdout',
      path: 'docker-compose.yml',
      code: 'services:\n  web:\n    build: .\n    command: gunicorn app:app --access-logfile - --error-logfile -\n',
    },
    {
      name: "forever without log flags, stopping the daemon, and `-l` of another command after it",
      path: 'bin/run.sh',
      code: '#!/bin/bash\nforever stop server.js\nexec forever -m 5 server.js\n',
    },
    {
      name: "Ruby's servers on the standard streams: sidekiq -L /dev/stdout, thin --log /dev/stdout, passenger --log-file /dev/stdout, resque-pool's -E (its environment)",
      path: 'docker-compose.yml',
      code: 'services:\n  worker:\n    build: .\n    command: bundle exec sidekiq -L /dev/stdout\n  web:\n    build: .\n    command: bundle exec thin start --log /dev/stdout -p 3000\n  app:\n    build: .\n    command: passenger start --log-file /dev/stdout\n  pool:\n    build: .\n    command: bundle exec resque-pool -E production -c config/resque-pool.yml\n',
    },
  ],
};

export const shellLogExamples: Examples = {
  invalid: [
    {
      name: "an entrypoint that sends the rest of its output, the app's included, to a file before handing over",
      path: 'bin/docker-entrypoint',
      code: '#!/bin/bash -e\nexec >>⟦/var/log/almanac/container.log⟧ 2>&1\nruby bin/check-env\nexec "${@}"\n',
    },
    {
      name: 'the process the script hands over to, redirected to a file',
      path: 'docker/entrypoint.sh',
      code: '#!/bin/sh\nset -eu\n/app/tollgate config validate > /tmp/validate.txt\nexec /app/tollgate serve --addr ":${PORT}" >>⟦/var/log/tollgate/server.log⟧ 2>&1\n',
    },
    {
      name: 'a docker-entrypoint.sh that execs gunicorn with an error log file',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\nexec gunicorn app:app --error-logfile ⟦logs/gunicorn.log⟧\n',
    },
    {
      name: "a process substitution whose tee hands the stream to syslog, not on to stdout: the file and syslog get the app's output",
      path: 'docker-entrypoint.sh',
      code: '#!/usr/bin/env bash\nset -euo pipefail\nexec > >(tee -a ⟦/var/log/ledger/boot.log⟧ | logger -t ledger) 2>&1\nREV="$(cat /srv/REVISION | tr -d \'\\n\')"\nexec gunicorn ledger.wsgi\n',
    },
    {
      name: "the same with tee's own output thrown away",
      path: 'entrypoint.sh',
      code: '#!/bin/bash\nexec node server.js > >(tee ⟦/var/log/app.log⟧ > /dev/null) 2>&1\n',
    },
    {
      name: 'a VM start script named runserver.sh, read by what it does: gunicorn left running with nohup and a log file (probe25: SensorIoT)',
      path: 'runserver.sh',
      code: '#!/bin/sh\nnohup pipenv run gunicorn --timeout 120 --log-file ⟦gunicorn.log⟧ -w 4 -b 0.0.0.0:5050 server:app &\n',
    },
  ],
  valid: [
    {
      name: "a set-up step's output kept in a file, a message appended to one, the app on stdout and stderr",
      path: 'docker/entrypoint.sh',
      code: '#!/bin/bash\nset -eu\n/app/tollgate config validate > /tmp/validate.txt\necho "booting" >> /tmp/boot.txt\nexec > >(tee -a /var/log/tollgate/boot.log) 2>&1\nexec /app/tollgate serve --addr ":${PORT}" 2>&1\n',
    },
    {
      name: 'scripts that start no server: a one-off export with nohup and a log file, a build in the background',
      path: 'bin/nightly_export.sh',
      code: '#!/bin/sh\nnohup python export_notes.py --out exports/ > export.log 2>&1 &\nnpm run build &\nwait\n',
    },
    {
      name: 'a start script whose log file comes from the environment',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nexec gunicorn app:app --error-logfile "$ERROR_LOG"\n',
    },
    {
      name: 'tee in a process substitution writes the stream on to stdout: the app\'s own command, nested substitutions, syslog alone',
      path: 'entrypoint.sh',
      code: '#!/usr/bin/env bash\nAPP_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"\nexec 1> >(logger -s -t app) 2>&1\nexec node "$APP_HOME/server.js" > >(tee -a /tmp/node.log) 2>&1\n',
    },
  ],
};

export const uwsgiIniExamples: Examples = {
  invalid: [
    {
      name: "uwsgi's ini sending the log to a file",
      path: 'deploy/uwsgi.ini',
      code: '[uwsgi]\nmodule = app:app\nmaster = true\nlogto = ⟦/var/log/app/uwsgi.log⟧\n',
      messageIncludes: ["uwsgi's `logto` writes the log to a file"],
    },
  ],
  valid: [
    {
      name: 'a logto in another section, and uwsgi logging to stdout by default',
      path: 'deploy/uwsgi.ini',
      code: '[uwsgi]\nmodule = app:app\n\n[notes]\nlogto = /var/log/old.log\n',
    },
  ],
};

/** Start commands of process managers and platforms: a supervisord program, a fly.toml process, railway.json. */
export const managedStartLogExamples: Examples = {
  invalid: [
    {
      name: "a supervisord program whose celery writes its own log file (supervisord's stdout capture is left alone)",
      path: 'deploy/supervisord.conf',
      code: '[program:worker]\ncommand=celery -A ledger.celery worker --logfile=⟦/var/log/ledger/celery-worker.log⟧\nstdout_logfile=/dev/stdout\n',
      messageIncludes: ['the "worker" program writes celery\'s log to a file'],
    },
  ],
  valid: [
    {
      name: 'a supervisord program logging to stdout, and a release program',
      path: 'deploy/supervisord.conf',
      code: '[program:web]\ncommand=gunicorn ledger:app --access-logfile - --error-logfile -\nstdout_logfile=/dev/stdout\nstdout_logfile_maxbytes=0\n\n[program:release]\ncommand=celery -A ledger purge -f /tmp/purge.log\n',
    },
  ],
};

export const platformStartLogExamples: Examples = {
  invalid: [
    {
      name: 'a fly.toml worker process whose celery writes to a volume',
      path: 'fly.toml',
      code: '[processes]\n  app = "gunicorn mailroom.wsgi --access-logfile -"\n  worker = "celery -A mailroom worker --logfile ⟦/data/logs/celery.log⟧"\n',
    },
  ],
  valid: [
    { name: 'a release command is no start command', path: 'fly.toml', code: '[deploy]\n  release_command = "celery -A mailroom purge --logfile /data/purge.log"\n' },
  ],
};

export const railwayStartLogExamples: Examples = {
  invalid: [
    {
      name: "railway.json's start command sending gunicorn's access log to a file",
      path: 'railway.json',
      code: '{\n  "deploy": {\n    "startCommand": "gunicorn mailroom.wsgi --bind 0.0.0.0:$PORT --access-logfile ⟦/app/logs/access.log⟧ --error-logfile -"\n  }\n}\n',
    },
  ],
  valid: [],
};

export const nomadStartLogExamples: Examples = {
  invalid: [
    {
      name: "a Nomad task's celery args naming a log file",
      path: 'deploy/worker.nomad.hcl',
      code: 'job "mailroom" {\n  group "worker" {\n    task "celery" {\n      driver = "docker"\n      config {\n        image   = "ghcr.io/acme/mailroom:1.4"\n        command = "celery"\n        args    = ["-A", "mailroom", "worker", "--logfile", "⟦/alloc/data/celery.log⟧"]\n      }\n    }\n  }\n}\n',
    },
  ],
  valid: [
    {
      name: 'a batch job is a one-off',
      path: 'deploy/purge.nomad.hcl',
      code: 'job "purge" {\n  type = "batch"\n  group "purge" {\n    task "purge" {\n      driver = "docker"\n      config {\n        image = "ghcr.io/acme/mailroom:1.4"\n        command = "celery"\n        args = ["-A", "mailroom", "purge", "--logfile", "/alloc/data/purge.log"]\n      }\n    }\n  }\n}\n',
    },
  ],
};
