import { docsUrl, type Rule } from '../../rule';
import { configCheck } from './config';
import { serverConfigCheck } from './server-configs';

export const daemonizedProcess: Rule = {
  meta: {
    id: 'daemonized-process',
    factor: 'VIII',
    title: 'Process that daemonises or backgrounds itself',
    description:
      'Factor VIII (Concurrency) scales an app by running more processes of each type, managed by the ' +
      'platform (Kubernetes, Heroku, systemd, compose). A process that daemonises itself (`pm2 start`, ' +
      '`forever start`, `gunicorn --daemon`) or is put in the background with `&` escapes that manager: ' +
      'nothing restarts it when it crashes, its logs go nowhere, and the container\'s real process is a placeholder.',
    defaultSeverity: 'warning',
    hint: 'Run each process in the foreground (pm2-runtime, no --daemon flags, no `&`) and scale by running more of them.',
    docsUrl: docsUrl('daemonized-process'),
    reads: { ini: 'supervisord, uWSGI' },
    reach: 'deployed-app',
  },
  checks: [configCheck, serverConfigCheck],
};
