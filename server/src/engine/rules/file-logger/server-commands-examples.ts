// Examples of the server-command log files (server-commands.ts), one set per file kind.
import type { Examples } from '../../rule';

export const procfileLogExamples: Examples = {
  invalid: [
    {
      name: "gunicorn's access log and celery's log sent to files by the processes that serve",
      path: 'Procfile',
      code: 'web: gunicorn invoicer.web:app --bind 0.0.0.0:$PORT --access-logfile ⟦/var/log/invoicer/access.log⟧\nworker: celery -A invoicer.tasks worker --logfile=⟦/var/log/invoicer/celery.log⟧\n',
      messageIncludes: ['Factor XI', 'process writes', 'log to a file (--'],
    },
  ],
  valid: [
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
      name: 'an exec-form CMD that points uwsgi at a log file',
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nCMD ["uwsgi", "--http", ":8000", "--module", "app:app", "--logto", "⟦/var/log/uwsgi.log⟧"]\n',
    },
  ],
  valid: [
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
  ],
};

export const shellLogExamples: Examples = {
  invalid: [
    {
      name: 'a docker-entrypoint.sh that execs gunicorn with an error log file',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\nexec gunicorn app:app --error-logfile ⟦logs/gunicorn.log⟧\n',
    },
  ],
  valid: [
    {
      name: 'a start script whose log file comes from the environment',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nexec gunicorn app:app --error-logfile "$ERROR_LOG"\n',
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
