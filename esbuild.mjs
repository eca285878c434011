// Three bundles: the VS Code client (vscode stays external), the language server and the CLI.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname } from 'node:path';
import { asciiBundle } from './scripts/ascii-bundle.mjs';

const require = createRequire(import.meta.url);

/**
 * Every module that says `import ts from 'typescript'` gets its own esbuild interop copy of the
 * compiler's namespace (thousands of properties, 0.2 s of every start-up). Routed through one
 * ES module, they all share its one binding. That module takes the compiler with `require`, which
 * esbuild bundles as the CommonJS module's exports as they are: an `import` there still made one
 * copy (a getter defined for each of its 2,244 properties, 3.6-5 ms of CPU in every thread that
 * loads a bundle: the LSP thread, each worker, the CLI), which no code read (`ts` is its `default`).
 */
const oneTypeScript = {
  name: 'one-typescript-namespace',
  setup(build) {
    build.onResolve({ filter: /^typescript$/ }, () => ({ path: 'typescript', namespace: 'one-typescript' }));
    build.onLoad({ filter: /.*/, namespace: 'one-typescript' }, () => ({
      contents: `const ts = require(${JSON.stringify(require.resolve('typescript'))});\nexport default ts;\n`,
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

const production = process.argv.includes('--production');

// Code caches of the bundles being replaced (server/src/entry/bundleLoader.ts builds new ones on first run).
for (const file of existsSync('dist') ? readdirSync('dist') : []) if (file.endsWith('.cache') || file.endsWith('.tmp')) rmSync(`dist/${file}`);
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
  plugins: [oneTypeScript],
  // The ESM build of web-tree-sitter reads import.meta.url, which a CommonJS bundle does not have.
  alias: { 'web-tree-sitter': new URL('./node_modules/web-tree-sitter/tree-sitter.cjs', import.meta.url).pathname },
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The audit's scan workers (server/src/pool/), started by the CLI and the server from beside them.
  { entryPoints: ['server/src/pool/scanWorker.ts'], outfile: 'dist/scanWorker.bundle.js' },
  // The server is also a bin of the npm package (`twelve-factor-lint-server --stdio` for any LSP client).
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.bundle.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.bundle.js' },
  // What node starts: a small loader that runs the bundle above from its V8 code cache (server/src/entry/).
  { entryPoints: ['server/src/entry/scanWorker.ts'], outfile: 'dist/scanWorker.js' },
  { entryPoints: ['server/src/entry/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/entry/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
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

/**
 * dist/twelve-factor.schema.json, the config file's JSON schema, derived from the rules and the
 * loader (server/src/configSchema.ts): bundled in memory, evaluated, written as JSON.
 */
async function writeConfigSchema() {
  const { outputFiles } = await esbuild.build({ ...common, sourcemap: false, minify: false, entryPoints: ['server/src/configSchema.ts'], write: false });
  const module = { exports: {} };
  const file = new URL('./dist/config-schema.cjs', import.meta.url).pathname;
  new Function('module', 'exports', 'require', '__filename', '__dirname', outputFiles[0].text)(module, module.exports, require, file, dirname(file));
  writeFileSync('dist/twelve-factor.schema.json', `${JSON.stringify(module.exports.configSchema(), null, 2)}\n`);
}

if (watch) {
  await writeConfigSchema();
  for (const build of builds) await (await esbuild.context({ ...common, ...build })).watch();
} else {
  await Promise.all([...builds.map((build) => esbuild.build({ ...common, ...build })), writeConfigSchema()]);
  // The bundles node runs through server/src/entry/ are read as one-byte strings (scripts/ascii-bundle.mjs).
  if (production) for (const { outfile } of builds) if (outfile.endsWith('.bundle.js')) writeFileSync(outfile, asciiBundle(readFileSync(outfile, 'utf8')));
}
