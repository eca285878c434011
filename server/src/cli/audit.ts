// `audit [paths...]`: load the config, scan, format, choose the exit code.
import { statSync } from 'node:fs';
import { auditPaths, type AuditOptions, type AuditResult } from '../auditRun';
import { RULES } from '../engine/rules';
import { CONFIDENCES, SEVERITIES, type Finding, type Severity } from '../engine/types';
import { formatJson } from '../format/json';
import { formatSarif } from '../format/sarif';
import { formatText } from '../format/text';
import { defaultJobs } from '../pool/scanPool';
import { formatHtml } from '../scorecard';
import type { LeftOutReason } from '../walk';
import { applyBaseline } from '../baseline/match';
import { baselineForAudit } from './baselineFile';
import { defineCommand, UsageError } from './command';
import { loadCommandConfig, relativeToCwd } from './config';
import { notice, writeReport, wantsColor } from './output';
import { ProgressLine } from './progress';
import { auditSelection, checkSelectionFlags } from './selection';
import { choice, positiveInteger } from './values';
import { mark } from '../entry/timeline';

/** One entry per --format value: adding a format is one line here. */
const FORMATTERS = {
  text: (result: AuditResult, options: { color: boolean }) => formatText(result, RULES, options),
  json: (result: AuditResult) => formatJson(result, RULES),
  sarif: (result: AuditResult) => formatSarif(result, RULES),
  html: (result: AuditResult) => formatHtml(result, RULES),
} as const;
type Format = keyof typeof FORMATTERS;
const FORMATS = Object.keys(FORMATTERS) as Format[];

