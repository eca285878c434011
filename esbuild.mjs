// Three bundles: the VS Code client (vscode stays external), the language server and the CLI.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';

const require = createRequire(import.meta.url);

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // The ESM build of web-tree-sitter reads import.meta.url, which a CommonJS bundle does not have.
  alias: { 'web-tree-sitter': new URL('./node_modules/web-tree-sitter/tree-sitter.cjs', import.meta.url).pathname },
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

/** A TypeScript module of this repository, bundled in memory and imported (the catalogue is pure data). */
async function importSource(path) {
  const result = await esbuild.build({ entryPoints: [path], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

// Tree-sitter's runtime and the catalogue's grammars, loaded lazily by server/src/grammars.ts from dist/grammars/.
const { grammarFiles } = await importSource('server/src/engine/languages/catalogue.ts');
mkdirSync('dist/grammars', { recursive: true });
for (const file of grammarFiles()) copyFileSync(require.resolve(file), `dist/grammars/${basename(file)}`);

if (watch) {
  for (const build of builds) await (await esbuild.context({ ...common, ...build })).watch();
} else {
  await Promise.all(builds.map((build) => esbuild.build({ ...common, ...build })));
}
