import type { ParsedDocument } from './languages';
import type { PrefilterInput } from './prefilter';
import type { FileScope } from './scope';
import type { Confidence, FixData, LanguageId, Report, RuleMeta, ScanOptions, Severity } from './types';

/** What a check sees: one file, parsed on demand, and a way to report. */
export interface RuleContext {
  /** Forward-slash path, relative to the scanned root when there is one. */
  readonly path: string;
  readonly language: LanguageId;
  readonly text: string;
  readonly options: ScanOptions;
  /** Parsers, each run at most once per scan and shared by all rules. */
  readonly parsed: ParsedDocument;
  /** The file's scope (app, test, fixture, ...), from the conventions and the config's `scopes`. */
  readonly scope: FileScope;
  report(report: Report): void;
}

/** Must stay silent. */
export interface ValidExample {
  name?: string;
  path: string;
  code: string;
  options?: ScanOptions;
}

/**
 * Must report exactly the ranges marked in `code` with ⟦ and ⟧ (the markers are removed
 * before scanning). `output` is the code after the finding's fix, when it has one.
 */
export interface InvalidExample {
  name?: string;
  path: string;
  code: string;
  options?: ScanOptions;
  /** Each finding's message must contain these. */
  messageIncludes?: string[];
  /** Each finding's severity, when the example is about it (a guess in a test file is `info`). */
  severity?: Severity;
  /** Each finding's confidence, when the example is about it. */
  confidence?: Confidence;
  /** The other files each finding's related locations are in (a production config beside a compose file). */
  relatedFiles?: string[];
  /** Expected fix data, matched as a subset. */
  fix?: Partial<FixData> & Record<string, unknown>;
  /** No fix is offered, and every finding's `noFixReason` contains this. */
  noFixBecause?: string;
  output?: string;
}

export interface Examples {
  valid: ValidExample[];
  invalid: InvalidExample[];
}

/**
 * A rule's examples for some of its languages. They live beside the rule's checks
 * (`rules/<id>/examples.ts`) but never inside the rule object, so no bundle carries them.
 */
export interface ExampleSet {
  languages: readonly LanguageId[];
  examples: Examples;
}

export interface RuleExamples {
  ruleId: string;
  sets: readonly ExampleSet[];
}

/** A rule's check for some languages; its examples are in the rule's examples.ts. */
export interface LanguageCheck {
  languages: readonly LanguageId[];
  /**
   * Lowercase words; the check runs only on files that contain at least one
   * (gitleaks-style prefilter, so most files are never parsed). Empty: always run.
   */
  keywords: readonly string[];
  /**
   * Or one of these matches (non-global): for what no word can announce, such as a token format
   * whose only literal is too short or too common to prefilter by (`SK` + hex, a seed phrase).
   */
  patterns?: readonly RegExp[];
  /**
   * A sharper test after the keywords, still before any parse: false only when the file cannot
   * produce a finding of this check (built from ./prefilter's lexical proofs). Every example that
   * reports must pass it (test/unit/prefilter.test.ts).
   */
  mayReport?(file: PrefilterInput): boolean;
  /**
   * Runs on files only a developer's machine loads (`settings/development.py`, `application-dev.yml`), which its
   * rule's `deployed-app` reach otherwise skips: Factor X compares such a file with production's own.
   */
  readsDevelopmentFiles?: true;
  /**
   * Every report lies inside one top-level unit (a JS/TS statement, a tree-sitter root child)
   * and follows from that unit and the file's context units (imports): after an edit the check
   * reruns only on the changed units (engine/regions.ts). test/unit/region-reruns.test.ts holds
   * every local check to it on every example.
   */
  local?: true;
  /**
   * A local check's view of the context units: each name they bind and what it refers to (the
   * module's imports). After an edit that changes a context unit, the check reruns only on the
   * changed units and on those that mention a name whose binding changed. Without it, any
   * change to a context unit reruns the check on the whole file.
   */
  contextBindings?: (parsed: ParsedDocument) => ReadonlyMap<string, string>;
  /**
   * A local check whose report may also read the statement just before its own (comments
   * skipped): after an edit, the statement after a changed one reruns too, beside the one before it.
   */
  readsStatementBefore?: true;
  check(context: RuleContext): void;
}

export interface Rule {
  meta: RuleMeta;
  checks: readonly LanguageCheck[];
}

export const DOCS_BASE = 'https://github.com/twelve-factor-lint/twelve-factor-lint/blob/main/docs/rules/';

export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
