// Compiles the e2e suite (test/e2e/suite/*.ts) to CommonJS for the extension host, one file per
// module so the test files share helpers.js; vscode and mocha come from the host at run time.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { outDir, repoRoot } from './paths.mjs';

export const suiteOutDir = join(outDir, 'suite');

export async function buildSuite() {
  const esbuild = await import(pathToFileURL(join(repoRoot, 'node_modules', 'esbuild', 'lib', 'main.js')).href);
  const sourceDir = join(repoRoot, 'test', 'e2e', 'suite');
  rmSync(suiteOutDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: readdirSync(sourceDir).filter((name) => name.endsWith('.ts')).map((name) => join(sourceDir, name)),
    outdir: suiteOutDir,
    bundle: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return join(suiteOutDir, 'index.js');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await buildSuite());
}
