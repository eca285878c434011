// Examples of worker-configs.ts: Sidekiq's YAML, PHP-FPM pools, systemd units, pm2 process files.
import type { Examples } from '../../rule';

export const sidekiqYamlExamples: Examples = {
  invalid: [
    {
      name: "Sidekiq's :logfile:, at the top and under an environment",
      path: 'config/sidekiq.yml',
      code: `---\n:concurrency: 10\n:logfile: ⟦./log/sidekiq.log⟧\nproduction:\n  :logfile: ⟦/var/log/app/sidekiq.log⟧\n`,
      messageIncludes: ['Factor XI', 'Sidekiq'],
    },
  ],
  valid: [
    { name: 'a Sidekiq config without a log file', path: 'config/sidekiq.yml', code: `---\n:concurrency: 5\n:queues:\n  - default\n` },
    { name: 'a logfile key in a file that is not Sidekiq\'s', path: 'config/reports.yml', code: `logfile: reports/out.log\n` },
  ],
};

export const fpmIniExamples: Examples = {
  invalid: [
    {
      name: "a PHP-FPM pool's error and access logs in files",
      path: 'docker/php/www.conf',
      code: `[www]\nlisten = 9000\npm = dynamic\nphp_admin_value[error_log] = ⟦/var/log/php/fpm-www-error.log⟧\naccess.log = ⟦/var/log/php/fpm-access.log⟧\n`,
      messageIncludes: ['Factor XI', 'PHP-FPM'],
    },
  ],
  valid: [
    {
      name: "the official image's pool: logs on the container's stderr",
      path: 'docker/php/zz-docker.conf',
      code: `[global]\nerror_log = /proc/self/fd/2\n\n[www]\nlisten = 9000\naccess.log = /proc/self/fd/2\nphp_admin_value[error_log] = /dev/stderr\ncatch_workers_output = yes\n`,
    },
    { name: 'a pool-like key outside an FPM config', path: 'tools/report.ini', code: `[report]\naccess.log = out/access.log\n` },
  ],
};

export const systemdUnitExamples: Examples = {
  invalid: [
    {
      name: "a systemd unit that appends the service's output to a file, and one that writes its stdout to one",
      path: 'deploy/systemd/tollgate.service',
      code: `[Service]\nExecStart=/usr/local/bin/tollgate serve\nStandardOutput=⟦append:/var/log/tollgate/access.log⟧\nStandardError=⟦file:/var/log/tollgate/error.log⟧\n`,
      messageIncludes: ["systemd's `Standard", "output to a file"],
    },
    {
      name: "a systemd unit whose ExecStart tells celery to log to a file",
      path: 'deploy/systemd/worker.service',
      code: `[Unit]\nDescription=worker\n\n[Service]\nExecStart=/srv/app/venv/bin/celery -A app.tasks worker --loglevel=INFO --logfile=⟦/var/log/app/worker.log⟧\nRestart=always\n`,
      messageIncludes: ['Factor XI', 'celery'],
    },
  ],
  valid: [
    {
      name: 'output to the journal, inherited, or discarded',
      path: 'deploy/systemd/exporter.service',
      code: `[Service]\nExecStart=/usr/local/bin/tollgate exporter\nStandardOutput=journal\nStandardError=inherit\n`,
    },
    {
      name: 'gunicorn logging to stdout under systemd (the journal collects it)',
      path: 'deploy/systemd/web.service',
      code: `[Service]\nExecStart=/srv/app/venv/bin/gunicorn app:app --access-logfile - --error-logfile -\n`,
    },
  ],
};

export const pm2ScriptExamples: Examples = {
  invalid: [
    {
      name: "pm2's aliases of out_file and error_file (output, error)",
      path: 'ecosystem.config.js',
      code: `module.exports = {\n  apps: [{ name: 'courier', script: 'dist/server.js', output: ⟦'./logs/out.log'⟧, error: ⟦'./logs/error.log'⟧ }],\n};\n`,
    },
    {
      name: "pm2's ecosystem.config.js: an app's out_file and error_file paths, and another app's combined log_file",
      path: 'ecosystem.config.js',
      code: `module.exports = {\n  apps: [\n    {\n      name: 'api',\n      script: 'src/server.js',\n      out_file: ⟦'/var/log/api/out.log'⟧,\n      error_file: ⟦'/var/log/api/error.log'⟧,\n      merge_logs: true,\n    },\n    { name: 'digest', script: 'src/digest.js', log_file: ⟦'./logs/digest.log'⟧ },\n  ],\n};\n`,
      messageIncludes: ["pm2's", 'to a log file'],
    },
    {
      name: "pm2 log paths written as template strings the app fills (a date, its own folder)",
      path: 'ecosystem.config.js',
      code: "const day = new Date().toISOString().slice(0, 10);\nmodule.exports = {\n  apps: [{ name: 'board', script: 'app.js', error_file: ⟦`./logs/${day}/err.log`⟧, out_file: ⟦`${__dirname}/logs/${day}/out.log`⟧ }],\n};\n",
      messageIncludes: ["pm2's", 'to a log file'],
    },
  ],
  valid: [
    {
      name: "pm2's aliases on the standard streams, and the same words in an entry that runs no script",
      path: 'ecosystem.config.js',
      code: `module.exports = {\n  apps: [{ name: 'tracker', script: 'dist/tracker.js', out: '/dev/stdout', err: '/dev/stderr' }],\n  hooks: [{ output: 'reports/out.txt', error: 'reports/error.txt' }],\n};\n`,
    },
    {
      name: 'pm2 told to the null device and a standard stream, a directory the environment decides, a pid file',
      path: 'ecosystem.config.cjs',
      code: "module.exports = {\n  apps: [\n    { name: 'mailer', script: 'mailer.js', out_file: '/dev/null', error_file: '/dev/stderr', pid_file: 'tmp/mailer.pid' },\n    { name: 'sla', script: 'sla.js', out_file: `${process.env.LOG_DIR}/sla.log`, error_file: `/dev/stderr` },\n  ],\n};\n",
    },
    {
      name: 'not a pm2 process file: an export job that writes its output to a file',
      path: 'src/jobs/export.config.js',
      code: "module.exports = {\n  apps: [{ script: 'export.js', out_file: '/srv/exports/latest.csv' }],\n};\n",
    },
  ],
};

