// Runs the built CLI with a kill timeout, measuring wall time and, under /usr/bin/time -v when
// present, peak resident memory.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CLI } from '../cli/helpers';

export interface TimedRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  peakRssBytes: number | undefined;
}

export function runTimed(args: readonly string[], cwd: string, timeoutMs: number): Promise<TimedRun> {
  const command = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v', process.execPath] : [process.execPath];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command[0]!, [...command.slice(1), CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({ code, stdout, stderr, ms: performance.now() - started, peakRssBytes: rss ? Number(rss[1]) * 1024 : undefined });
    });
  });
}
