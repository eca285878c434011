// The CLI: parse arguments, load the config, audit, format, choose the exit code.
// Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or config error.
import { statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { auditPaths, type AuditResult } from './auditRun';
import type { ConfigError } from './engine/config';
import { RULES } from './engine/rules';
import { CONFIDENCES, SEVERITIES, type Finding, type Severity } from './engine/types';
import { FACTOR_NAMES } from './format/factors';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { formatHtml } from './scorecard';
import { TOOL } from './format/tool';
import { findProjectConfig, loadConfigFile, type LoadedConfig } from './projectConfig';
import { WalkError } from './walk';

const FORMATS = ['text', 'json', 'sarif', 'html'] as const;

const HELP = `Usage: ${TOOL.name} audit [paths...] [options]
       ${TOOL.name} rules [--format text|json]

Finds code and config that break the Twelve-Factor App methodology.

Options:
  --format text|json|sarif|html
                             output format (default: text); html is the twelve-factor
                             scorecard as one self-contained page
  --output FILE              write the report to FILE instead of stdout
  --fail-on SEVERITY         exit 1 when a finding is at least error|warning|info|hint
                             (default: the config's failOn, else error)
  --exit-zero                exit 0 even with findings (usage and config errors still exit 2)
  --config FILE              config file (default: the nearest .twelve-factor.json)
  --max-file-size BYTES      skip larger files (default: the config's maxFileSize, else 1048576)
  --quiet                    report only findings at or above --fail-on
  --min-confidence LEVEL     report only findings at least this sure:
                             format|structure|sink|name-and-entropy|name-only (default: all)
  --no-color                 no colours (also: NO_COLOR)
  --version                  print the version
  --help                     print this help

Exit codes: 0 no problems, 1 problems at or above --fail-on, 2 usage or config error.
`;

const FORMATTERS: Record<(typeof FORMATS)[number], (result: AuditResult, options: { color: boolean }) => string> = {
  text: (result, options) => formatText(result, RULES, options),
  json: (result) => formatJson(result, RULES),
  sarif: (result) => formatSarif(result, RULES),
  html: (result) => formatHtml(result, RULES),
};

class UsageError extends Error {}

const OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string' },
  'fail-on': { type: 'string' },
  'exit-zero': { type: 'boolean' },
  config: { type: 'string' },
  'max-file-size': { type: 'string' },
  quiet: { type: 'boolean' },
  'min-confidence': { type: 'string' },
  'no-color': { type: 'boolean' },
  version: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.version) return print(`${TOOL.version}\n`);
  const [command, ...paths] = positionals;
  if (values.help || command === 'help' || command === undefined) return print(HELP);
  const format = choice(values.format ?? 'text', FORMATS, '--format');
  if (command === 'rules') return print(format === 'json' ? rulesJson() : rulesText());
  if (command !== 'audit') throw new UsageError(`unknown command '${command}' (expected audit or rules)`);

  const roots = paths.length > 0 ? paths : ['.'];
  for (const root of roots) if (!exists(root)) throw new UsageError(`no such file or directory: ${root}`);
  const loaded = loadConfig(values, roots[0]!);
  if (loaded.errors.length > 0) {
    for (const error of loaded.errors) process.stderr.write(`${TOOL.name}: ${describeConfigError(error)}\n`);
    return 2;
  }
  const failOn = values['fail-on'] !== undefined ? choice(values['fail-on'], SEVERITIES, '--fail-on') : loaded.config.failOn;
  const minConfidence = values['min-confidence'] !== undefined ? choice(values['min-confidence'], CONFIDENCES, '--min-confidence') : undefined;
  const maxFileSize = values['max-file-size'] !== undefined ? positiveInteger(values['max-file-size'], '--max-file-size') : undefined;

  const progress = new ProgressLine(process.stderr.isTTY === true && !values.quiet);
  let result: AuditResult;
  try {
    result = await auditPaths(roots, {
      config: loaded,
      ...(maxFileSize !== undefined ? { maxFileSize } : {}),
      onProgress: (done, total) => progress.update(done, total),
    });
  } finally {
    progress.clear();
  }
  if (values.quiet) result = keepAtLeast(result, failOn);
  if (minConfidence) result = keepFindings(result, (finding) => CONFIDENCES.indexOf(finding.confidence) <= CONFIDENCES.indexOf(minConfidence));

  const color = values.output === undefined && wantsColor(values);
  const output = FORMATTERS[format](result, { color });
  if (values.output !== undefined) writeOutput(values.output, output);
  else process.stdout.write(output);

  const failing = result.files.some((file) => file.findings.some((finding) => atLeast(finding.severity, failOn)));
  return failing && !values['exit-zero'] ? 1 : 0;
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages carry a long advice sentence; the first one says what is wrong.
    throw new UsageError(String((error as Error).message).split('. ')[0]!);
  }
}

