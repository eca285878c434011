// The file scope is one policy for every rule, decided by the engine (scope/index.ts), never by a
// rule's own guess at test paths. Each invalid example of a rule about the deployed app (logs,
// sessions, start-up migrations, ports, ...) is rescanned three ways:
// - in a scope the app never deploys from (tests, fixtures, docs, translations): silent;
// - in an example app: the same findings, as information;
// - under a conventional test folder that `.twelve-factor.json` takes back as `app`: exactly the
//   findings it has in the app, which fails if any rule still guesses test paths on its own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/engine/rules';
import { exampleSets } from '../../server/src/engine/rules/examples';
import { scan } from '../../server/src/engine/scan';
import type { FileScope, Finding, ScanOptions } from '../../server/src/engine/types';
import type { Rule } from '../../server/src/engine/rule';
import { parseMarkers } from '../helpers/markers';
import { grammarsLoadedBefore } from '../helpers/grammars';

const grammars = grammarsLoadedBefore();

/** Test folders of each ecosystem, put in front of an example's path. */
const TEST_FOLDERS = ['tests', 'spec', 'src/test', '__tests__'];

function findings(rule: Rule, path: string, code: string, options: ScanOptions | undefined, scopes?: ScanOptions['scopes']): Finding[] {
  return scan({ path }, code, { ...options, treeSitter: grammars, ...(scopes ? { scopes: { ...options?.scopes, ...scopes } } : {}) }, [rule]);
}

/** The facts the node layer would read for the moved file: production's own files move with it (a sibling stays a sibling). */
function movedFacts(options: ScanOptions | undefined, folder: string): ScanOptions | undefined {
  if (!options?.production) return options;
  return { ...options, production: options.production.map((service) => ({ ...service, path: `${folder}/${service.path}` })) };
}

const where = (list: readonly Finding[]) => list.map((finding) => `${finding.range.start.line}:${finding.range.start.character}`);

for (const rule of RULES.filter((candidate) => candidate.meta.reach === 'deployed-app')) {
  describe(`${rule.meta.id} follows the file scope`, () => {
    for (const set of exampleSets(rule.meta.id)) {
      for (const [index, example] of set.examples.invalid.entries()) {
        const name = `[${set.languages[0]}] ${example.name ?? index}: ${example.path}`;
        const { code } = parseMarkers(example.code);
        it(`${name}: silent in tests, fixtures, docs, translations, vendored code and editor copies`, () => {
          for (const scope of ['test', 'fixture', 'docs', 'locale', 'vendored', 'copy'] satisfies FileScope[]) {
            assert.deepEqual(where(findings(rule, example.path, code, example.options, { [scope]: ['**'] })), [], `in ${scope} scope`);
          }
        });
        it(`${name}: information in an example app`, () => {
          const inApp = findings(rule, example.path, code, example.options);
          const inExample = findings(rule, example.path, code, example.options, { example: ['**'] });
          assert.deepEqual(where(inExample), where(inApp));
          for (const finding of inExample) {
            assert.equal(finding.severity, 'info');
            assert.match(finding.message, /in an example, not the deployed app/);
          }
        });
        it(`${name}: a test folder taken back as app reports as the app does`, () => {
          const inApp = where(findings(rule, example.path, code, example.options));
          for (const folder of TEST_FOLDERS) {
            const moved = `${folder}/${example.path}`;
            assert.deepEqual(where(findings(rule, moved, code, movedFacts(example.options, folder), { app: [`${folder}/**`] })), inApp, moved);
          }
        });
      }
    }
  });
}

describe('rules that judge any file', () => {
  it('are the credential rule (a key leaks from anywhere) and the dependency rule (tests import too)', () => {
    const reachOf = (reach: string) => RULES.filter((rule) => (rule.meta.reach ?? 'any-file') === reach).map((rule) => rule.meta.id);
    assert.deepEqual(reachOf('any-file'), ['hardcoded-credential']);
    assert.deepEqual(reachOf('own-code'), ['undeclared-dependency']);
  });

  it("the dependency rule leaves vendored code to its own manifest", () => {
    const rule = RULES.find((candidate) => candidate.meta.id === 'undeclared-dependency')!;
    const code = "import leftPad from 'left-pad';\n";
    const options: ScanOptions = { dependencies: { npm: { manifest: 'package.json', packages: [], localPrefixes: [], hostModules: [] }, systemPackages: [] } };
    assert.equal(findings(rule, 'src/pad.js', code, options).length, 1);
    assert.deepEqual(findings(rule, 'vendor/pad/index.js', code, options), []);
  });
});
