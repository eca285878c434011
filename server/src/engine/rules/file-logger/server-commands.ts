// Application servers told to write their logs to a file where the app is started: gunicorn's and
// hypercorn's `--access-logfile` / `--error-logfile` / `--log-file`, daphne's `--access-log`, celery's
// `--logfile` / `-f`, uwsgi's `--logto`, pm2's `-o`/`-e`/`--log`, puma's `--redirect-stdout`, Sidekiq's `-L`, thin's
// `-l`, Passenger's `--log-file`, resque-pool's `--stdout`, forever's `-l`/`-o`/`-e` (in every start command the run-stage rules read: a Procfile process, a
// Dockerfile CMD/ENTRYPOINT, a compose or Kubernetes container command, a start script, a supervisord program, a
// systemd unit, platform files such as fly.toml processes, railway.json, App Engine or Nomad jobs), and uwsgi's
// own ini `logto = /path`. `-`, /dev/stdout,
// /dev/stderr and a value from the environment (`$LOG_FILE`) stay silent; release and admin processes are not
// start commands.
import { startCommands } from '../../commands/start-commands';
import type { CommandLine } from '../../commands/script';
import { parseIni } from '../../languages/ini';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Span } from '../../types';
import { isDevicePath } from './device-paths';

/** Each server's options that name a log file. */
const LOG_FILE_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  gunicorn: ['--access-logfile', '--error-logfile', '--log-file'],
  hypercorn: ['--access-logfile', '--error-logfile'],
  daphne: ['--access-log'],
  celery: ['--logfile', '-f'],
  uwsgi: ['--logto', '--logto2'],
  // pm2 writes an app's stdout/stderr to files it is given (`pm2-runtime start app.js -o /var/log/out.log`).
  pm2: ['-o', '--output', '-e', '--error', '-l', '--log'],
  'pm2-runtime': ['-o', '--output', '-e', '--error'],
  puma: ['--redirect-stdout', '--redirect-stderr'],
  // Sidekiq < 6's `-L`, thin's `-l`, Passenger Standalone's `--log-file`, resque-pool's `--stdout`/`--stderr`.
  sidekiq: ['-L', '--logfile'],
  thin: ['-l', '--log'],
  passenger: ['--log-file'],
  'resque-pool': ['-o', '--stdout', '--stderr'],
  // forever's own log, the child's stdout and its stderr (`forever start -l forever.log -o out.log -e err.log app.js`).
  forever: ['-l', '-o', '-e'],
};
/** forever's `-a` (append) is written in one word with the log flag it goes with: `-al forever.log`, `-ao out.log`. */
const FOREVER_APPEND_CLUSTER = /^-a([loe])$/;
/** uwsgi.ini keys that send the log to a file (`logger = file:/path` for the plugin form). */
const UWSGI_INI_KEYS = new Set(['logto', 'logto2']);

/** How to keep the log on the standard streams, for tools whose options take no `-` for one. */
const STREAM_ADVICE: Readonly<Record<string, string>> = {
  pm2: 'point it at /dev/stdout and /dev/stderr',
  'pm2-runtime': 'point it at /dev/stdout and /dev/stderr',
  puma: 'leave the option out so the output stays on stdout/stderr',
  sidekiq: 'leave the option out so the output stays on stdout/stderr',
  thin: 'leave the option out so the output stays on stdout/stderr',
  'resque-pool': 'leave the option out so the output stays on stdout/stderr',
  passenger: 'point it at /dev/stdout',
  forever: 'leave the options out so the output stays on stdout/stderr',
  tornado: 'leave the option out so the log stays on stderr',
};

function message(subject: string, tool?: string): string {
  const stream = (tool !== undefined && STREAM_ADVICE[tool]) || 'leave the log on stdout/stderr (`-`)';
  return `Factor XI: ${subject}; ${stream} and let the platform route the stream.`;
}

function checkStartCommands(context: RuleContext): void {
  for (const start of startCommands(context)) {
    for (const command of start.commands) {
      for (const found of logFileOptions(command)) context.report({ span: found.span, message: message(`${start.where} writes ${found.tool}'s log to a file (${found.option})`, found.tool) });
      for (const found of flagValues(command, SPRING_LOG_FILE_FLAG)) {
        context.report({ span: found.span, message: message(`${start.where} makes Spring Boot write the log to a file (${found.option})`) });
      }
      for (const found of flagValues(command, TORNADO_LOG_FILE_FLAG)) {
        context.report({ span: found.span, message: message(`${start.where} makes Tornado write the log to a file (${found.option})`, 'tornado') });
      }
    }
  }
}

