// Starts the VS Code server shipped inside code-server (lib/vscode) under Node 24, with private
// HOME/TMPDIR and data folders so nothing is written into the real ones.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { node24Bin, vscodeServerDir } from './paths.mjs';
import { startProcess, withTimeout } from './processes.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function serverDirs(root) {
  const dirs = {
    root,
    home: join(root, 'home'),
    tmp: join(root, 'tmp'),
    userData: join(root, 'user-data'),
    serverData: join(root, 'server-data'),
    extensions: join(root, 'extensions'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  writeSettings(dirs);
  return dirs;
}

// Quiet, offline-friendly defaults: no update checks, no telemetry, no welcome page, no AI features.
const quietSettings = {
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'files.autoSave': 'off',
};

function writeSettings(dirs) {
  // The web workbench reads user settings from the server's --user-data-dir; machine settings
  // from --server-data-dir.
  for (const dir of [join(dirs.userData, 'User'), join(dirs.serverData, 'data', 'Machine')]) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'settings.json'), `${JSON.stringify(quietSettings, null, 2)}\n`);
  }
}

function serverEnv(dirs, extraEnv) {
  // EXTENSIONS_GALLERY={} turns the marketplace off: this machine cannot reach one anyway.
  const env = { ...process.env, HOME: dirs.home, TMPDIR: dirs.tmp, EXTENSIONS_GALLERY: '{}', ...extraEnv };
  // Variables of an outer VS Code would make the server think it runs inside one.
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_')) delete env[key];
  return env;
}

function dataArgs(dirs) {
  return ['--user-data-dir', dirs.userData, '--server-data-dir', dirs.serverData, '--extensions-dir', dirs.extensions];
}

// The server CLI installs a VSIX into --extensions-dir and exits, as `code --install-extension` would.
export function installExtension(dirs, vsixPath) {
  const result = spawnSync(
    node24Bin,
    [join(vscodeServerDir, 'out', 'server-main.js'), ...dataArgs(dirs), '--accept-server-license-terms', '--install-extension', vsixPath, '--force'],
    { cwd: vscodeServerDir, env: serverEnv(dirs, {}), encoding: 'utf8', timeout: 120_000 },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`installing ${vsixPath} failed (exit ${result.status}):\n${output}`);
  }
  return output;
}

async function waitForHttp(url, entry, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  entry.exited.then(() => { exited = true; });
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${entry.name} exited before serving ${url}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export async function startServer({ dirs, port, extraEnv = {}, onOutput = () => {} }) {
  const args = [
    join(vscodeServerDir, 'out', 'server-main.js'),
    '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    ...dataArgs(dirs),
  ];
  const entry = startProcess('vscode-server', node24Bin, args, { cwd: vscodeServerDir, env: serverEnv(dirs, extraEnv) });
  entry.child.stdout.on('data', (chunk) => onOutput(String(chunk)));
  entry.child.stderr.on('data', (chunk) => onOutput(String(chunk)));
  const url = `http://127.0.0.1:${port}/`;
  await withTimeout(waitForHttp(url, entry, 60_000), 65_000, 'VS Code server start');
  return { entry, url, port };
}
