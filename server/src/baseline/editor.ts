// The baseline in the editor: a finding accepted in the folder's `.twelve-factor-baseline.json`
// is shown as a hint, or not at all, as `twelveFactor.baseline.display` says.
import { join } from 'node:path';
import type { Finding } from '../engine/types';
import type { BaselineDisplay } from '../settings';
import { BASELINE_FILE_NAME, BaselineError } from './file';
import { baselinePathOf, loadBaseline, matchFile, type LoadedBaseline } from './match';

/** Each workspace folder's baseline, read once and again after the file changes. */
export class FolderBaselines {
  private readonly loaded = new Map<string, LoadedBaseline | undefined>();

  constructor(private readonly onError: (message: string) => void = () => undefined) {}

  /** The folder's baseline; undefined when it has none or it cannot be read (said once). */
  of(folder: string): LoadedBaseline | undefined {
    if (this.loaded.has(folder)) return this.loaded.get(folder);
    let baseline: LoadedBaseline | undefined;
    try {
      baseline = loadBaseline(join(folder, BASELINE_FILE_NAME));
    } catch (error) {
      const missing = error instanceof BaselineError && error.message.endsWith('file not found');
      if (!missing) this.onError(`Twelve-Factor Lint ignores the baseline: ${error instanceof BaselineError ? error.message : 'it cannot be read'}`);
    }
    this.loaded.set(folder, baseline);
    return baseline;
  }

  invalidate(): void {
    this.loaded.clear();
  }
}

/** One document's findings with the baseline applied: accepted ones become hints or are dropped. */
export async function withBaselineApplied(
  baseline: LoadedBaseline | undefined,
  absolutePath: string | undefined,
  findings: Finding[],
  display: BaselineDisplay,
): Promise<Finding[]> {
  if (!baseline || !absolutePath || findings.length === 0) return findings;
  const matches = await matchFile(baseline, baselinePathOf(baseline, absolutePath), findings);
  return findings.flatMap((finding, index) => {
    if (!matches[index]) return [finding];
    return display === 'hide' ? [] : [{ ...finding, severity: 'hint' as const, message: `${finding.message} (accepted in the baseline)` }];
  });
}
