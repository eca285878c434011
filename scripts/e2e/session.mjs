// One e2e or demo session: a private temp folder with the server's data, the installed VSIX and
// a copy of the example app as the workspace, and a running VS Code server.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { repoRoot } from './paths.mjs';
import { freePort, installExtension, serverDirs, startServer } from './server.mjs';

export const exampleDir = join(repoRoot, 'examples', 'black-friday-shop');

export function createSessionRoot(prefix = 'twelve-factor-e2e-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeSessionRoot(root) {
  rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}

/** A fresh copy of the example app (without node_modules), so tests may edit it freely. */
export function copyExample(root, name) {
  if (!existsSync(exampleDir)) throw new Error(`${exampleDir} does not exist`);
  const target = join(root, 'workspaces', name, basename(exampleDir));
  mkdirSync(join(root, 'workspaces', name), { recursive: true });
  cpSync(exampleDir, target, { recursive: true, filter: (source) => basename(source) !== 'node_modules' });
  return target;
}

export const extensionsDirOf = (root) => join(root, 'vscode', 'extensions');

/** Where the server unpacked our VSIX: <extensions dir>/<publisher>.<name>-<version>. */
export function installedExtensionDir(dirs) {
  const { publisher, name } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const found = readdirSync(dirs.extensions).find((entry) => entry.startsWith(`${publisher}.${name}-`));
  if (!found) throw new Error(`${publisher}.${name} is not installed in ${dirs.extensions}`);
  return join(dirs.extensions, found);
}

export async function startVsCodeWithVsix({ root, vsix, extraEnv = {}, onOutput, port: wantedPort }) {
  const dirs = serverDirs(join(root, 'vscode'));
  installExtension(dirs, vsix);
  const port = wantedPort ?? await freePort();
  const server = await startServer({ dirs, port, extraEnv, onOutput });
  return { dirs, port, server };
}
