// Three bundles: the VS Code client (vscode stays external), the language server and the CLI.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname } from 'node:path';

const require = createRequire(import.meta.url);
const ts = require('typescript');

/**
 * Rule examples (`*-examples*.ts`) are tests, not product: they hold secret-shaped strings that
 * a VSIX must not ship, and weigh more than the rules. In the bundles each exported example set
 * becomes an empty one (an empty array that also has empty `valid`/`invalid` lists).
 */
const stripExamples = {
  name: 'strip-rule-examples',
  setup(build) {
    build.onLoad({ filter: /-examples[^/\\]*\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = ts.createSourceFile(args.path, await readFile(args.path, 'utf8'), ts.ScriptTarget.Latest);
      const names = source.statements
        .filter((s) => ts.isVariableStatement(s) && s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
        .flatMap((s) => s.declarationList.declarations.map((d) => d.name.getText(source)));
      const empty = 'Object.assign([], { valid: [], invalid: [] })';
      return { contents: names.map((name) => `export const ${name} = ${empty};`).join('\n'), loader: 'js' };
    });
  },
};

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
  plugins: [stripExamples],
  // The ESM build of web-tree-sitter reads import.meta.url, which a CommonJS bundle does not have.
  alias: { 'web-tree-sitter': new URL('./node_modules/web-tree-sitter/tree-sitter.cjs', import.meta.url).pathname },
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The server is also a bin of the npm package (`twelve-factor-lint-server --stdio` for any LSP client).
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
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
}
