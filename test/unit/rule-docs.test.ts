// Every rule's page, settings schema entry and README row say what its metadata says, so the docs
// cannot drift from the rules (typescript-eslint's docs.test.ts, in small).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/engine/rules';
import { exampleSets } from '../../server/src/engine/rules/examples';

const root = join(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const manifest = JSON.parse(read('package.json')) as {
  contributes: { configuration: { properties: Record<string, { properties?: Record<string, { enum?: string[]; description?: string }> }> } };
};
const ruleSettings = manifest.contributes.configuration.properties['twelveFactor.rules']?.properties ?? {};
const readme = read('README.md');

for (const rule of RULES) {
  const { id, factor, defaultSeverity } = rule.meta;
  describe(`rule ${id}: docs and metadata`, () => {
    it('has a page named after it that states its factor and default severity', () => {
      const path = `docs/rules/${id}.md`;
      assert.ok(existsSync(join(root, path)), `${path} exists`);
      const page = read(path);
      assert.equal(page.split('\n')[0], `# ${id}`);
      assert.match(page, new RegExp(`\\*\\*Factor ${factor} \\(`));
      assert.ok(page.includes(`default severity: \`${defaultSeverity}\``), 'default severity on the page');
      assert.match(page, /## What stays silent/, 'the page lists what the rule deliberately leaves alone');
      assert.ok(rule.meta.docsUrl.endsWith(`/docs/rules/${id}.md`));
    });

    it('has a settings schema entry naming its factor', () => {
      const setting = ruleSettings[id];
      assert.ok(setting, `package.json twelveFactor.rules.${id}`);
      assert.deepEqual(setting.enum, ['error', 'warning', 'info', 'hint', 'off']);
      assert.ok(setting.description?.startsWith(`Factor ${factor}:`), `description names Factor ${factor}`);
    });

    it('has a row in the README rule table', () => {
      assert.ok(readme.includes(`[\`${id}\`](docs/rules/${id}.md)`), `README links docs/rules/${id}.md`);
    });

    it('has valid and invalid examples for every language it checks', () => {
      for (const language of new Set(rule.checks.flatMap((check) => check.languages))) {
        const sets = exampleSets(id, language);
        assert.ok(sets.some((set) => set.examples.valid.length > 0), `${language} has hard negatives`);
        assert.ok(sets.some((set) => set.examples.invalid.length > 0), `${language} has reported cases`);
      }
    });
  });
}
