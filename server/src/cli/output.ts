// Where a report goes (stdout or --output) and whether it is coloured.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { TOOL } from '../format/tool';
import { UsageError } from './command';

export function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

/** A line on stderr that is not the report: a notice the user should see, never a finding. */
export function notice(text: string): void {
  process.stderr.write(`${TOOL.name}: ${text}\n`);
}

/** Writes the report to `path`, creating its folder (CI jobs write to reports/ that does not exist yet). */
export function writeReport(path: string, text: string): void {
  const file = resolve(path);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** Colour only on a terminal, unless NO_COLOR or --no-color says no, or FORCE_COLOR says yes. */
export function wantsColor(noColorFlag: boolean | undefined): boolean {
  if (noColorFlag || 'NO_COLOR' in process.env) return false;
  const force = process.env['FORCE_COLOR'];
  if (force !== undefined && force !== '' && force !== '0') return true;
  return process.stdout.isTTY === true;
}
