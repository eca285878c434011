// Rule examples are tests: they hold secret-shaped strings and weigh more than the rules. The
// bundles must not reach them through any import (rules/index.ts never imports examples.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as esbuild from 'esbuild';

const ROOT = join(__dirname, '..', '..');
/** The server-side entry points (server, workers, CLI, config schema), as the build names them. */
const ENTRY_POINTS = [...readFileSync(join(ROOT, 'esbuild.mjs'), 'utf8').matchAll(/entryPoints: \['(server\/[^']+)'\]/g)].map((match) => match[1]!);

describe('bundles', () => {
  it('the server, its workers and the CLI import no rule example', async () => {
    const result = await esbuild.build({
      entryPoints: ENTRY_POINTS.map((entry) => join(ROOT, entry)),
      outdir: join(ROOT, 'dist', 'unwritten'),
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'silent',
      mainFields: ['module', 'main'],
      alias: { 'web-tree-sitter': join(ROOT, 'node_modules/web-tree-sitter/tree-sitter.cjs') },
    });
    for (const entry of ['server/src/server.ts', 'server/src/cli/main.ts']) assert.ok(ENTRY_POINTS.includes(entry), entry);
    const inputs = Object.keys(result.metafile.inputs).filter((path) => path.includes('server/src/engine/rules/'));
    assert.ok(inputs.length > 20, 'the rules are bundled');
    assert.deepEqual(inputs.filter((path) => /-examples[^/]*\.ts$|\/examples\.ts$/.test(path)), []);
  });
});