export const pm2TreeExamples: Examples = {
  invalid: [
    {
      name: "pm2's process.yml: an app's out_file",
      path: 'deploy/process.yml',
      code: `apps:\n  - script: dist/main.js\n    name: reports-api\n    out_file: ⟦/srv/reports/logs/out.log⟧\n    error_file: /dev/stderr\n`,
    },
    {
      name: "pm2's ecosystem.json: an app's error_file",
      path: 'deploy/ecosystem.json',
      code: `{\n  "apps": [\n    { "name": "api", "script": "dist/main.js", "error_file": ⟦"/var/log/reports/error.log"⟧, "out_file": "/proc/self/fd/1" }\n  ]\n}\n`,
    },
  ],
  valid: [
    {
      name: 'node-config settings that happen to use the same key names',
      path: 'config/default.json',
      code: `{\n  "export": { "out_file": "/srv/reports/exports/latest.csv", "error_file": "/srv/reports/exports/rejected.csv" }\n}\n`,
    },
    {
      name: 'a process file whose entries run no script',
      path: 'process.json',
      code: `{\n  "apps": [{ "name": "docs", "out_file": "/var/log/docs.log" }]\n}\n`,
    },
  ],
};

export const supervisorLogExamples: Examples = {
  invalid: [
    {
      name: "a supervisord program's stdout and stderr written to files: one finding for the program, its other stream related; another program its own",
      path: 'docker/supervisord.conf',
      code: `[supervisord]\nnodaemon=true\nlogfile=/var/log/supervisor/supervisord.log\n\n[program:web]\ncommand=gunicorn clinic.wsgi --bind 0.0.0.0:8000\nstdout_logfile=⟦/var/log/supervisor/web.log⟧\nstderr_logfile=⟪/var/log/supervisor/%(program_name)s-error.log⟫\n\n[program:worker]\ncommand=celery -A clinic worker\nstdout_logfile=⟦/var/log/supervisor/worker.log⟧\n`,
      messageIncludes: ["supervisord's `stdout_logfile`", ' program\'s output to a file'],
    },
    {
      name: "a program conf kept under docker/ (copied into the image's supervisor.d): the container's stream stays empty",
      path: 'docker/supervisor/conf.d/mailer.conf',
      code: `[program:mailer]\ncommand=node /app/dist/mailer.js\nstdout_logfile=⟦/var/log/mailer/out.log⟧\nstderr_logfile=⟪/var/log/mailer/err.log⟫\n`,
    },
  ],
  valid: [
    {
      name: "a host's supervisord program (conf.d, no nodaemon): supervisord is the execution environment that captures and routes the stream",
      path: 'confs/supervisor_api_users.conf',
      code: `[group:api_users]\nprograms=gunicorn_api_users\n\n[program:gunicorn_api_users]\ncommand=/home/api/venv/bin/gunicorn application:app\nuser=api\nstdout_logfile=/home/api/logs/supervisor/access.log\nstderr_logfile=/home/api/logs/supervisor/error.log\nautorestart=true\n`,
    },
    {
      name: "a host's supervisord.conf that daemonizes (nodaemon unset), with a program's log file",
      path: 'deploy/supervisor/bookshop.conf',
      code: `[supervisord]\nlogfile=/var/log/supervisord.log\n\n[program:bookshop]\ncommand=/srv/bookshop/venv/bin/gunicorn bookshop.wsgi\nredirect_stderr=true\nstdout_logfile=/var/log/bookshop/gunicorn.log\n`,
    },
    {
      name: "programs on the container's streams, one from the environment, an admin program; supervisord's own log",
      path: 'docker/supervisord.conf',
      code: `[supervisord]\nlogfile=/var/log/supervisord.log\nchildlogdir=/var/log/supervisor\n\n[program:worker]\ncommand=celery -A clinic worker\nstdout_logfile=/dev/stdout\nstdout_logfile_maxbytes=0\nstderr_logfile=/dev/fd/2\n\n[program:beat]\ncommand=celery -A clinic beat\nstdout_logfile=%(ENV_LOG_DIR)s/beat.log\n\n[program:migrate]\ncommand=python manage.py migrate\nstdout_logfile=/var/log/migrate.log\n\n[program:flower]\ncommand=celery -A clinic flower\nstdout_logfile=NONE\nstderr_logfile=AUTO\n`,
    },
  ],
};
