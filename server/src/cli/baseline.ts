// `baseline [paths...]`: accept today's findings so that only new ones are reported, or with
// --prune drop the entries that no longer match anything.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { auditPaths } from '../auditRun';
import { defaultJobs } from '../pool/scanPool';
import { defaultBaselinePath, findBaseline, writeBaseline } from '../baseline/file';
import { newSalt } from '../baseline/key';
import { applyBaseline, entriesFor, retaken, withBaseline, withoutStale, type LoadedBaseline } from '../baseline/match';
import { readOrFail } from './baselineFile';
import { defineCommand, UsageError } from './command';
import { folderOf, loadCommandConfig, relativeToCwd } from './config';
import { print } from './output';
import { positiveInteger } from './values';

export const baselineCommand = defineCommand({
  name: 'baseline',
  usage: '[paths...]',
  summary: 'Accept the current findings in .twelve-factor-baseline.json: audit then reports only new ones.',
  options: {
    prune: { type: 'boolean', description: 'only drop entries that no longer match a finding (fixed, or the value changed)' },
    baseline: { type: 'string', value: 'FILE', description: 'the baseline file (default: the nearest .twelve-factor-baseline.json,\nelse one at the repository root)' },
    config: { type: 'string', short: 'c', value: 'FILE', description: 'config file (default: the nearest .twelve-factor.json)' },
    'max-file-size': { type: 'string', value: 'BYTES', description: "skip larger files (default: the config's maxFileSize, else 1048576)" },
  },
  epilogue:
    'The file holds rule, file and a salted fingerprint per finding, never a secret or part of one.\n' +
    'Commit it. Findings under the paths are replaced; entries for other files are kept.',
  async run({ values, positionals }) {
    const roots = positionals.length > 0 ? positionals : ['.'];
    for (const root of roots) if (!existsSync(root)) throw new UsageError(`no such file or directory: ${root}`);
    const loaded = loadCommandConfig(values.config, roots[0]!);
    if (!loaded) return 2;
    const maxFileSize = values['max-file-size'] !== undefined ? positiveInteger(values['max-file-size'], '--max-file-size', 'bytes') : undefined;
    const path = resolve(values.baseline ?? findBaseline(folderOf(roots[0]!)) ?? defaultBaselinePath(folderOf(roots[0]!)));
    const existing = existsSync(path) ? readOrFail(path) : withBaseline(path, { salt: newSalt(), entries: [] });
    const result = await auditPaths(roots, { config: loaded, jobs: defaultJobs(), jobsAtMost: true, ...(maxFileSize !== undefined ? { maxFileSize } : {}) });
    const scope = roots.map((root) => resolve(root));
    return values.prune ? prune(existing, await applyBaseline(result, existing, scope)) : retake(existing, result, scope);
  },
});

async function retake(existing: LoadedBaseline, result: Awaited<ReturnType<typeof auditPaths>>, scope: readonly string[]): Promise<number> {
  const entries = await entriesFor(result, existing);
  const baseline = retaken(existing, entries, scope);
  writeBaseline(existing.path, baseline);
  const files = new Set(entries.map((entry) => entry.file)).size;
  return print(`Wrote ${relativeToCwd(existing.path)}: ${count(entries.length, 'finding')} in ${count(files, 'file')} accepted (${count(baseline.entries.length, 'entry', 'entries')} in all).\n`);
}

function prune(existing: LoadedBaseline, applied: Awaited<ReturnType<typeof applyBaseline>>): number {
  const stale = applied.baseline.stale;
  if (stale.length === 0) return print(`${relativeToCwd(existing.path)}: no stale entry.\n`);
  const baseline = withoutStale(existing, stale);
  writeBaseline(existing.path, baseline);
  return print(`Dropped ${count(stale.length, 'stale entry', 'stale entries')} from ${relativeToCwd(existing.path)}; ${count(baseline.entries.length, 'entry', 'entries')} remain.\n`);
}

function count(value: number, word: string, plural = `${word}s`): string {
  return `${value} ${value === 1 ? word : plural}`;
}
