// Runs a command and measures its wall time and peak resident memory, through GNU time (the only
// portable reader of a child's peak RSS; Node's resourceUsage covers only its own process).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measurement {
  wallMs: number;
  peakRssMiB: number | undefined;
}

const GNU_TIME = '/usr/bin/time';

export function measure(command: string, args: readonly string[], cwd: string): Measurement {
  const dir = mkdtempSync(join(tmpdir(), 'tfl-measure-'));
  const report = join(dir, 'time');
  try {
    const timed = existsSync(GNU_TIME);
    const started = performance.now();
    const result = timed
      ? spawnSync(GNU_TIME, ['-f', '%M', '-o', report, command, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
      : spawnSync(command, [...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const wallMs = performance.now() - started;
    // Both tools exit 1 when they find something; 2 and above is a failure of the run.
    if (result.status === null || result.status > 1) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
    const kib = timed ? Number(readFileSync(report, 'utf8').trim().split('\n').pop()) : NaN;
    return { wallMs, peakRssMiB: Number.isFinite(kib) ? kib / 1024 : undefined };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The value below which `p` percent of the values lie (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
