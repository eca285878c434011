// Log files named in the config of a process manager or a worker, beside the app's code:
// - Sidekiq's `config/sidekiq.yml` `:logfile: ./log/sidekiq.log` (Sidekiq < 6 wrote there; the key is still set in old apps);
// - PHP-FPM pools and php-fpm.conf: `php_admin_value[error_log] = /var/log/…`, `access.log = /var/log/…`, `slowlog`,
//   (the official image sends the logs to /proc/self/fd/2: overriding that hides them; php.ts reads `error_log` itself);
// - pm2's process files (ecosystem.config.js, ecosystem.json, process.yml, …): an app's `out_file`, `error_file` or
//   `log_file` path (pm2 writes its own log files unless told `/dev/null` or a standard stream);
// - supervisord programs' `stdout_logfile` / `stderr_logfile` and systemd units' `StandardOutput=` / `StandardError=`
//   `file:`, `append:` or `truncate:` a path: the supervisor takes the app's stdout and writes it to a file;
// (systemd units' and supervisord programs' server options, `ExecStart=… celery worker --logfile=/var/log/…`, are
// start commands: server-commands.ts reads them with every other start command.)
// A standard stream (`/dev/stderr`, `/proc/self/fd/2`), `-`, `syslog` and a value the environment decides stay silent.
import ts from 'typescript';
import { baseName } from '../../languages/detect';
import { parseIni } from '../../languages/ini';
import { objectProperty, propertyName, spanOf, stringValue, unwrap } from '../../languages/ts-ast';
import { yamlGet, yamlString } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Report, Span } from '../../types';
import { reportGrouped, type Grouping } from '../grouped-report';
import { ADMIN_PROCESS } from '../../commands/shell-start';
import { topOrEnvironmentSettings } from '../environment-yaml';
import { isSidekiqConfig } from '../process-paths';
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
  if (!isSidekiqConfig(context.path)) return;
  for (const node of topOrEnvironmentSettings(context.parsed.yaml, [':logfile', 'logfile'])) {
    const path = yamlString(node);
    if (path !== undefined && isLogFile(path)) context.report({ span: node.span, message: message("Sidekiq's `:logfile:` writes the worker's log to a file") });
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

/** pm2's process files by name: ecosystem.config.js, ecosystem.json, pm2.config.cjs, process.yml, pm2.json. */
const PM2_FILE = /^(?:ecosystem|pm2|process)(?:\.config)?\.(?:[cm]?js|json5?|ya?ml)$/;
/**
 * An app's log files, and the aliases pm2's schema accepts for them (`output`, `error`, `log`: common words,
 * read only inside an `apps` entry of a file named as a process file).
 */
const PM2_LOG_KEYS = ['out_file', 'error_file', 'log_file', 'out', 'output', 'out_log', 'error', 'err', 'err_file', 'err_log', 'log'];
/** Every process file has `apps`: the prefilter's word (the aliases are too common to be one). */
const PM2_PREFILTER = ['apps'];

function reportPm2(context: RuleContext, key: string, path: string, span: Span): void {
  if (isLogFile(path)) context.report({ span, message: message(`pm2's \`${key}\` writes the app's output to a log file`) });
}

/** `apps: [{ script, out_file }]` in a JSON or YAML process file: an app is a map with a `script`. */
function checkPm2Tree(context: RuleContext): void {
  if (!PM2_FILE.test(baseName(context.path))) return;
  for (const tree of context.parsed.configTrees) {
    const apps = yamlGet(tree, 'apps');
    for (const app of apps?.kind === 'seq' ? apps.items : []) {
      if (yamlGet(app, 'script') === undefined) continue;
      for (const key of PM2_LOG_KEYS) {
        const node = yamlGet(app, key);
        const path = yamlString(node);
        if (node && path !== undefined) reportPm2(context, key, path, node.span);
      }
    }
  }
}

/** `module.exports = { apps: [{ script, out_file: '…' }] }` in ecosystem.config.js: the `apps` array's objects. */
function checkPm2Script(context: RuleContext): void {
  // The name first: only a process file is parsed for this check.
  if (!PM2_FILE.test(baseName(context.path))) return;
  const source = context.parsed.typescript;
  if (!source) return;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && propertyName(node.name) === 'apps' && ts.isArrayLiteralExpression(unwrap(node.initializer))) {
      for (const app of (unwrap(node.initializer) as ts.ArrayLiteralExpression).elements) if (ts.isObjectLiteralExpression(app)) checkPm2App(context, app, source);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

function checkPm2App(context: RuleContext, app: ts.ObjectLiteralExpression, source: ts.SourceFile): void {
  if (objectProperty(app, 'script') === undefined) return;
  for (const key of PM2_LOG_KEYS) {
    const value = objectProperty(app, key);
    const path = stringValue(value) ?? templatePath(value, source);
    if (value && path !== undefined) reportPm2(context, key, path, spanOf(value, source));
  }
}

/**
 * `\`./logs/${logTime}/err.log\``: a template whose slots the app fills (a date, a folder) names a file all the same; one
 * that reads the environment (`${process.env.LOG_FILE}`) leaves the choice to the deploy, as `${LOG_FILE}` does.
 */
function templatePath(value: ts.Expression | undefined, source: ts.SourceFile): string | undefined {
  const template = value && unwrap(value);
  if (!template || !ts.isTemplateExpression(template)) return undefined;
  if (template.templateSpans.some((span) => /\b(?:process\.env|env)\b/.test(span.expression.getText(source)))) return undefined;
  return template.head.text + template.templateSpans.map((span) => `x${span.literal.text}`).join('');
}

/** supervisord's `[program:x]` keys that name where the program's output goes (AUTO, NONE and the streams aside). */
const SUPERVISOR_LOG_KEYS = new Set(['stdout_logfile', 'stderr_logfile']);
/** systemd's `StandardOutput=file:/path` (also `append:`, `truncate:`); journal, inherit, null, tty, socket are no files. */
const SYSTEMD_FILE_OUTPUT = /^(?:file|append|truncate):(.+)$/;

/** A supervisord program's or a systemd service's output sent to a file; admin programs (`[program:migrate]`) aside. */
function checkSupervisorIni(context: RuleContext): void {
  const unit = context.path.endsWith('.service');
  // One program's stdout and stderr files are one problem: one finding, the other a related location.
  const byProgram = new Map<string, Report[]>();
  const entries = parseIni(context.text);
  const container = !unit && isContainerSupervisor(context.path, entries);
  for (const entry of entries) {
    if (unit) {
      const target = entry.section === 'Service' && /^Standard(?:Output|Error)$/.test(entry.key) ? SYSTEMD_FILE_OUTPUT.exec(entry.value.trim()) : null;
      if (target && isLogFile(target[1]!)) context.report({ span: entry.valueSpan, message: message(`systemd's \`${entry.key}=\` writes the service's output to a file`) });
      continue;
    }
    const program = /^program:(.*)$/.exec(entry.section)?.[1];
    if (!container || program === undefined || ADMIN_PROCESS.test(program) || !SUPERVISOR_LOG_KEYS.has(entry.key)) continue;
    const value = entry.value.trim();
    if (/^(?:auto|none)$/i.test(value) || value.includes('%(ENV_') || !isLogFile(value)) continue;
    const reports = byProgram.get(program) ?? [];
    reports.push({ span: entry.valueSpan, message: message(`supervisord's \`${entry.key}\` writes the "${program}" program's output to a file`) });
    byProgram.set(program, reports);
  }
  for (const reports of byProgram.values()) reportGrouped(context, reports, SUPERVISOR_GROUPING);
}

/**
 * Whether the supervisord config is a container's: supervisord in the foreground as the image's process (`nodaemon=true`,
 * what only a container or a foreground supervisor sets), or a config kept under a `docker/` folder. There a program's
 * log file hides its output from the container's stream, which the platform collects, and dies with the container.
 * On a host, supervisord is the execution environment: it captures each program's stdout (into files, by default) and
 * routes it, which is what Factor XI asks of the environment; a program conf there is left alone.
 */
function isContainerSupervisor(path: string, entries: readonly { section: string; key: string; value: string }[]): boolean {
  if (/(?:^|\/)\.?docker[^/]*\//i.test(path)) return true;
  return entries.some((entry) => entry.section === 'supervisord' && entry.key === 'nodaemon' && /^(?:true|1|yes|on)$/i.test(entry.value.trim()));
}

const SUPERVISOR_GROUPING: Grouping = {
  related: "Factor XI: the same program's other stream, also written to a file",
  more: () => "and its other stream too, shown as a related location",
  noFixReason: "both of the program's streams go to files: send each to /dev/stdout or /dev/stderr",
};

export const workerConfigChecks: LanguageCheck[] = [
  { languages: ['json', 'yaml'], keywords: PM2_PREFILTER, check: checkPm2Tree },
  { languages: ['javascript', 'typescript'], keywords: PM2_PREFILTER, check: checkPm2Script },
  { languages: ['ini'], keywords: ['stdout_logfile', 'stderr_logfile', 'standardoutput=', 'standarderror='], check: checkSupervisorIni },
  { languages: ['yaml'], keywords: ['logfile'], check: checkSidekiqYaml },
  { languages: ['ini'], keywords: ['[error_log]', 'access.log', 'slowlog'], check: checkFpmIni },
];
