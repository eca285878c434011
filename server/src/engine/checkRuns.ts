// Runs a file's checks and collects each one's reports: the prefilter decides which run at all,
// a cancelled scan stops between two checks, and in an editor's document a `local` check reruns
// only on the units an edit changed (regions.ts).
import { ParsedDocument } from './languages';
import { containedCode } from './languages/contained';
import type { Unit } from './languages/units';
import { holdsKeyword, KeywordTable, oncePerFile, TextPrefilters, type PrefilterInput } from './prefilter';
import { blankExcept, blankText, mergeReports, planRerun, reboundNames, unitsMentioning, type CheckMemo, type ContextBindings, type RerunPlan } from './regions';
import type { LanguageCheck, Rule, RuleContext } from './rule';
import { reads, type DeployedAppPolicy, type FileScope } from './scope';
import type { LanguageId, Report, ScanOptions, Severity } from './types';

/** Thrown by a scan whose `isCancelled` said so: not a failure, nobody wants the result. */
export class ScanCancelled extends Error {
  override readonly name = 'ScanCancelled';
}

/** One check's reports, in position order (so a rerun and a full run number repeats alike). */
export interface CheckRun {
  rule: Rule;
  severity: Severity;
  reports: Report[];
}

/**
 * Runs each enabled rule's checks that apply to the language and pass the keyword prefilter; a rule
 * about the deployed app only where the file's policy lets it (scope/index.ts). The checks read `path`:
 * the file's path in its project, which the conventions they judge by (a `scripts/` folder, a
 * `Procfile.dev`) are about, not the folders the project sits in.
 */
export function runChecks(parsed: ParsedDocument, options: ScanOptions, rules: readonly Rule[], scope: FileScope, deployed: DeployedAppPolicy, path = parsed.path): CheckRun[] {
  const { text, language } = parsed;
  const prefilter = parsed.prefilters.input(options);
  const rerun = parsed.remembersChecks ? new RegionRerun(parsed, options, scope) : undefined;
  const runs: CheckRun[] = [];
  try {
    for (const rule of rules) {
      const checks = checksOf(rule, language);
      if (checks.length === 0) continue;
      const severity = severityOf(rule, options);
      if (!severity) continue;
      const ruleReads = reads(rule.meta.reach ?? 'any-file', scope, deployed);
      // An app file a deployed-app rule skips is one only a developer's machine loads (settings/development.py).
      const developmentOnly = !ruleReads && scope === 'app' && deployed === 'skip';
      if (!ruleReads && !developmentOnly) continue;
      for (const check of checks) {
        if (!ruleReads && !check.readsDevelopmentFiles) continue;
        if (!rerun?.skipsPrefilter(check) && !passes(check, language, prefilter, rules)) continue;
        if (options.isCancelled?.()) throw new ScanCancelled();
        const reports = (check.local && rerun?.reportsOf(check)) || collect(check, { path, language, text, options, parsed, scope });
        if (check.local) rerun?.remember(check, reports);
        runs.push({ rule, severity, reports: byPosition(reports) });
      }
    }
    rerun?.finish();
  } finally {
    rerun?.dispose();
  }
  return runs;
}

function collect(check: LanguageCheck, context: Omit<RuleContext, 'report'>): Report[] {
  const reports: Report[] = [];
  check.check({ ...context, report: (report) => void reports.push(report) });
  return reports;
}

/** Stable: reports at one position keep the order the check gave them. */
function byPosition(reports: Report[]): Report[] {
  return reports.sort((a, b) => a.span.start - b.span.start);
}

function severityOf(rule: Rule, options: ScanOptions): Severity | undefined {
  const setting = options.rules?.[rule.meta.id] ?? rule.meta.defaultSeverity;
  return setting === 'off' ? undefined : setting;
}

/**
 * Whether some enabled check of `language` passes its prefilter on `text`: a caller that must load
 * a parser before `scan` (a tree-sitter grammar) can leave it unloaded when none does. `prefilters`:
 * the text's ParsedDocument's, when its scan follows (an editor's open), which then reuses the answers.
 */
export function mayRunAnyCheck(language: LanguageId, text: string, options: ScanOptions, rules: readonly Rule[], prefilters = new TextPrefilters(text)): boolean {
  const contained = containedCode(language, text);
  if (contained && mayRunAnyCheck(contained.language, contained.code.text, options, rules)) return true;
  const prefilter = prefilters.input(options);
  return rules.some((rule) => severityOf(rule, options) !== undefined && checksOf(rule, language).some((check) => passes(check, language, prefilter, rules)));
}

