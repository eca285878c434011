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
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

// Tree-sitter's runtime and the grammars, loaded lazily by server/src/grammars.ts from dist/grammars/.
const WASM = [
  'web-tree-sitter/tree-sitter.wasm',
  '@vscode/tree-sitter-wasm/wasm/tree-sitter-python.wasm',
  '@vscode/tree-sitter-wasm/wasm/tree-sitter-go.wasm',
  '@vscode/tree-sitter-wasm/wasm/tree-sitter-java.wasm',
  '@vscode/tree-sitter-wasm/wasm/tree-sitter-ruby.wasm',
  '@vscode/tree-sitter-wasm/wasm/tree-sitter-php.wasm',
  'tree-sitter-wasms/out/tree-sitter-kotlin.wasm',
];
mkdirSync('dist/grammars', { recursive: true });
for (const file of WASM) copyFileSync(require.resolve(file), `dist/grammars/${basename(file)}`);

if (watch) {
  for (const build of builds) await (await esbuild.context({ ...common, ...build })).watch();
} else {
  await Promise.all(builds.map((build) => esbuild.build({ ...common, ...build })));
}
