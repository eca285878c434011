import type { Examples } from './rule';

/** One check's examples kept in several files (by shape or framework), read as one set. */
export function joinExamples(...sets: readonly Examples[]): Examples {
  return { valid: sets.flatMap((set) => set.valid), invalid: sets.flatMap((set) => set.invalid) };
}