const checksByLanguage = new WeakMap<readonly LanguageCheck[], Map<LanguageId, readonly LanguageCheck[]>>();

/**
 * The rule's checks for `language`, in the rule's order, listed once per language: a file's scan then
 * asks nothing of the others (about 190 checks in all, 20 or so per language), where each used to
 * cost a prefilter answer kept per file. Keyed by the checks array, so a rule given new checks gets
 * a new list.
 */
function checksOf(rule: Rule, language: LanguageId): readonly LanguageCheck[] {
  let byLanguage = checksByLanguage.get(rule.checks);
  if (!byLanguage) checksByLanguage.set(rule.checks, (byLanguage = new Map()));
  let checks = byLanguage.get(language);
  if (!checks) byLanguage.set(language, (checks = rule.checks.filter((check) => check.languages.includes(language))));
  return checks;
}

/** appliesTo, once per text for a check whose prefilter reads no option (oncePerFile keeps it). */
function passes(check: LanguageCheck, language: LanguageId, file: PrefilterInput, rules: readonly Rule[]): boolean {
  return oncePerFile(file, check, () => appliesTo(check, language, file, keywordTableOf(rules, language)));
}

/**
 * The check's language, then its keywords, then its sharper lexical test: all before any parse. `keywords`:
 * a table holding the check's keywords, whose one pass over the file other checks share (keywordTableOf);
 * by default the check's own.
 */
export function appliesTo(check: LanguageCheck, language: LanguageId, file: PrefilterInput, keywords = ownKeywordTable(check)): boolean {
  if (!check.languages.includes(language)) return false;
  // The keywords, or a pattern for what no word announces (LanguageCheck.patterns; checks share some).
  if (check.keywords.length > 0 && !holdsKeyword(file, keywords, check.keywords) && !check.patterns?.some((pattern) => oncePerFile(file, pattern, () => pattern.test(file.text)))) return false;
  return check.mayReport === undefined || check.mayReport(file);
}

const keywordTables = new WeakMap<readonly Rule[], Map<LanguageId, KeywordTable>>();

/** Every keyword of the rules' checks for `language`, as one table: a file's keyword tests are then one pass over it. */
export function keywordTableOf(rules: readonly Rule[], language: LanguageId): KeywordTable {
  let byLanguage = keywordTables.get(rules);
  if (!byLanguage) keywordTables.set(rules, (byLanguage = new Map()));
  let table = byLanguage.get(language);
  if (!table) byLanguage.set(language, (table = new KeywordTable(rules.flatMap((rule) => checksOf(rule, language).flatMap((check) => check.keywords)))));
  return table;
}

const ownKeywordTables = new WeakMap<LanguageCheck, KeywordTable>();

function ownKeywordTable(check: LanguageCheck): KeywordTable {
  let table = ownKeywordTables.get(check);
  if (!table) ownKeywordTables.set(check, (table = new KeywordTable(check.keywords)));
  return table;
}

/** A rerun plan, the previous version's memo it builds on, and this version's units. */
interface PlannedRerun {
  plan: RerunPlan;
  old: CheckMemo;
  units: readonly Unit[];
}

/**
 * One scan's region-limited reruns: the previous version's memo, each local check's plan (what it
 * reads beyond its unit decides what reruns: the names it reads through the imports, the statement
 * before), the blanked copies the checks rerun on, and the memo this scan leaves for the next version.
 */
class RegionRerun {
  private readonly optionsKey: string;
  private readonly reports = new Map<LanguageCheck, Report[]>();
  private readonly plans = new Map<LanguageCheck, PlannedRerun | null>();
  private readonly bindings = new Map<ContextBindings, ReadonlyMap<string, string>>();
  private readonly blankedCopies = new Map<RerunPlan, ParsedDocument>();
  private blankWhole?: string;

  constructor(
    private readonly parsed: ParsedDocument,
    private readonly options: ScanOptions,
    private readonly scope: FileScope,
  ) {
    // Reports follow from the text and these: other settings or facts, other reports.
    const { treeSitter: _parsers, isCancelled: _cancelled, ...plain } = options;
    this.optionsKey = JSON.stringify([scope, plain]);
  }

