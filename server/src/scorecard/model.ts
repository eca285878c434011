// The scorecard: for each app, the twelve factors in order, each clean, with findings, or
// "check by hand" where no enabled rule reads that factor from code.
import { basename, isAbsolute, join } from 'node:path';
import { URI } from 'vscode-uri';
import type { Rule } from '../engine/rule';
import { SEVERITIES, type Factor, type Finding, type Severity } from '../engine/types';
import { appFinder } from './apps';
import { FACTORS } from './factors';

export type FactorState = 'findings' | 'clean' | 'manual';

/** A place the scorecard links to: forward slashes, relative to the audited folder; 1-based. */
export interface ScorecardPlace {
  path: string;
  line: number;
  column: number;
}

/** A finding as the scorecard links it: where, what, never a value. */
export interface ScorecardFinding extends ScorecardPlace {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Places of the same problem in other files (the production config a compose image differs from). */
  elsewhere?: (ScorecardPlace & { message: string })[];
}

export interface FactorScore {
  factor: Factor;
  name: string;
  principle: string;
  url: string;
  state: FactorState;
  /** The enabled rules that read this factor from code. */
  rules: string[];
  bySeverity: Record<Severity, number>;
  findings: ScorecardFinding[];
  /** What to check by hand; set when state is 'manual'. */
  manualCheck?: string;
}

export interface AppScorecard {
  /** The app's folder relative to the audited folder ('.' for the folder itself). */
  app: string;
  /** Absolute folder the finding paths are relative to. */
  root: string;
  findings: number;
  factors: FactorScore[];
}

export interface Scorecard {
  apps: AppScorecard[];
}

export interface ScorecardInput {
  /** Absolute folder the finding paths are relative to. */
  root: string;
  /** App folders relative to root ('' for root itself), from appRoots(). */
  apps: readonly string[];
  findings: ReadonlyArray<Finding & { path: string }>;
  /** The rules that ran: a factor no enabled rule reads is one to check by hand. */
  enabledRules: readonly Rule[];
}

/** One scorecard per app of every audited folder; files outside any app belong to the folder. */
export function buildScorecard(inputs: readonly ScorecardInput[]): Scorecard {
  if (inputs.length === 1) return { apps: appScorecards(inputs[0]!) };
  // Several workspace folders: an app is named from its folder.
  return {
    apps: inputs.flatMap((input) =>
      appScorecards(input).map((app) => ({ ...app, app: app.app === '.' ? basename(input.root) : `${basename(input.root)}/${app.app}` })),
    ),
  };
}

function appScorecards(input: ScorecardInput): AppScorecard[] {
  const roots = input.apps.includes('') ? [...input.apps] : ['', ...input.apps];
  const byApp = new Map<string, Array<Finding & { path: string }>>(roots.map((root) => [root, []]));
  const appOf = appFinder(roots);
  for (const finding of input.findings) byApp.get(appOf(finding.path))!.push(finding);
  const rulesByFactor = groupRules(input.enabledRules);
  return [...byApp]
    // The folder itself is an app when it has a manifest or holds findings no app claims.
    .filter(([app, findings]) => app !== '' || input.apps.includes('') || findings.length > 0 || roots.length === 1)
    .map(([app, findings]) => ({
      app: app === '' ? '.' : app,
      root: input.root,
      findings: findings.length,
      factors: FACTORS.map((info) => factorScore(info, rulesByFactor.get(info.factor) ?? [], findings)),
    }));
}

function factorScore(info: (typeof FACTORS)[number], rules: string[], findings: ReadonlyArray<Finding & { path: string }>): FactorScore {
  const mine = findings.filter((finding) => finding.factor === info.factor);
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const finding of mine) bySeverity[finding.severity]++;
  const state: FactorState = mine.length > 0 ? 'findings' : rules.length > 0 ? 'clean' : 'manual';
  return {
    factor: info.factor,
    name: info.name,
    principle: info.principle,
    url: info.url,
    state,
    rules,
    bySeverity,
    findings: mine.map(toScorecardFinding),
    ...(state === 'manual' ? { manualCheck: info.manualCheck } : {}),
  };
}

function groupRules(rules: readonly Rule[]): Map<Factor, string[]> {
  const byFactor = new Map<Factor, string[]>();
  for (const rule of rules) byFactor.set(rule.meta.factor, [...(byFactor.get(rule.meta.factor) ?? []), rule.meta.id]);
  return byFactor;
}

function toScorecardFinding(finding: Finding & { path: string }): ScorecardFinding {
  const elsewhere = (finding.related ?? []).flatMap((place) =>
    place.path === undefined ? [] : [{ path: place.path, line: place.range.start.line + 1, column: place.range.start.character + 1, message: place.message }],
  );
  return {
    path: finding.path,
    line: finding.range.start.line + 1,
    column: finding.range.start.character + 1,
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    ...(elsewhere.length > 0 ? { elsewhere } : {}),
  };
}

/** "2 errors, 1 warning"; "clean"; "check by hand". */
export function describeState(score: FactorScore): string {
  if (score.state === 'clean') return 'clean';
  if (score.state === 'manual') return 'check by hand';
  return SEVERITIES.filter((severity) => score.bySeverity[severity] > 0)
    .map((severity) => {
      const count = score.bySeverity[severity];
      return `${count} ${severity === 'info' || count === 1 ? severity : `${severity}s`}`;
    })
    .join(', ');
}

/** The finding's file, absolute (paths outside the audited folder already are). */
export function absolutePath(root: string, finding: ScorecardPlace): string {
  return isAbsolute(finding.path) ? finding.path : join(root, finding.path);
}

/** A file URI with the line as its fragment, as editors and the Markdown preview open it. */
export function locationUri(root: string, finding: ScorecardPlace): string {
  return URI.file(absolutePath(root, finding)).with({ fragment: `L${finding.line}` }).toString();
}
