import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { activeExtension } from './helpers';
import { suite, test } from './tdd';

suite('Extension', () => {
  test('the installed VSIX activates', async () => {
    const extension = await activeExtension();
    assert.equal(extension.isActive, true);
  });

  test('it runs from the installed VSIX, not from the checkout', async () => {
    const extension = await activeExtension();
    const expectedDir = process.env.TWELVE_FACTOR_E2E_EXTENSIONS_DIR;
    if (expectedDir) assert.ok(extension.extensionPath.startsWith(expectedDir), `${extension.extensionPath} is not under ${expectedDir}`);
    for (const shipped of ['package.json', 'dist/extension.js', 'dist/server.js', 'dist/grammars/tree-sitter.wasm', 'dist/twelve-factor.schema.json']) {
      assert.ok(existsSync(join(extension.extensionPath, shipped)), `the VSIX lacks ${shipped}`);
    }
    // Lean: only what the extension loads. The CLI is npm's front door, not the extension's.
    for (const source of ['dist/cli.js', 'client/src', 'server/src', 'node_modules', 'test', 'examples', 'docs', 'tsconfig.json']) {
      assert.ok(!existsSync(join(extension.extensionPath, source)), `the VSIX ships ${source}`);
    }
  });

  // Registered only by `run.mjs --fail-on-purpose`, which proves a failure reaches the runner.
  if (process.env.TWELVE_FACTOR_E2E_FAIL_ON_PURPOSE) {
    test('failing on purpose proves failures reach the runner', () => {
      assert.fail('this test fails on purpose');
    });
  }
});