  /** The check's reports from the changed units and the moved old ones; undefined: run it on the whole file. */
  reportsOf(check: LanguageCheck): Report[] | undefined {
    const planned = this.planned(check);
    const old = planned?.old.reports.get(check);
    if (!planned || !old) return undefined;
    // No prefilter on the copy: the check passed it on the whole file, and reads each unit as it would there.
    const parsed = this.blankedCopy(planned.plan);
    const fresh = collect(check, { path: parsed.path, language: parsed.language, text: parsed.text, options: this.options, parsed, scope: this.scope });
    return mergeReports(planned.plan, planned.old.units, old, fresh, planned.units);
  }

  /**
   * Whether a local check runs on this version without asking its prefilter again: it ran on the previous version with
   * these options (so its prefilter passed there, or was skipped by this same test), and it either reruns on the
   * changed units only or reported on that version. A prefilter only proves that a file cannot report, so the reports
   * are the same either way (prefilter.test.ts: findings with and without prefilters); what is saved is the prefilter's
   * pass over the whole text at each edit, most of a body edit's work on a large file (docs/speed-history.md, speed27).
   * An edit that takes away what the check reported reruns it on the whole file once, then its prefilter decides again.
   */
  skipsPrefilter(check: LanguageCheck): boolean {
    const old = check.local ? this.parsed.edit?.memo : undefined;
    const reports = old?.optionsKey === this.optionsKey ? old.reports.get(check) : undefined;
    return reports !== undefined && (reports.length > 0 || this.planned(check) !== undefined);
  }

  remember(check: LanguageCheck, reports: Report[]): void {
    this.reports.set(check, reports);
    if (check.contextBindings) this.bindingsOf(check.contextBindings);
  }

  /** Leaves the memo on the document; a scan that did not finish leaves none. */
  finish(): void {
    const units = this.reports.size > 0 ? this.parsed.units : undefined;
    const blank = this.blankWhole ?? this.blankFromPrevious();
    this.parsed.memo = units ? { units, optionsKey: this.optionsKey, reports: this.reports, bindings: this.bindings, ...(blank !== undefined ? { blank } : {}) } : undefined;
  }

  /** The whole text blanked: from the previous version's where there is one, else anew (a first edit). */
  private blank(): string {
    this.blankWhole ??= this.blankFromPrevious() ?? blankText(this.parsed.text);
    return this.blankWhole;
  }

  /** Cheap (the changed region only), so kept up to date even by a scan that reran nothing by region. */
  private blankFromPrevious(): string | undefined {
    const edit = this.parsed.edit;
    return edit?.memo?.blank !== undefined ? blankText(this.parsed.text, { blank: edit.memo.blank, region: edit.region }) : undefined;
  }

  dispose(): void {
    for (const copy of this.blankedCopies.values()) copy.dispose();
  }

  private bindingsOf(read: ContextBindings): ReadonlyMap<string, string> {
    let bindings = this.bindings.get(read);
    if (!bindings) this.bindings.set(read, (bindings = read(this.parsed)));
    return bindings;
  }

  private planned(check: LanguageCheck): PlannedRerun | undefined {
    let planned = this.plans.get(check);
    if (planned === undefined) {
      const old = this.parsed.edit?.memo;
      const units = old?.optionsKey === this.optionsKey ? this.parsed.units : undefined;
      const readers = units && old ? this.readers(check.contextBindings, old, units) : undefined;
      const plan = units && old ? planRerun(old.units, units, this.parsed.edit!.region, readers, check.readsStatementBefore === true) : undefined;
      planned = plan && units && old ? { plan, old, units } : null;
      this.plans.set(check, planned);
    }
    return planned ?? undefined;
  }

  /** The units that mention a name the edit bound anew; undefined when the check cannot say what it reads. */
  private readers(read: ContextBindings | undefined, old: CheckMemo, units: readonly Unit[]): Set<Unit> | undefined {
    const before = read && old.bindings.get(read);
    if (!read || !before) return undefined;
    return unitsMentioning(this.parsed.text, units, reboundNames(before, this.bindingsOf(read)));
  }

  private blankedCopy(plan: RerunPlan): ParsedDocument {
    let copy = this.blankedCopies.get(plan);
    if (!copy) this.blankedCopies.set(plan, (copy = this.parsed.withText(blankExcept(this.parsed.text, this.blank(), plan.kept))));
    return copy;
  }
}
