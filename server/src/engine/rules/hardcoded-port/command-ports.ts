// Literal ports in a server command line: `gunicorn -b 0.0.0.0:8000`, `rails s -p 3000`,
// `uvicorn app:app --port 8000`, `php -S 0.0.0.0:8080`, `PORT=3000 node server.js`.
// Read from shell words, so `--port $PORT` and `-b :${PORT}` are environment reads and stay quiet.
import { lexShell, simpleCommands, type ShellWord } from '../../languages/shell';
import { baseCommand, effectiveWords } from '../../commands/words';
import type { MappedText } from '../../languages/mapped-text';
import type { Span } from '../../types';

export interface CommandPort {
  /** The digits of the port, in the source. */
  span: Span;
  port: number;
}

const PORT_FLAGS = new Set(['-p', '--port']);
const ADDRESS_FLAGS = new Set(['-b', '--bind', '-S', '--listen', '--host-port']);
/**
 * `host:port`, `:port`, `[::]:port`, also as a URL (puma's `-b tcp://0.0.0.0:3000`, `ssl://…:9292?key=…`, falcon's
 * `--bind http://0.0.0.0:9292`); the port is the digits before the end or the query.
 */
const ADDRESS = /^(?:(?:tcp|ssl|https?):\/\/)?(?:[A-Za-z0-9.-]*|\[[0-9A-Fa-f:]*\]):([0-9]{1,5})(\?[^\s]*)?$/;

/**
 * Daemons of backing services and proxies a unit or job may start beside the app (`exec memcached -p 11211`,
 * `ExecStart=/usr/bin/redis-server --port 6380`): the port is that service's own, attached by URL in the app's config.
 */
const BACKING_DAEMONS = new Set([
  'redis-server', 'memcached', 'mongod', 'mongos', 'postgres', 'mysqld', 'mariadbd', 'nginx', 'haproxy', 'rabbitmq-server', 'beanstalkd', 'etcd', 'consul', 'sshd', 'varnishd',
]);

/** Whether the command is not a backing service's daemon: a unit's or job's process that may be the app's server. */
export function notABackingDaemon(words: readonly string[]): boolean {
  return !BACKING_DAEMONS.has(baseCommand(effectiveWords(words)[0] ?? ''));
}

/** The literal ports of the command's simple commands; with `serves`, only of those it accepts (the server's, not `pg_isready -p 5432`'s). */
export function commandPorts(command: MappedText, serves?: (words: readonly string[]) => boolean): CommandPort[] {
  const found: CommandPort[] = [];
  for (const simple of simpleCommands(lexShell(command))) {
    if (serves && !serves(simple.words.map((word) => word.text.text))) continue;
    simple.words.forEach((word, index) => {
      const hit = portOfWord(word, simple.words[index + 1]);
      if (hit) found.push(hit);
    });
  }
  return found;
}

function portOfWord(word: ShellWord, next: ShellWord | undefined): CommandPort | undefined {
  const text = word.text.text;
  const equals = text.indexOf('=');
  const flag = equals > 0 && text.startsWith('-') ? text.slice(0, equals) : text;
  if (word.bareEquals > 0 && text.slice(0, word.bareEquals) === 'PORT') return digits(word.text, word.bareEquals + 1, false);
  if (!PORT_FLAGS.has(flag) && !ADDRESS_FLAGS.has(flag)) return undefined;
  const address = PORT_FLAGS.has(flag) ? undefined : ADDRESS;
  if (equals > 0 && flag !== text) return digits(word.text, equals + 1, address !== undefined);
  return next ? digits(next.text, 0, address !== undefined) : undefined;
}

/** The port in `text` from `from` on: all digits, or an address's trailing digits. */
function digits(text: MappedText, from: number, isAddress: boolean): CommandPort | undefined {
  const value = text.text.slice(from);
  const match = isAddress ? ADDRESS.exec(value) : /^([0-9]{1,5})$/.exec(value);
  const portText = match?.[1];
  if (portText === undefined) return undefined;
  const port = Number(portText);
  if (port < 1 || port > 65535) return undefined;
  const start = from + value.length - (match?.[2]?.length ?? 0) - portText.length;
  return { span: text.span(start, start + portText.length), port };
}
