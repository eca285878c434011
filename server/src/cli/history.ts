// `history [path]`: every credential any commit added, once, at its first commit; those no longer
// in HEAD are still in the history and must be rotated.
import { existsSync } from 'node:fs';
import { formatHistoryJson, formatHistorySarif, formatHistoryText } from '../format/history';
import { GitChangesError } from '../gitChanges';
import { scanHistory, type HistoryResult } from '../history/history';
import { defineCommand, UsageError } from './command';
import { loadCommandConfig } from './config';
import { wantsColor, writeReport } from './output';
import { ProgressLine } from './progress';
import { choice, positiveInteger } from './values';

const FORMATTERS = {
  text: (result: HistoryResult, color: boolean) => formatHistoryText(result, { color, base: process.cwd() }),
  json: (result: HistoryResult) => formatHistoryJson(result, { base: process.cwd() }),
  sarif: (result: HistoryResult) => formatHistorySarif(result),
} as const;
type Format = keyof typeof FORMATTERS;

export const historyCommand = defineCommand({
  name: 'history',
  usage: '[path]',
  summary: 'Scan the lines every commit added for credentials, including those removed since.',
  options: {
    since: { type: 'string', value: 'REF', description: 'only commits after REF (REF..HEAD)' },
    'max-commits': { type: 'string', value: 'N', description: 'only the newest N commits' },
    format: { type: 'string', value: 'text|json|sarif', description: 'output format (default: text)' },
    output: { type: 'string', short: 'o', value: 'FILE', description: 'write the report to FILE (its folder is created) instead of stdout' },
    'exit-zero': { type: 'boolean', description: 'exit 0 even when the history holds credentials' },
    config: { type: 'string', short: 'c', value: 'FILE', description: 'config file (default: the nearest .twelve-factor.json)' },
    'max-file-size': { type: 'string', value: 'BYTES', description: 'skip larger additions to one file in one commit (default: 1048576)' },
    'no-color': { type: 'boolean', description: 'no colours (also: NO_COLOR)' },
  },
  epilogue:
    'Each credential is reported once, at the commit that first added it. One that is no longer in\n' +
    'HEAD is "removed, but still in history": anyone with a clone has it, so rotate it.\n' +
    'Exit codes: 0 none found, 1 credentials found, 2 usage error (e.g. not a git repository).',
  async run({ values, positionals }) {
    const format = choice(values.format ?? 'text', Object.keys(FORMATTERS) as Format[], '--format');
    if (positionals.length > 1) throw new UsageError('history scans one repository: give at most one path');
    const start = positionals[0] ?? '.';
    if (!existsSync(start)) throw new UsageError(`no such file or directory: ${start}`);
    const loaded = loadCommandConfig(values.config, start);
    if (!loaded) return 2;
    const progress = new ProgressLine(process.stderr.isTTY === true);
    let result: HistoryResult;
    try {
      result = await scanHistory({
        root: start,
        ...(values.since !== undefined ? { since: values.since } : {}),
        ...(values['max-commits'] !== undefined ? { maxCommits: positiveInteger(values['max-commits'], '--max-commits', 'commits') } : {}),
        config: loaded.config,
        maxFileSize: values['max-file-size'] !== undefined ? positiveInteger(values['max-file-size'], '--max-file-size', 'bytes') : loaded.config.maxFileSize,
        onProgress: (counts) => progress.draw(`Scanning history: ${counts.commits} commits…`),
      });
    } catch (error) {
      throw error instanceof GitChangesError ? new UsageError(error.message) : error;
    } finally {
      progress.clear();
    }
    const report = FORMATTERS[format](result, values.output === undefined && wantsColor(values['no-color']));
    if (values.output !== undefined) writeReport(values.output, report);
    else process.stdout.write(report);
    return result.findings.length > 0 && !values['exit-zero'] ? 1 : 0;
  },
});
