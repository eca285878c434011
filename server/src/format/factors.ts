import type { Factor } from '../engine/types';

/** The Twelve-Factor App's names for its factors. */
export const FACTOR_NAMES: Readonly<Record<Factor, string>> = {
  I: 'Codebase',
  II: 'Dependencies',
  III: 'Config',
  IV: 'Backing services',
  V: 'Build, release, run',
  VI: 'Processes',
  VII: 'Port binding',
  VIII: 'Concurrency',
  IX: 'Disposability',
  X: 'Dev/prod parity',
  XI: 'Logs',
  XII: 'Admin processes',
};

const ORDER = Object.keys(FACTOR_NAMES) as Factor[];

/** Factors in the methodology's order. */
export function byFactorOrder(a: Factor, b: Factor): number {
  return ORDER.indexOf(a) - ORDER.indexOf(b);
}
