// Region-limited reruns for an editor's edits. A check marked `local` reports only inside
// top-level units, each report following from its unit and the file's context units (imports).
// After an edit, the units the edit did not touch keep their previous reports (moved by the
// edit's length change), and the check runs again only on the changed units, in a copy of the
// file where every other unit is blanked out (same offsets, same lines). Anything this cannot
// place (a report across units, a changed import, other options) reruns the check on the whole
// file. test/unit/region-reruns.test.ts proves the results equal a full scan.
import type { ChangedRegion } from './languages/incremental';
import type { Unit } from './languages/units';
import type { LanguageCheck } from './rule';
import type { FixData, OffsetEdit, Report, Span } from './types';

/** What one scan of a document leaves for the scan of its next version. */
export interface CheckMemo {
  units: readonly Unit[];
  /** Settings and facts the reports were made with (a change reruns everything). */
  optionsKey: string;
  /** Each local check's reports, in the order they are processed. */
  reports: Map<LanguageCheck, Report[]>;
  /**
   * The text with every character but line breaks turned to a space, once a rerun needed it;
   * kept up to date edit by edit from then on.
   */
  blank?: string;
  /** What each local check's contextBindings gave on this version, to tell which names an edit rebinds. */
  bindings: Map<ContextBindings, ReadonlyMap<string, string>>;
}

export type ContextBindings = NonNullable<LanguageCheck['contextBindings']>;

/** The changed units, and a way to carry an unchanged unit's reports over to the new text. */
export interface RerunPlan {
  /** New units the edit touched: the check runs on these (and the context units). */
  dirty: readonly Unit[];
  /** The units of the blanked copy: the dirty ones and every context unit. */
  kept: readonly Unit[];
  /** Each new unit's old twin, or undefined when it is dirty. */
  twins: ReadonlyArray<Unit | undefined>;
  region: ChangedRegion;
}

/**
 * Matches the new units to the old: a unit wholly before or after the changed region whose
 * old twin has the same range (shifted) and kind is unchanged, and that reads no name the edit
 * rebound (`readers`). Undefined when a context unit changed and the check cannot tell which
 * units read it (no `readers`), or nothing would be saved: then the check runs on the whole file.
 */
export function planRerun(old: readonly Unit[], now: readonly Unit[], region: ChangedRegion, readers?: ReadonlySet<Unit>, readsStatementBefore = false): RerunPlan | undefined {
  const delta = region.newEnd - region.oldEnd;
  const oldByRange = new Map(old.map((unit) => [`${unit.start}:${unit.end}:${unit.kind}`, unit]));
  const matched = new Set<Unit>();
  const twins = now.map((unit) => {
    const shift = unit.end <= region.start ? 0 : unit.start >= region.newEnd ? delta : undefined;
    if (shift === undefined) return undefined;
    const twin = oldByRange.get(`${unit.start - shift}:${unit.end - shift}:${unit.kind}`);
    if (twin) matched.add(twin);
    return twin && !readers?.has(unit) ? twin : undefined;
  });
  const contextChanged = now.some((unit, index) => unit.context && twins[index] === undefined) || old.some((unit) => unit.context && !matched.has(unit));
  if (contextChanged && !readers) return undefined;
  const changed = twins.map((twin) => twin === undefined);
  // A check whose report may read the statement before its own (the prompt a Python script
  // answers): the statement after a changed one, or after where one was removed, reads anew and
  // reruns too, in a copy that keeps the statement before each one that reruns.
  const rerun = [...changed];
  if (readsStatementBefore) {
    changed.forEach((isChanged, index) => isChanged && markNext(now, rerun, index + 1));
    markNext(now, rerun, now.findIndex((unit) => unit.start >= region.newEnd));
  }
  for (let index = 0; index < now.length; index++) if (rerun[index]) twins[index] = undefined;
  const dirty = now.filter((_, index) => rerun[index]);
  if (dirty.length === now.length || mostOfALargeFile(dirty, now)) return undefined;
  const before = new Set(readsStatementBefore ? now.flatMap((_, index) => (rerun[index] ? [previousStatement(now, index)] : [])) : []);
  return { dirty, kept: now.filter((unit, index) => unit.context || rerun[index] || before.has(index)), twins, region };
}

/** Marks the first unit from `from` on that is not a comment (a comment reads nothing). */
function markNext(units: readonly Unit[], marks: boolean[], from: number): void {
  if (from < 0) return;
  for (let index = from; index < units.length; index++) {
    if (units[index]!.kind === 'comment') continue;
    marks[index] = true;
    return;
  }
}

/** The index of the unit before `index` that is not a comment; -1 when none. */
function previousStatement(units: readonly Unit[], index: number): number {
  for (let before = index - 1; before >= 0; before--) if (units[before]!.kind !== 'comment') return before;
  return -1;
}

/** Names bound in one version and not alike in the other: added, removed or bound to something else. */
export function reboundNames(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const names = [...after.keys()].filter((name) => before.get(name) !== after.get(name));
  for (const name of before.keys()) if (!after.has(name)) names.push(name);
  return names;
}

/**
 * The units that mention one of `names` as a word: the only ones whose reports a change of those
 * bindings can change. A superset is safe (a mention in a comment, inside a longer non-ASCII
 * name): it only reruns more. A `\u` escape may spell any name, so a unit holding one reads them all.
 */