export const auditCommand = defineCommand({
  name: 'audit',
  usage: '[paths...]',
  summary: 'Scan folders and files (default: the current folder) and report what breaks the twelve factors.',
  options: {
    format: {
      type: 'string',
      value: 'text|json|sarif|html',
      description: 'output format (default: text); html is the twelve-factor scorecard\nas one self-contained page',
    },
    output: { type: 'string', short: 'o', value: 'FILE', description: 'write the report to FILE (its folder is created) instead of stdout' },
    'fail-on': {
      type: 'string',
      value: 'SEVERITY',
      description: 'exit 1 when a finding is at least error|warning|info|hint\n(default: the config\'s failOn, else error)',
    },
    'exit-zero': { type: 'boolean', description: 'exit 0 even with findings (usage and config errors still exit 2)' },
    'allow-unchecked': { type: 'boolean', description: 'exit 0 although some files could not be checked (by default they fail)' },
    config: { type: 'string', short: 'c', value: 'FILE', description: 'config file (default: the nearest .twelve-factor.json)' },
    'max-file-size': { type: 'string', value: 'BYTES', description: "skip larger files (default: the config's maxFileSize, else 1048576)" },
    quiet: { type: 'boolean', short: 'q', description: 'report only findings at or above --fail-on; print nothing when none is left' },
    'min-confidence': {
      type: 'string',
      value: 'LEVEL',
      description: 'report only findings at least this sure (default: all):\nformat|structure|sink|name-and-entropy|name-only',
    },
    'no-color': { type: 'boolean', description: 'no colours (also: NO_COLOR)' },
    jobs: { type: 'string', short: 'j', value: 'N', description: 'files scanned at once: this thread and N-1 worker threads (default: one per 16 MiB of files, at most the number of cores)' },
    changed: { type: 'boolean', description: 'scan only files changed since the merge base with the default branch,\nand untracked files' },
    since: { type: 'string', value: 'REF', description: 'with --changed: compare with REF instead' },
    staged: { type: 'boolean', description: 'scan the staged content of staged files (for pre-commit hooks)' },
    baseline: { type: 'string', value: 'FILE', description: 'accept the findings in FILE (default: the nearest .twelve-factor-baseline.json)' },
    'no-baseline': { type: 'boolean', description: 'report every finding, whatever a baseline accepts' },
  },
  epilogue: 'Exit codes: 0 no problems, 1 problems at or above --fail-on or files that could not be\nchecked, 2 usage or config error.',
  async run({ values, positionals }) {
    const format = choice(values.format ?? 'text', FORMATS, '--format');
    checkSelectionFlags(values);
    const roots = positionals.length > 0 ? positionals : ['.'];
    for (const root of roots) if (!exists(root)) throw new UsageError(`no such file or directory: ${root}`);
    const baseline = baselineForAudit(values, roots[0]!);
    const loaded = loadCommandConfig(values.config, roots[0]!);
    if (!loaded) return 2;
    const failOn = values['fail-on'] !== undefined ? choice(values['fail-on'], SEVERITIES, '--fail-on') : loaded.config.failOn;
    const maxFileSize = values['max-file-size'] !== undefined ? positiveInteger(values['max-file-size'], '--max-file-size', 'bytes') : undefined;
    const quiet = values.quiet === true;
    const minConfidence = values['min-confidence'] !== undefined ? choice(values['min-confidence'], CONFIDENCES, '--min-confidence') : undefined;
    // Without --jobs: up to every core, as many as the tree's size pays for (auditRun.ts lanesFor).
    const jobs = values.jobs !== undefined ? positiveInteger(values.jobs, '--jobs', 'jobs') : defaultJobs();
    const jobsAtMost = values.jobs === undefined;

    const leftOut: string[] = [];
    const onNamedFileLeftOut = (path: string, reason: LeftOutReason) => leftOut.push(`${relativeToCwd(path)} was not scanned: ${reason}`);
    const options = { config: loaded, onNamedFileLeftOut, jobs, jobsAtMost, ...(maxFileSize !== undefined ? { maxFileSize } : {}) };
    const selected = await auditSelection(values, positionals, options, (paths, walkOptions) => runAudit(paths, walkOptions, quiet));
    let result = baseline ? await applyBaseline(selected.result, baseline, selected.scope) : selected.result;
    if (!quiet && !values.changed && !values.staged) reportUnscanned(result, roots, leftOut);
    if (quiet) result = keepFindings(result, (finding) => atLeast(finding.severity, failOn));
    if (minConfidence) result = keepFindings(result, (finding) => CONFIDENCES.indexOf(finding.confidence) <= CONFIDENCES.indexOf(minConfidence));

    mark('audited');
    const report = render(result, format, { color: values.output === undefined && wantsColor(values['no-color']), quiet });
    mark('formatted');
    if (values.output !== undefined) writeReport(values.output, report);
    else process.stdout.write(report);
    mark('written');

    const failing = result.files.some((file) => file.findings.some((finding) => atLeast(finding.severity, failOn)));
    // A file that could not be checked is never a clean result.
    const unchecked = result.unchecked.length > 0 && values['allow-unchecked'] !== true;
    return (failing || unchecked) && !values['exit-zero'] ? 1 : 0;
  },
});

async function runAudit(roots: string[], options: AuditOptions, quiet: boolean): Promise<AuditResult> {
  const progress = new ProgressLine(process.stderr.isTTY === true && !quiet);
  try {
    return await auditPaths(roots, { ...options, onProgress: (done, total) => progress.update(done, total) });
  } finally {
    progress.clear();
  }
}

function render(result: AuditResult, format: Format, options: { color: boolean; quiet: boolean }): string {
  // Like `eslint --quiet`: a clean quiet run says nothing, so a pre-commit hook stays silent.
  // Machine formats always print a whole document.
  if (format === 'text' && options.quiet && result.files.length === 0 && result.unchecked.length === 0) return '';
  return FORMATTERS[format](result, { color: options.color });
}

/** Says when nothing was scanned, or a file named on the command line was left out, so a typo in CI is not a silent pass. */
function reportUnscanned(result: AuditResult, roots: readonly string[], leftOut: readonly string[]): void {
  for (const line of leftOut) notice(line);
  if (result.scannedCount === 0 && leftOut.length < roots.length) {
    notice(`no file was scanned in ${roots.join(', ')}: none is a file type the rules read, or all are ignored`);
  }
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

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