function loadConfig(values: Values, firstRoot: string): LoadedConfig {
  if (values.config !== undefined) return loadConfigFile(values.config);
  const start = statSync(firstRoot).isDirectory() ? firstRoot : dirname(firstRoot);
  return findProjectConfig(start);
}

function describeConfigError(error: ConfigError): string {
  const file = relative(process.cwd(), error.file) || error.file;
  return `${file}:${error.line}:${error.column}: ${error.message}`;
}

function keepAtLeast(result: AuditResult, failOn: Severity): AuditResult {
  return keepFindings(result, (finding) => atLeast(finding.severity, failOn));
}

function keepFindings(result: AuditResult, keep: (finding: Finding) => boolean): AuditResult {
  const files = result.files
    .map((file) => ({ ...file, findings: file.findings.filter(keep) }))
    .filter((file) => file.findings.length > 0);
  return { ...result, files };
}

function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

function wantsColor(values: Values): boolean {
  if (values['no-color'] || 'NO_COLOR' in process.env) return false;
  const force = process.env['FORCE_COLOR'];
  if (force !== undefined && force !== '' && force !== '0') return true;
  return process.stdout.isTTY === true;
}

function writeOutput(path: string, text: string): void {
  try {
    writeFileSync(resolve(path), text);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function rulesText(): string {
  const width = Math.max(...RULES.map((rule) => rule.meta.id.length));
  const lines = RULES.map((rule) => {
    const { id, factor, defaultSeverity, title } = rule.meta;
    return `${id.padEnd(width)}  ${`${factor} ${FACTOR_NAMES[factor]}`.padEnd(20)}  ${defaultSeverity.padEnd(7)}  ${title}`;
  });
  return `${lines.join('\n')}\n`;
}

function rulesJson(): string {
  return `${JSON.stringify(RULES.map((rule) => rule.meta), null, 2)}\n`;
}

function choice<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got '${value}')`);
}

function positiveInteger(value: string, option: string): number {
  const number = Number(value);
  if (/^\d+$/.test(value) && Number.isSafeInteger(number) && number > 0) return number;
  throw new UsageError(`${option} must be a positive whole number of bytes (got '${value}')`);
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

/** A `\r`-updated line on stderr while scanning, only on a terminal; erased at the end. */
class ProgressLine {
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly enabled: boolean) {}

  update(done: number, total: number): void {
    const now = Date.now();
    if (!this.enabled || (now - this.lastDraw < 80 && done < total)) return;
    this.lastDraw = now;
    this.drawn = true;
    process.stderr.write(`\r\u001b[2KScanning ${done}/${total} files…`);
  }

  clear(): void {
    if (this.drawn) process.stderr.write('\r\u001b[2K');
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof WalkError;
    process.stderr.write(`${TOOL.name}: ${known ? error.message : `internal error: ${(error as Error)?.stack ?? String(error)}`}\n`);
    process.exitCode = 2;
  },
);
