// Commands that detach from the process that started them: process managers' daemon modes,
// servers' daemonize flags, init-system services. Reads words with quotes removed, after
// wrappers (`npx`, `env X=1`, `bundle exec`).
import { baseCommand, effectiveWords } from '../../commands/words';

/** A file without any of these cannot daemonise anything. */
export const DAEMON_KEYWORDS: readonly string[] = [
  '&', 'pm2', 'forever', 'service', 'systemctl', 'daemon', 'start-stop-daemon', '-d', 'multi', 'detach', 'fork', 'apachectl', 'apache2ctl',
  'delayed_job', 'nginx',
];

export interface Daemonizing {
  /** What daemonises, named from our vocabulary only: `pm2 start`, `gunicorn --daemon`. */
  name: string;
  /** The foreground alternative. */
  instead: string;
  /**
   * Daemonises only by its default (bare `nginx`): reported when other commands follow it. As the script's last
   * command it must run in the foreground (the image's nginx.conf says `daemon off;`), or the container would exit.
   */
  byDefault?: true;
  /** Index in the command's words of the word a fix rewrites, and how. */
  fix?: { word: number; action: 'replace'; text: string } | { word: number; action: 'remove' };
}

type Detector = (words: readonly string[], offset: number) => Daemonizing | undefined;

const flagIndex = (words: readonly string[], flags: readonly string[]) => words.findIndex((word, i) => i > 0 && flags.includes(word));

const DETECTORS: Readonly<Record<string, Detector>> = {
  pm2: (words, offset) =>
    ['start', 'restart', 'reload', 'resurrect'].includes(words[1] ?? '') && !words.includes('--no-daemon')
      ? { name: `pm2 ${words[1]}`, instead: 'pm2-runtime, which stays in the foreground', fix: { word: offset, action: 'replace', text: 'pm2-runtime' } }
      : undefined,
  forever: (words, offset) =>
    words[1] === 'start' || words[1] === 'restart'
      ? { name: `forever ${words[1]}`, instead: 'the app run directly (`node server.js`) or `forever` without `start`', fix: { word: offset + 1, action: 'remove' } }
      : undefined,
  service: (words) => (['start', 'restart'].includes(words[2] ?? '') ? { name: 'service … start', instead: 'the server run in the foreground as the container\'s own process' } : undefined),
  systemctl: (words) => (['start', 'restart'].includes(words[1] ?? '') ? { name: `systemctl ${words[1]}`, instead: 'the server run in the foreground' } : undefined),
  apachectl: (words) => (words[1] === 'start' ? { name: 'apachectl start', instead: '`httpd -D FOREGROUND`' } : undefined),
  apache2ctl: (words) => (words[1] === 'start' ? { name: 'apache2ctl start', instead: '`apache2ctl -D FOREGROUND`' } : undefined),
  'start-stop-daemon': (words) =>
    flagIndex(words, ['--background', '-b']) > 0 ? { name: 'start-stop-daemon --background', instead: 'the server run in the foreground' } : undefined,
  gunicorn: daemonFlag('gunicorn', ['--daemon', '-D']),
  uwsgi: daemonFlag('uwsgi', ['--daemonize', '--daemonize2', '-d']),
  puma: daemonFlag('puma', ['-d', '--daemon']),
  unicorn: daemonFlag('unicorn', ['-D', '--daemonize']),
  unicorn_rails: daemonFlag('unicorn_rails', ['-D', '--daemonize']),
  thin: daemonFlag('thin', ['-d', '--daemonize']),
  // Ruby's job and app servers of the Sidekiq < 6, Passenger Standalone and resque-pool era.
  sidekiq: daemonFlag('sidekiq', ['-d', '--daemon']),
  rackup: daemonFlag('rackup', ['-D', '--daemonize']),
  'resque-pool': daemonFlag('resque-pool', ['-d', '--daemon']),
  passenger: (words, offset) => (words[1] === 'start' ? daemonFlag('passenger start', ['-d', '--daemonize'])(words, offset) : undefined),
  // delayed_job's script daemonizes its workers through the daemons gem on `start`; `run` keeps one in the foreground.
  delayed_job: (words, offset) => {
    const at = words.findIndex((word, i) => i > 0 && (word === 'start' || word === 'restart'));
    return at > 0 ? { name: `delayed_job ${words[at]}`, instead: '`bin/delayed_job run` (or `rake jobs:work`), one worker process in the foreground', fix: { word: offset + at, action: 'replace', text: 'run' } } : undefined;
  },
  rails: (words, offset) => (words[1] === 'server' || words[1] === 's' ? daemonFlag('rails server', ['-d', '--daemon'])(words, offset) : undefined),
  mongod: daemonFlag('mongod', ['--fork']),
  // `-D` is the worker's short form of `--detach` (celery 4 and 5); beat has only the long one, and `-B` embeds beat in a foreground worker.
  celery: (words, offset) =>
    words[1] === 'multi'
      ? { name: 'celery multi', instead: '`celery worker` in the foreground, one process type per worker' }
      : daemonFlag('celery', words.includes('worker') ? ['--detach', '-D'] : ['--detach'])(words, offset),
  // aria2's download daemon: `aria2c --enable-rpc --daemon=true` (`-D`, `--daemon true`); `--daemon=false` stays.
  aria2c: (words, offset) => {
    const at = words.findIndex((word, i) => i > 0 && (word === '-D' || word === '--daemon=true' || (word === '--daemon' && words[i + 1] !== 'false')));
    return at > 0 ? { name: `aria2c ${words[at]}`, instead: 'aria2c without it, as its own process', fix: { word: offset + at, action: 'remove' } } : undefined;
  },
  memcached: daemonFlag('memcached', ['-d', '--daemon']),
  // nginx daemonises unless told `daemon off;`; `-t`/`-T` test the config, `-v`/`-V` print the version, `-s` signals a running master.
  nginx: (words) => {
    if (words.some((word, i) => i > 0 && (NGINX_ONE_SHOT.has(word) || /\bdaemon\s+off\b/.test(word)))) return undefined;
    return { name: 'nginx, which forks into the background unless told `daemon off;`', instead: "`nginx -g 'daemon off;'` as a process of its own", byDefault: true };
  },
  'redis-server': (words) => {
    const at = words.indexOf('--daemonize');
    return at > 0 && words[at + 1] === 'yes' ? { name: 'redis-server --daemonize yes', instead: 'redis-server in the foreground' } : undefined;
  },
};

const NGINX_ONE_SHOT = new Set(['-t', '-T', '-v', '-V', '-s', '-h', '-?']);

/** `gunicorn --daemon`, `puma -d`: the flag removed runs the same server in the foreground. */
function daemonFlag(tool: string, flags: readonly string[]): Detector {
  return (words, offset) => {
    const at = flagIndex(words, flags);
    return at > 0 ? { name: `${tool} ${words[at]}`, instead: `${tool} without ${words[at]}`, fix: { word: offset + at, action: 'remove' } } : undefined;
  };
}

/** Whether the command makes its process detach; php-fpm's `-D` too, whatever its version suffix. */
export function daemonizing(words: readonly string[]): Daemonizing | undefined {
  const effective = effectiveWords(words);
  const offset = words.length - effective.length;
  const tool = baseCommand(effective[0] ?? '');
  if (/^php-fpm[\d.]*$/.test(tool)) return daemonFlag(tool, ['-D', '--daemonize'])(effective, offset);
  return Object.prototype.hasOwnProperty.call(DETECTORS, tool) ? DETECTORS[tool]!(effective, offset) : undefined;
}
