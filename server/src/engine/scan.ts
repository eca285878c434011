import { fingerprint, maskedWindow, secretDigest, withoutValues } from './fingerprint';
import { ParsedDocument } from './languages';
import { languageOf } from './languages/detect';
import type { MappedText } from './languages/mapped-text';
import { containedCode } from './languages/contained';
import { runChecks } from './checkRuns';
import type { Rule } from './rule';
import { RULES } from './rules';
import { sinkKeyUsesIn } from './rules/hardcoded-credential/imported-key-uses';
import { LineIndex } from './source';
import { withNote } from './sentences';
import { isWordAndDigitsPassword } from './secrets';
import { findSuppressions, isSuppressed } from './suppress';
import { deployedAppPolicy, fileScope, SCOPE_WORDS, type DeployedAppPolicy, type FileScope } from './scope';
import { isGuess, SEVERITIES, type Finding, type LanguageId, type ModuleSinkKeyUse, type RelatedLocation, type Report, type ScanFile, type ScanOptions, type Severity } from './types';

export { appliesTo, mayRunAnyCheck, ScanCancelled } from './checkRuns';

/**
 * Scans one file's text and returns its findings, sorted by position. Pure: the same
 * input gives the same output, and nothing outside the arguments is read.
 */
export function scan(file: ScanFile, text: string, options: ScanOptions = {}, rules: readonly Rule[] = RULES): Finding[] {
  return withParsed(file, text, options, (parsed) => scanParsed(parsed, options, rules, file.scopePath)) ?? [];
}

/**
 * `scan`, and from the same parse what the file tells other files' checks: the names it imports and hands to a
 * secret-taking API (an audit's first pass gathers them, auditRun.ts).
 */
export function scanWithSinkKeyUses(file: ScanFile, text: string, options: ScanOptions = {}, rules: readonly Rule[] = RULES): { findings: Finding[]; sinkKeyUses: ModuleSinkKeyUse[] } {
  const read = (parsed: ParsedDocument) => ({ findings: scanParsed(parsed, options, rules, file.scopePath), sinkKeyUses: sinkKeyUsesIn(parsed) });
  return withParsed(file, text, options, read) ?? { findings: [], sinkKeyUses: [] };
}

/** The file parsed once for `read`, its trees freed after; undefined for a file of no known language. */
function withParsed<T>(file: ScanFile, text: string, options: ScanOptions, read: (parsed: ParsedDocument) => T): T | undefined {
  const path = file.path.replace(/\\/g, '/');
  const language = file.language ?? languageOf(path);
  if (!language) return undefined;
  const parsed = new ParsedDocument(path, text, language, options.treeSitter);
  try {
    return read(parsed);
  } finally {
    parsed.dispose();
  }
}

/**
 * `scan` for a caller that keeps the parsed document, an editor's open file, whose next version
 * then reparses incrementally (ParsedDocument.edited). The caller disposes it.
 */
export function scanParsed(parsed: ParsedDocument, options: ScanOptions = {}, rules: readonly Rule[] = RULES, scopePath?: string): Finding[] {
  const contained = containedCode(parsed.language, parsed.text);
  if (!contained) return scanOwn(parsed, options, rules, scopePath);
  // The container's own checks read what is not code (a page's tag attributes: JSTL's <sql:setDataSource password>).
  return [...scanContained(parsed, contained, options, rules, scopePath), ...scanOwn(parsed, options, rules, scopePath)].sort(byPlace);
}

