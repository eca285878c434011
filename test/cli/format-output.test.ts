// The formats and the audit layer, driven by stand-in checks (with the real rules' metadata) so
// they do not depend on what the rules detect: every output shape, SARIF validity, no secret out.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import { auditPaths } from '../../server/src/auditRun';
import type { Rule, RuleContext } from '../../server/src/engine/rule';
import { fileLogger } from '../../server/src/engine/rules/file-logger';
import { hardcodedCredential } from '../../server/src/engine/rules/hardcoded-credential';
import { startupMigration } from '../../server/src/engine/rules/startup-migration';
import { toDiagnostic } from '../../server/src/diagnostics';
import { formatJson } from '../../server/src/format/json';
import { formatSarif } from '../../server/src/format/sarif';
import { formatText } from '../../server/src/format/text';
import { randomToken, workspace } from './helpers';

// Reports `secret:<token>` as a credential (with a move-to-env fix carrying the value) and `fileLog(` as a file logger.
function reportEach(pattern: RegExp, withSecret: boolean) {
  return (context: RuleContext) => {
    for (const match of context.text.matchAll(pattern)) {
      const [start, end] = match.indices![1]!;
      const span = { start, end };
      const value = match[1]!;
      context.report({
        span,
        message: withSecret ? 'Factor III: a stand-in credential.' : 'Factor XI: a stand-in file logger.',
        ...(withSecret ? { secret: value, fix: { kind: 'move-to-env' as const, span, envName: 'SECRET', value } } : {}),
      });
    }
  };
}
/** Reports the first `migrate(` of a file with the others as related locations (one problem, one finding). */
function reportGrouped(context: RuleContext) {
  const [first, ...others] = [...context.text.matchAll(/migrate\(\)/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  if (!first) return;
  context.report({ span: first, message: 'Factor XII: a stand-in migration.', related: others.map((span) => ({ span, message: 'Factor XII: another migration' })) });
}
const RULES: Rule[] = [
  { meta: hardcodedCredential.meta, checks: [{ languages: ['javascript'], keywords: ['secret:'], check: reportEach(/secret:([A-Za-z0-9]+)/dg, true) }] },
  { meta: fileLogger.meta, checks: [{ languages: ['javascript'], keywords: ['filelog'], check: reportEach(/(fileLog)\(/dg, false) }] },
];

const SARIF_SCHEMA = join(__dirname, '..', '..', 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

function sampleWorkspace() {
  const secret = randomToken(24);
  const root = workspace({
    'src/config.js': `const a = 1;\nconst key = "secret:${secret}";\n`,
    'src/log.js': `fileLog('app.log');\n`,
    'src/clean.js': 'export const x = 1;\n',
  });
  return { root, secret };
}

describe('output formats', () => {
  it('json: stable shape, 1-based ranges, no fix and no secret', async () => {
    const { root, secret } = sampleWorkspace();
    const result = await auditPaths([root], { base: root, rules: RULES });
    const text = formatJson(result, RULES);
    assert.ok(!text.includes(secret), 'the secret must not appear');
    const json = JSON.parse(text);
    assert.equal(json.version, 1);
    assert.equal(json.tool.name, 'twelve-factor-lint');
    assert.deepEqual(Object.keys(json.summary), ['filesScanned', 'filesSkipped', 'findings', 'byFactor', 'byRule', 'bySeverity', 'durationMs']);
    assert.equal(json.summary.filesScanned, 3);
    assert.deepEqual(json.summary.byFactor, { III: 1, XI: 1 });
    assert.deepEqual(json.summary.bySeverity, { error: 1, warning: 1, info: 0, hint: 0 });
    const credential = json.findings.find((f: { ruleId: string }) => f.ruleId === 'hardcoded-credential');
    assert.deepEqual(Object.keys(credential).sort(), [
      'confidence', 'docsUrl', 'factor', 'fingerprint', 'hint', 'message', 'path', 'range', 'ruleId', 'scope', 'severity',
    ]);
    assert.equal(credential.path, 'src/config.js');
    assert.equal(credential.confidence, 'structure');
    assert.equal(credential.scope, 'app');
    assert.deepEqual(credential.range, { start: { line: 2, column: 21 }, end: { line: 2, column: 45 } });
  });

  it('sarif: valid SARIF 2.1.0 with relative uris, rule indexes, levels and fingerprints', async () => {
    const { root, secret } = sampleWorkspace();
    const text = formatSarif(await auditPaths([root], { base: root, rules: RULES }), RULES);
    assert.ok(!text.includes(secret), 'the secret must not appear');
    const sarif = JSON.parse(text);
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')));
    assert.ok(validate(structuredClone(sarif)), JSON.stringify(validate.errors, null, 2));
    const run = sarif.runs[0];
    assert.deepEqual(run.tool.driver.rules.map((r: { name: string }) => r.name), ['HardcodedCredential', 'FileLogger']);
    assert.equal(run.tool.driver.rules[0].properties['security-severity'] !== undefined, true);
    assert.ok(run.tool.driver.rules[0].properties.tags.includes('security'));
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri.endsWith('/'), true);
    const [credential, logger] = run.results;
    assert.equal(credential.ruleIndex, 0);
    assert.equal(credential.level, 'error');
    assert.equal(logger.level, 'warning');
    assert.deepEqual(credential.locations[0].physicalLocation.artifactLocation, { uri: 'src/config.js', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(credential.locations[0].physicalLocation.region, { startLine: 2, startColumn: 21, endLine: 2, endColumn: 45 });
    assert.match(credential.partialFingerprints['twelveFactor/v1'], /^[0-9a-f]{32}$/);
    assert.deepEqual(credential.properties, { precision: 'high', confidence: 'structure', scope: 'app' });
    assert.equal(credential.rank, 85);
  });

  it('related locations: one finding, the other places in SARIF relatedLocations and JSON related', async () => {
    const root = workspace({ 'src/boot.js': 'migrate();\nconst x = 1;\nmigrate();\n' });
    const rules: Rule[] = [{ meta: startupMigration.meta, checks: [{ languages: ['javascript'], keywords: ['migrate'], check: reportGrouped }] }];
    const result = await auditPaths([root], { base: root, rules });
    const sarif = JSON.parse(formatSarif(result, rules));
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false }).compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')));
    assert.ok(validate(structuredClone(sarif)), JSON.stringify(validate.errors, null, 2));
    const [only, ...more] = sarif.runs[0].results;
    assert.equal(more.length, 0);
    assert.deepEqual(only.relatedLocations, [
      {
        id: 1,
        message: { text: 'Factor XII: another migration' },
        physicalLocation: { artifactLocation: { uri: 'src/boot.js', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 10 } },
      },
    ]);
    const json = JSON.parse(formatJson(result, rules));
    assert.deepEqual(json.findings[0].related, [{ range: { start: { line: 3, column: 1 }, end: { line: 3, column: 10 } }, message: 'Factor XII: another migration' }]);
    const diagnostic = toDiagnostic(result.files.flatMap((file) => file.findings)[0]!, 'file:///w/src/boot.js');
    assert.deepEqual(diagnostic.relatedInformation, [
      { location: { uri: 'file:///w/src/boot.js', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 9 } } }, message: 'Factor XII: another migration' },
    ]);
  });

  it('sarif: fingerprints do not change when an unrelated line is inserted above', async () => {
    const { root } = sampleWorkspace();
    const fingerprints = async () =>
      JSON.parse(formatSarif(await auditPaths([root], { base: root, rules: RULES }), RULES)).runs[0].results.map(
        (r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['twelveFactor/v1'],
      );
    const before = await fingerprints();
    const file = join(root, 'src/config.js');
    writeFileSync(file, `// a new comment\n\n${readFileSync(file, 'utf8')}`);
    assert.deepEqual(await fingerprints(), before);
  });

  it('text: grouped by file with position, severity, message, rule id, then each rule\'s hint once, then a summary', async () => {
    const { root, secret } = sampleWorkspace();
    const text = formatText(await auditPaths([root], { base: root, rules: RULES }), RULES, { color: false });
    assert.ok(!text.includes(secret));
    const lines = text.split('\n');
    assert.equal(lines[0], 'src/config.js');
    assert.equal(lines[1], '  2:21  error  Factor III: a stand-in credential.  hardcoded-credential');
    assert.ok(!lines[2]!.includes('↳'), 'no hint under a finding');
    assert.ok(lines.includes(`hardcoded-credential  ↳ ${hardcodedCredential.meta.hint}`), 'the hint, once, in the footer');
    assert.ok(lines.includes('src/log.js'));
    assert.ok(lines.includes('  1:1  warning  Factor XI: a stand-in file logger.  file-logger'));
    assert.ok(lines.includes('✖ 2 problems (1 error, 1 warning)'));
    assert.ok(lines.includes('  III Config: 1 · XI Logs: 1'));
    assert.match(text, /Scanned 3 files in \d+ ms\./);
    assert.ok(!text.includes('\u001b['), 'no colour codes when colour is off');
    const colored = formatText(await auditPaths([root], { base: root, rules: RULES }), RULES, { color: true });
    assert.ok(colored.includes('\u001b[31merror'), 'errors in red when colour is on');
  });

  it('text: one quiet line when clean', async () => {
    const root = workspace({ 'a.js': 'const x = 1;\n', 'b.ts': 'export {};\n' });
    const text = formatText(await auditPaths([root], { base: root, rules: RULES }), RULES, { color: false });
    assert.match(text, /^✔ No Twelve-Factor problems found in 2 files \(\d+ ms\)\.\n$/);
  });
});

describe('auditPaths', () => {
  it('decodes UTF-16 files and strips a UTF-8 byte order mark, keeping columns right', async () => {
    const source = 'const key = "secret:abcDEF123";\n';
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(source, 'utf16le')]);
    const utf16be = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(source, 'utf16le').swap16()]));
    const root = workspace({ 'le.js': utf16le, 'be.js': utf16be, 'bom.js': `\uFEFF${source}` });
    const result = await auditPaths([root], { base: root, rules: RULES });
    assert.equal(result.skipped.binary, 0);
    const columns = result.files.map((file) => `${file.path} ${file.findings[0]!.range.start.character}`);
    assert.deepEqual(columns.sort(), ['be.js 20', 'bom.js 20', 'le.js 20']);
  });

  it('reports progress up to the total and stops when aborted', async () => {
    const root = workspace({ 'a.js': 'x', 'b.js': 'y', 'c.js': 'z' });
    const seen: string[] = [];
    await auditPaths([root], { base: root, rules: RULES, onProgress: (done, total) => seen.push(`${done}/${total}`) });
    assert.deepEqual(seen, ['1/3', '2/3', '3/3']);
    const controller = new AbortController();
    const aborted = auditPaths([root], {
      base: root,
      rules: RULES,
      signal: controller.signal,
      onProgress: (done) => done === 1 && controller.abort(new Error('cancelled')),
    });
    await assert.rejects(aborted, /cancelled/);
  });
});
