// A message never contains source text that can hold a value. Every invalid example of every
// rule in every language is scanned, and every output a user, a log or CI can see (the finding's
// message, hint and related notes, the LSP diagnostic, the CLI's text, JSON, SARIF and HTML, the
// Markdown report) is searched for the secret values the example holds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AuditResult } from '../../server/src/auditRun';
import { toDiagnostic } from '../../server/src/diagnostics';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { RULES } from '../../server/src/engine/rules';
import { exampleSets } from '../../server/src/engine/rules/examples';
import { isStockDevPassword } from '../../server/src/engine/secrets/confidence';
import { scan } from '../../server/src/engine/scan';
import type { Finding } from '../../server/src/engine/types';
import { formatJson } from '../../server/src/format/json';
import { formatSarif } from '../../server/src/format/sarif';
import { formatText } from '../../server/src/format/text';
import { auditScorecard, formatHtml } from '../../server/src/scorecard';
import { scorecardMarkdown } from '../../server/src/scorecard/markdown';
import { parseMarkers } from '../helpers/markers';
import { grammarsLoadedBefore } from '../helpers/grammars';

const grammars = grammarsLoadedBefore();

/** Shorter strings are words a message may use for its own reasons ("secret", "password"). */
const MIN_VALUE_LENGTH = 8;

/**
 * Quoted strings in a finding's range, or the range itself when it is one unquoted token (a .env
 * or properties value); a range that is only a variable's name (`DB_PASSWORD`) holds no value.
 */
function valuesIn(text: string): string[] {
  const quoted = [...text.matchAll(/(["'`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)].map((match) => match[2]!);
  if (quoted.length > 0) return quoted;
  const token = /^\S+$/.test(text) ? text.replace(/^[^=:]*[=:]\s*/, '') : '';
  return /^[A-Z][A-Z0-9_]*$/.test(token) ? [] : [token];
}

/** The secret values a credential finding is about: the fix's value and the strings its range covers. */
function secretValues(finding: Finding, code: string, offsets: (line: number, character: number) => number): string[] {
  if (finding.ruleId !== 'hardcoded-credential') return [];
  const start = offsets(finding.range.start.line, finding.range.start.character);
  const end = offsets(finding.range.end.line, finding.range.end.character);
  const values = valuesIn(code.slice(start, end));
  if (finding.fix?.kind === 'move-to-env') values.push(finding.fix.value);
  return [...new Set(values)].filter((value) => value.length >= MIN_VALUE_LENGTH);
}

function offsetsOf(code: string): (line: number, character: number) => number {
  const starts = [0];
  for (let index = 0; index < code.length; index++) if (code[index] === '\n') starts.push(index + 1);
  return (line, character) => (starts[line] ?? code.length) + character;
}

/** Everything a user, a log or CI sees of these findings. */
function outputs(path: string, findings: Finding[]): Record<string, string> {
  const result: AuditResult = {
    root: '/workspace',
    files: [{ path, findings }],
    apps: [''],
    scannedCount: 1,
    skipped: { tooLarge: 0, binary: 0, unreadable: 0, failed: 0 },
    unchecked: [],
    durationMs: 1,
    config: { ...DEFAULT_CONFIG, rules: {}, ignore: [], allowedValues: [] },
    configErrors: [],
  };
  return {
    messages: findings.map((finding) => `${finding.message}\n${finding.hint}\n${JSON.stringify(finding.related ?? [])}`).join('\n'),
    diagnostics: JSON.stringify(findings.map((finding) => toDiagnostic(finding))),
    text: formatText(result, RULES, { color: false }),
    json: formatJson(result, RULES),
    sarif: formatSarif(result, RULES),
    html: formatHtml(result, RULES),
    markdown: scorecardMarkdown(auditScorecard(result, RULES), 'report'),
  };
}

describe('no output echoes a secret, for every invalid example of every rule', () => {
  for (const rule of RULES) {
    for (const set of exampleSets(rule.meta.id)) {
      for (const [index, example] of set.examples.invalid.entries()) {
        it(`${rule.meta.id} [${set.languages[0]}] ${example.name ?? index}: ${example.path}`, () => {
          const { code } = parseMarkers(example.code);
          const findings = scan({ path: example.path }, code, { ...example.options, treeSitter: grammars }, [rule]);
          const offsets = offsetsOf(code);
          // A stock local-development password (`postgres`, `guest`) is public vocabulary and may be a
          // word of the message (a "postgresql connection URL"); every other value must never show.
          const secrets = findings.flatMap((finding) => secretValues(finding, code, offsets)).filter((secret) => !isStockDevPassword(secret));
          for (const [where, text] of Object.entries(outputs(example.path, findings))) {
            for (const secret of secrets) assert.ok(!text.includes(secret), `${where} shows the value ${JSON.stringify(secret)}`);
          }
        });
      }
    }
  }
});
