// The Marketplace page (docs/marketplace.md, packed as the VSIX's README): what the extension does,
// a picture, every setting and command it contributes, and no developer setup.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/engine/rules';

const REPO = join(__dirname, '..', '..');
const page = readFileSync(join(REPO, 'docs', 'marketplace.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));

describe('Marketplace README', () => {
  it('shows a picture that exists in the repository', () => {
    const picture = /!\[[^\]]+\]\(([^)]+\.png)\)/.exec(page)?.[1];
    assert.ok(picture, 'a PNG picture');
    assert.doesNotThrow(() => readFileSync(join(REPO, 'docs', picture)), `docs/${picture} exists`);
  });

  it('documents every command and setting the extension contributes', () => {
    const hidden = new Set((manifest.contributes.menus?.commandPalette ?? []).filter((entry: { when?: string }) => entry.when === 'false').map((entry: { command: string }) => entry.command));
    for (const command of manifest.contributes.commands as Array<{ command: string; title: string; category: string }>) {
      if (hidden.has(command.command)) continue;
      assert.ok(page.includes(`${command.category}: ${command.title}`), `the page names "${command.category}: ${command.title}"`);
    }
    for (const setting of Object.keys(manifest.contributes.configuration.properties)) assert.ok(page.includes(`\`${setting}\``), `the page documents ${setting}`);
  });

  it('says nothing about developing the extension', () => {
    // (Rule examples may quote a user's start script, so `npm install` alone is fine.)
    for (const developerOnly of [/npm (ci|test)\b/, /npm run (build|test|package|typecheck|bench)/, /git clone/, /\bdist\/(cli|server|extension)\.js/, /F5|Extension Development Host/]) {
      assert.doesNotMatch(page, developerOnly);
    }
  });

  it('names every rule, linked to its page', () => {
    for (const rule of RULES) assert.ok(page.includes(`[\`${rule.meta.id}\`](rules/${rule.meta.id}.md)`), `docs/marketplace.md lists ${rule.meta.id} (copy its row from README.md's table, links relative to docs/)`);
  });

  it('links rules that have a documentation page', () => {
    for (const [, rule] of page.matchAll(/\]\(rules\/([\w-]+)\.md\)/g)) assert.doesNotThrow(() => readFileSync(join(REPO, 'docs', 'rules', `${rule}.md`)), rule);
  });
});
