// Log files named in the config of a process manager or a worker, beside the app's code:
// - Sidekiq's `config/sidekiq.yml` `:logfile: ./log/sidekiq.log` (Sidekiq < 6 wrote there; the key is still set in old apps);
// - PHP-FPM pools and php-fpm.conf: `php_admin_value[error_log] = /var/log/…`, `access.log = /var/log/…`, `slowlog`,
//   (the official image sends the logs to /proc/self/fd/2: overriding that hides them; php.ts reads `error_log` itself);
// (systemd units' and supervisord programs' server options, `ExecStart=… celery worker --logfile=/var/log/…`, are
// start commands: server-commands.ts reads them with every other start command.)
// A standard stream (`/dev/stderr`, `/proc/self/fd/2`), `-`, `syslog` and a value the environment decides stay silent.
import { baseName } from '../../languages/detect';
import { parseIni } from '../../languages/ini';
import { yamlGet, yamlString, type YamlNode } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isStandardStream } from './php-paths';

function message(subject: string): string {
  return `Factor XI: ${subject}; leave the log on stdout/stderr and let the platform route the stream.`;
}

function isLogFile(value: string): boolean {
  const trimmed = value.trim();
  return trimmed !== '' && trimmed !== '-' && !isStandardStream(trimmed) && trimmed.toLowerCase() !== 'syslog' && !/[$%]\{|%env\(/.test(trimmed);
}

/** Sidekiq reads `:logfile:` at the top of its YAML or under an environment's key. */
function checkSidekiqYaml(context: RuleContext): void {
  if (!/sidekiq/i.test(baseName(context.path))) return;
  for (const document of context.parsed.yaml) {
    const roots: (YamlNode | undefined)[] = [document.contents];
    if (document.contents?.kind === 'map') roots.push(...document.contents.pairs.map((pair) => pair.value));
    for (const root of roots) {
      const node = yamlGet(root, ':logfile') ?? yamlGet(root, 'logfile');
      const path = yamlString(node);
      if (node && path !== undefined && isLogFile(path)) context.report({ span: node.span, message: message("Sidekiq's `:logfile:` writes the worker's log to a file") });
    }
  }
}

/** PHP-FPM's own and its pool's log settings. */
const FPM_KEYS = /^(?:php_(?:admin_)?value\[error_log\]|access\.log|slowlog)$/;

function checkFpmIni(context: RuleContext): void {
  const entries = parseIni(context.text);
  // php.ini's own `error_log` is php.ts's; here only a file that is an FPM config (a pool section, a `listen`, `pm`).
  if (!entries.some((entry) => entry.key === 'pm' || entry.key === 'listen' || entry.section === 'global')) return;
  for (const entry of entries) {
    if (!FPM_KEYS.test(entry.key) || !isLogFile(entry.value)) continue;
    context.report({ span: entry.valueSpan, message: message(`PHP-FPM's \`${entry.key}\` writes a log to a file`) });
  }
}

export const workerConfigChecks: LanguageCheck[] = [
  { languages: ['yaml'], keywords: ['logfile'], check: checkSidekiqYaml },
  { languages: ['ini'], keywords: ['[error_log]', 'access.log', 'slowlog'], check: checkFpmIni },
];
