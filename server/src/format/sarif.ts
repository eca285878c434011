// SARIF 2.1.0, as GitHub code scanning accepts it. Columns are UTF-16 code units (SARIF's default).
import { pathToFileURL } from 'node:url';
import type { AuditResult, UncheckedFile } from '../auditRun';
import type { Rule } from '../engine/rule';
import type { Confidence, Severity } from '../engine/types';
import { FACTOR_NAMES } from './factors';
import { baselineReport } from './json';
import { allFindings, oneBased } from './summary';
import { TOOL } from './tool';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

/** GitHub shows rules tagged "security" as security alerts, ranked by this score (0-10). */
const SECURITY_SEVERITY: Readonly<Record<string, string>> = { 'hardcoded-credential': '8.5' };

/** SARIF's `precision` vocabulary (very-high, high, medium, low) and a 0-100 `rank` for each confidence. */
const PRECISION: Record<Confidence, { precision: string; rank: number }> = {
  format: { precision: 'very-high', rank: 95 },
  structure: { precision: 'high', rank: 85 },
  sink: { precision: 'high', rank: 75 },
  'name-and-entropy': { precision: 'high', rank: 70 },
  'name-only': { precision: 'medium', rank: 40 },
};

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function formatSarif(result: AuditResult, rules: readonly Rule[]): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]));
  const results = allFindings(result).map((finding) => {
    const related = (finding.related ?? []).map((place, index) => ({
      id: index + 1,
      message: { text: place.message },
      ...sarifLocation(place.path ?? finding.path, region(oneBased(place))),
    }));
    return {
      ruleId: finding.ruleId,
      ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
      level: LEVEL[finding.severity],
      rank: PRECISION[finding.confidence].rank,
      message: { text: finding.message },
      locations: [
        sarifLocation(finding.path, region(oneBased(finding))),
      ],
      ...(related.length > 0 ? { relatedLocations: related } : {}),
      partialFingerprints: { 'twelveFactor/v1': finding.fingerprint },
      properties: { precision: PRECISION[finding.confidence].precision, confidence: finding.confidence, scope: finding.scope },
    };
  });
  return sarifDocument(result.root, rules, results, result.baseline ? { twelveFactorBaseline: baselineReport(result.baseline) } : undefined, result.unchecked);
}

export const SARIF_LEVEL = LEVEL;

/** A result's location: a path relative to the run's root (or absolute), and a region in it. */
export function sarifLocation(path: string, region?: Record<string, number>) {
  const absolute = path.startsWith('/') || /^[a-zA-Z]:\//.test(path);
  return {
    physicalLocation: {
      artifactLocation: absolute
        ? { uri: pathToFileURL(path).href }
        : { uri: encodeURI(path).replace(/[#?]/g, encodeURIComponent), uriBaseId: SRCROOT },
      ...(region ? { region } : {}),
    },
  };
}

/** The whole log: one run of this tool over `root`, with every rule described. */
export function sarifDocument(root: string, rules: readonly Rule[], results: readonly object[], properties?: object, unchecked: readonly UncheckedFile[] = []): string {
  const sarif = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL.name,
            version: TOOL.version,
            semanticVersion: TOOL.version,
            informationUri: TOOL.informationUri,
            rules: rules.map(sarifRule),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(root).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        // A file that could not be checked is not clean: the run says it did not fully succeed.
        invocations: [
          {
            executionSuccessful: unchecked.length === 0,
            toolExecutionNotifications: unchecked.map((file) => ({
              level: 'error',
              message: { text: file.reason === 'failed' ? 'The checker failed on this file; it was not checked.' : 'This file could not be read; it was not checked.' },
              locations: [sarifLocation(file.path)],
            })),
          },
        ],
        results,
        ...(properties ? { properties } : {}),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function region(range: ReturnType<typeof oneBased>) {
  return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

function sarifRule(rule: Rule) {
  const { id, factor, title, description, hint, docsUrl, defaultSeverity } = rule.meta;
  const factorName = `Factor ${factor} (${FACTOR_NAMES[factor]})`;
  const securitySeverity = SECURITY_SEVERITY[id];
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: title },
    fullDescription: { text: description },
    helpUri: docsUrl,
    help: {
      text: `${factorName}: ${description}\n\nFix: ${hint}\n\n${docsUrl}`,
      markdown: `**${factorName}**: ${description}\n\n**Fix:** ${hint}\n\n[Documentation](${docsUrl})`,
    },
    defaultConfiguration: { level: LEVEL[defaultSeverity] },
    properties: {
      factor,
      tags: ['twelve-factor', `factor-${factor}`, ...(securitySeverity ? ['security'] : ['maintainability'])],
      precision: 'high',
      ...(securitySeverity ? { 'security-severity': securitySeverity } : {}),
    },
  };
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_match, _dash, letter: string) => letter.toUpperCase());
}