/** The findings of the checks written for the file's own language. */
function scanOwn(parsed: ParsedDocument, options: ScanOptions, rules: readonly Rule[], scopePath?: string): Finding[] {
  const { path, text } = parsed;
  const lines = new LineIndex(text);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const occurrences = new Map<string, number>();
  const suppressions = findSuppressions(text, lines);
  const allowed = new Set(options.allowedValues ?? []);
  const scope = fileScope(scopePath ?? path, options.scopes, options.appFolders);
  const deployed = deployedAppPolicy(scopePath ?? path, options.scopes, scope);

  for (const { rule, severity, reports } of runChecks(parsed, options, rules, scope, deployed, scopePath ?? path)) {
    for (const report of reports) {
      if (report.secret !== undefined && allowed.has(report.secret)) continue;
      const reportScope = report.scope ?? scope;
      if (isProseGuess(report, reportScope) || isDummyPasswordGuess(report, reportScope)) continue;
      const finding = toFinding(rule, inScope(rule, severity, report, reportScope, deployed), reportScope, report, path, lines, occurrences);
      const key = `${finding.ruleId}:${finding.span.start}:${finding.span.end}`;
      if (seen.has(key) || isSuppressed(suppressions, finding.range.start.line, rule.meta.id)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  return findings.sort(byPlace);
}

function byPlace(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId);
}

/**
 * A notebook's cells or a component's scripts, scanned as the code they are, each finding moved back
 * onto the file's own text. A fix would be planned for the code alone (a notebook's is escaped in
 * JSON), so none is offered.
 */
function scanContained(file: ParsedDocument, contained: { language: LanguageId; code: MappedText }, options: ScanOptions, rules: readonly Rule[], scopePath?: string): Finding[] {
  const { code } = contained;
  const inner = file.contained(code.text, contained.language);
  try {
    const lines = new LineIndex(file.text);
    return scanParsed(inner, options, rules, scopePath ?? file.path).map((finding) => movedOnto(finding, code, lines));
  } finally {
    inner.dispose();
  }
}

function movedOnto(finding: Finding, code: MappedText, lines: LineIndex): Finding {
  const { fix, related, ...rest } = finding;
  const span = code.span(finding.span.start, finding.span.end);
  const places = related?.map((place) => {
    if (place.path !== undefined || !place.span) return place;
    const moved = code.span(place.span.start, place.span.end);
    return { ...place, span: moved, range: lines.range(moved) };
  });
  return { ...rest, span, range: lines.range(span), ...(places ? { related: places } : {}), ...(fix ? { noFixReason: CONTAINED_NO_FIX } : {}) };
}

const CONTAINED_NO_FIX = 'the value sits in code inside another kind of file (a notebook cell, a component script, a page scriptlet): move it to the environment by hand';

/**
 * A value that only its name makes a credential, in a translation: such files are prose by nature, so
 * `password: Parol`, `api_key: API avain` are labels in any language, whatever a word list says. A
 * random-looking value there (an API key in Android's strings.xml) stays information, a format an error.
 */
function isProseGuess(report: Report, scope: FileScope): boolean {
  return scope === 'locale' && report.confidence === 'name-only';
}

/**
 * `password: 'password123'` in a test's user, a seed, a template or the docs: the filler such files are made of, and
 * the placeholder reading holds there (the deployed app's code gets a warning: confidence.ts). A run of digits
 * stays information there, as every other name guess.
 */
function isDummyPasswordGuess(report: Report, scope: FileScope): boolean {
  return scope !== 'app' && report.secret !== undefined && isGuess(report.confidence ?? 'structure') && isWordAndDigitsPassword(report.secret.trim());
}

/**
 * A guess (a credential told by its name) in tests, fixtures, examples, docs or translations (where
 * isProseGuess has left out a name alone) is
 * information: those files are full of dummies. A value known by its format keeps its severity.
 * A rule about the deployed app reports an example app's problem as information.
 */
function inScope(rule: Rule, severity: Severity, report: Report, scope: FileScope, deployed: DeployedAppPolicy): { severity: Severity; note: string } {
  const confidence = report.confidence ?? 'structure';
  let result = atMost(severity, report.severity);
  let note = '';
  if (rule.meta.reach === 'deployed-app' && deployed === 'info') {
    result = atMost(result, 'info');
    note = ` Found ${SCOPE_WORDS[scope]}, not the deployed app, so reported as information.`;
  } else if (scope !== 'app' && isGuess(confidence)) {
    result = atMost(result, 'info');
    // A random-looking value under a secret's name is more than a name's guess, and the note says so (name-and-entropy).
    const guess = confidence === 'sink' ? 'A guess from where the value is passed' : confidence === 'name-and-entropy' ? "A random-looking value under a secret's name" : 'A guess from the name';
    note = ` ${guess} ${SCOPE_WORDS[scope]}, so reported as information.`;
  } else if (scope !== 'app' && confidence === 'format') {
    note = ` Identified by its format, so reported ${SCOPE_WORDS[scope]} too.`;
  }
  return { severity: result, note };
}

function atMost(severity: Severity, cap: Severity | undefined): Severity {
  return cap !== undefined && SEVERITIES.indexOf(cap) > SEVERITIES.indexOf(severity) ? cap : severity;
}

/** Characters each side of a finding's start that identify it in its fingerprint. */
const IDENTITY_CONTEXT = 160;

function toFinding(
  rule: Rule,
  { severity, note }: { severity: Severity; note: string },
  scope: FileScope,
  report: Report,
  path: string,
  lines: LineIndex,
  occurrences: Map<string, number>,
): Finding {
  const range = lines.range(report.span);
  const lineText = lines.lineText(range.start.line);
  const endCharacter = range.end.line === range.start.line ? range.end.character : lineText.length;
  // A bounded window around the finding, the secret masked and every other value left out (the
  // fingerprint's key is public, and a line may hold other secrets): a minified line holds
  // thousands of findings, and copying or hashing the whole line for each would be quadratic.
  const from = Math.max(0, range.start.character - IDENTITY_CONTEXT);
  const identity =
    report.secret !== undefined
      ? withoutValues(maskedWindow(lineText, from, range.start.character, endCharacter, IDENTITY_CONTEXT))
      : withoutValues(lineText.slice(from, range.start.character + IDENTITY_CONTEXT));
  const occurrenceKey = `${rule.meta.id}\n${identity}`;
  const occurrence = occurrences.get(occurrenceKey) ?? 0;
  occurrences.set(occurrenceKey, occurrence + 1);
  return {
    ruleId: rule.meta.id,
    factor: rule.meta.factor,
    severity,
    range,
    span: report.span,
    message: withNote(report.message, note),
    hint: rule.meta.hint,
    docsUrl: rule.meta.docsUrl,
    ...(report.fix ? { fix: report.fix } : {}),
    ...(!report.fix && report.noFixReason ? { noFixReason: report.noFixReason } : {}),
    fingerprint: fingerprint(rule.meta.id, path, identity, occurrence),
    confidence: report.confidence ?? 'structure',
    scope,
    ...relatedOf(report, lines),
    ...(report.secret !== undefined ? { secretDigest: secretDigest(report.secret) } : {}),
  };
}

/** Same-file places first (ranges from this file's lines), then places in other files as the facts gave them. */
function relatedOf(report: Report, lines: LineIndex): { related?: RelatedLocation[] } {
  const here = (report.related ?? []).map((place) => ({ ...place, range: lines.range(place.span) }));
  const related = [...here, ...(report.relatedElsewhere ?? []).map((place) => ({ ...place }))];
  return related.length > 0 ? { related } : {};
}