interface LogFileOption {
  tool: string;
  option: string;
  span: Span;
}

export function logFileOptions(command: CommandLine): LogFileOption[] {
  const toolIndex = command.texts.findIndex((text) => Object.hasOwn(LOG_FILE_OPTIONS, text.slice(text.lastIndexOf('/') + 1)));
  if (toolIndex < 0) return [];
  const tool = command.texts[toolIndex]!.slice(command.texts[toolIndex]!.lastIndexOf('/') + 1);
  const options = LOG_FILE_OPTIONS[tool]!;
  const found: LogFileOption[] = [];
  for (let i = toolIndex + 1; i < command.texts.length; i++) {
    const text = command.texts[i]!;
    const equals = text.indexOf('=');
    const cluster = tool === 'forever' ? FOREVER_APPEND_CLUSTER.exec(text) : null;
    const option = cluster ? `-${cluster[1]}` : equals > 0 ? text.slice(0, equals) : text;
    if (!options.includes(option)) continue;
    const word = command.words[equals > 0 ? i : i + 1];
    const value = equals > 0 ? text.slice(equals + 1) : command.texts[i + 1];
    if (!word || value === undefined || !isFilePath(value)) continue;
    found.push({ tool, option, span: equals > 0 ? word.text.span(equals + 1, text.length) : word.text.span(0, value.length) });
  }
  return found;
}

/**
 * Spring Boot's file settings given on the command line, as a JVM system property or an application argument:
 * `java -Dlogging.file.name=/var/log/app.log -jar app.jar`, `… -jar app.jar --logging.file.path=/var/log`, or a compose
 * `command:` handing the argument to the image's entrypoint. The same keys application.properties is read for (java-config.ts).
 */
const SPRING_LOG_FILE_FLAG = /^(?:-D|--)(logging\.file\.name|logging\.file\.path|logging\.file|logging\.path)=/;

/**
 * Tornado's own file log, `python app.py --log_file_prefix=/var/log/app.log` (or `--log-file-prefix=`): tornado.log then
 * adds a rotating file handler. Tornado's parser takes an option's value after `=` only.
 */
const TORNADO_LOG_FILE_FLAG = /^--(log[_-]file[_-]prefix)=/;

/** The file paths given to `--<key>=<path>` flags the pattern matches (group 1: the key). */
function flagValues(command: CommandLine, flag: RegExp): Omit<LogFileOption, 'tool'>[] {
  return command.texts.flatMap((text, i) => {
    const key = flag.exec(text)?.[1];
    const word = command.words[i];
    const equals = text.indexOf('=');
    if (key === undefined || !word || !isFilePath(text.slice(equals + 1))) return [];
    return [{ option: key, span: word.text.span(equals + 1, text.length) }];
  });
}

/** A path, not a stream or something read from the environment. */
function isFilePath(value: string): boolean {
  return value !== '' && value !== '-' && !isDevicePath(value) && !value.includes('$') && !value.startsWith('-');
}

/** `[uwsgi]` `logto = /var/log/app/uwsgi.log`. */
function checkUwsgiIni(context: RuleContext): void {
  for (const entry of parseIni(context.text)) {
    if (entry.section !== 'uwsgi' || !UWSGI_INI_KEYS.has(entry.key) || !isFilePath(entry.value.trim())) continue;
    context.report({ span: entry.valueSpan, message: message(`uwsgi's \`${entry.key}\` writes the log to a file`) });
  }
}

export const serverCommandChecks: LanguageCheck[] = [
  // The languages startCommands reads: a supervisord program or fly.toml process is as much a start command as a Procfile's.
  { languages: ['procfile', 'dockerfile', 'yaml', 'shell', 'ini', 'json', 'toml', 'tfvars'], keywords: ['logfile', 'log-file', 'access-log', 'logto', 'pm2', 'redirect-std', 'sidekiq', 'thin start', 'resque-pool', 'forever', 'logging.file', 'logging.path', 'log_file_prefix'], check: checkStartCommands },
  { languages: ['ini'], keywords: ['logto'], check: checkUwsgiIni },
];
