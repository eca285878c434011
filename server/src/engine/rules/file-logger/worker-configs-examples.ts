// Examples of worker-configs.ts: Sidekiq's YAML, PHP-FPM pools, systemd units.
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
      name: "a systemd unit whose ExecStart tells celery to log to a file",
      path: 'deploy/systemd/worker.service',
      code: `[Unit]\nDescription=worker\n\n[Service]\nExecStart=/srv/app/venv/bin/celery -A app.tasks worker --loglevel=INFO --logfile=⟦/var/log/app/worker.log⟧\nRestart=always\n`,
      messageIncludes: ['Factor XI', 'celery'],
    },
  ],
  valid: [
    {
      name: 'gunicorn logging to stdout under systemd (the journal collects it)',
      path: 'deploy/systemd/web.service',
      code: `[Service]\nExecStart=/srv/app/venv/bin/gunicorn app:app --access-logfile - --error-logfile -\n`,
    },
  ],
};