export function unitsMentioning(text: string, units: readonly Unit[], names: readonly string[]): Set<Unit> {
  const readers = new Set<Unit>();
  if (names.length === 0) return readers;
  const words = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const mention = new RegExp(`(?<![\\w$])(?:${words})(?![\\w$])|\\\\u`, 'g');
  for (let found = mention.exec(text); found; found = mention.exec(text)) {
    const unit = unitHolding(units, { start: found.index, end: found.index + found[0].length });
    if (unit) readers.add(unit);
  }
  return readers;
}

/**
 * The text with everything outside `units` turned to spaces; line breaks stay, so offsets and
 * lines do. `blank` is the whole text so blanked (blankText), of which the gaps are slices.
 */
export function blankExcept(text: string, blank: string, units: readonly Unit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const unit of units) {
    if (unit.start > at) parts.push(blank.slice(at, unit.start));
    parts.push(text.slice(Math.max(at, unit.start), unit.end));
    at = Math.max(at, unit.end);
  }
  if (at < text.length) parts.push(blank.slice(at));
  return parts.join('');
}

/**
 * The blanked whole text of an edited version: the previous one's, with only the changed region
 * blanked anew (blanking 300 KB on every keystroke would cost more than the rerun saves).
 */
export function blankText(text: string, previous?: { blank: string; region: ChangedRegion }): string {
  if (!previous) return blanked(text);
  const { blank, region } = previous;
  return blank.slice(0, region.start) + blanked(text.slice(region.start, region.newEnd)) + blank.slice(region.oldEnd);
}

function blanked(text: string): string {
  return text.replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length));
}

/**
 * The check's reports on the new text: the old reports of unchanged units, moved, and the new
 * reports of the changed units, unit by unit. Undefined when an old report cannot be placed in
 * one unit or a new one falls outside the changed units: the check then reruns on the whole file.
 */
export function mergeReports(plan: RerunPlan, old: readonly Unit[], oldReports: readonly Report[], fresh: readonly Report[], now: readonly Unit[]): Report[] | undefined {
  const oldGroups = groupByUnit(old, oldReports);
  const freshGroups = groupByUnit(now, fresh);
  if (!oldGroups || !freshGroups) return undefined;
  const delta = plan.region.newEnd - plan.region.oldEnd;
  const merged: Report[] = [];
  for (let index = 0; index < now.length; index++) {
    const twin = plan.twins[index];
    if (!twin) {
      merged.push(...(freshGroups.get(now[index]!) ?? []));
      continue;
    }
    for (const report of oldGroups.get(twin) ?? []) {
      const moved = movedReport(report, plan.region, delta);
      if (!moved) return undefined;
      merged.push(moved);
    }
  }
  return merged;
}

/** Reports by the unit holding their span (units are sorted and do not overlap); undefined when one is in none. */
function groupByUnit(units: readonly Unit[], reports: readonly Report[]): Map<Unit, Report[]> | undefined {
  const groups = new Map<Unit, Report[]>();
  for (const report of reports) {
    const unit = unitHolding(units, report.span);
    if (!unit) return undefined;
    const group = groups.get(unit);
    if (group) group.push(report);
    else groups.set(unit, [report]);
  }
  return groups;
}

/** The last unit starting at or before the span, if the span ends inside it. */
function unitHolding(units: readonly Unit[], span: Span): Unit | undefined {
  let low = 0;
  let high = units.length - 1;
  let found: Unit | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (units[middle]!.start <= span.start) {
      found = units[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found && span.end <= found.end && (span.start < found.end || span.start === span.end) ? found : undefined;
}

/**
 * The report with every offset in the new text. An offset inside the changed region means the
 * report read what changed: undefined, and the check reruns on the whole file.
 */
function movedReport(report: Report, region: ChangedRegion, delta: number): Report | undefined {
  let placed = true;
  const move = (span: Span): Span => {
    const start = movedOffset(span.start, region, delta);
    const end = movedOffset(span.end, region, delta);
    if (start === undefined || end === undefined) placed = false;
    return { start: start ?? span.start, end: end ?? span.end };
  };
  const moved: Report = { ...report, span: move(report.span) };
  if (report.related) moved.related = report.related.map((place) => ({ ...place, span: move(place.span) }));
  if (report.fix) moved.fix = movedFix(report.fix, move);
  return placed ? moved : undefined;
}

function movedOffset(offset: number, region: ChangedRegion, delta: number): number | undefined {
  if (offset <= region.start) return offset;
  if (offset >= region.oldEnd) return offset + delta;
  return undefined;
}

function movedFix(fix: FixData, move: (span: Span) => Span): FixData {
  const edits = (list: readonly OffsetEdit[]) => list.map((edit) => ({ ...edit, span: move(edit.span) }));
  switch (fix.kind) {
    case 'move-to-env':
      return { ...fix, span: move(fix.span) };
    case 'replace':
    case 'move-to-script':
      return { ...fix, edits: edits(fix.edits) };
  }
}

/**
 * A large file whose changed units are most of it (one class holding everything): the whole
 * file is the cheaper run (the copy would cost a second parse). Small files are cheap either way.
 */
function mostOfALargeFile(dirty: readonly Unit[], now: readonly Unit[]): boolean {
  const size = now.at(-1)?.end ?? 0;
  const changed = dirty.reduce((sum, unit) => sum + unit.end - unit.start, 0);
  return size > LARGE_FILE && changed * 2 > size;
}

const LARGE_FILE = 16 * 1024;
