// Installs the e2e tooling into the cache folder when missing and reuses it when present:
// Node 24 (code-server's runtime), code-server (a full VS Code server), playwright-core, mocha,
// and from apt: chromium, plus libkrb5-dev for code-server's native modules that build from source.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  cacheDir, chromiumBin, codeServerDir, jsToolsDir, node24Bin, node24Dir, node24Headers, stampFile, tools, vscodeServerDir,
} from './paths.mjs';

const log = (message) => console.log(`[e2e setup] ${message}`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
}

function ensureAptPackages() {
  const missing = [];
  if (!existsSync(chromiumBin)) missing.push('chromium');
  const krb = spawnSync('dpkg-query', ['-W', '-f=${Status}', 'libkrb5-dev'], { encoding: 'utf8' });
  if (!krb.stdout?.includes('install ok installed')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  log(`apt-get install ${missing.join(' ')}`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (...args) => run(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  apt('update');
  apt('install', '-y', '--no-install-recommends', ...missing);
}

function npmInstall(dir, specs, env = outsideNpmRun()) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', ...specs], { cwd: dir, env });
}

/**
 * This process's environment without what an outer `npm run test:e2e` put in it. npm exports
 * its config as npm_config_* to scripts, and an inner npm reads those back as its own config:
 * without this, npm_config_user_agent still says the outer Node (20), and code-server's
 * postinstall, which checks the Node major version in it, refuses to install under Node 24.
 */
export function outsideNpmRun(env = process.env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^npm_/i.test(name) && name !== 'INIT_CWD'));
}

// code-server's postinstall builds native modules; they must build for Node 24 with Node 24's headers.
function node24Env() {
  return {
    ...outsideNpmRun(),
    PATH: `${dirname(node24Bin)}${delimiter}${process.env.PATH}`,
    npm_config_nodedir: node24Headers,
    npm_config_build_from_source: 'true',
  };
}

function readStamp() {
  try { return JSON.parse(readFileSync(stampFile, 'utf8')); } catch { return null; }
}

function toolsReady(stamp) {
  return stamp && JSON.stringify(stamp.tools) === JSON.stringify(tools)
    && existsSync(node24Bin) && existsSync(join(vscodeServerDir, 'out', 'server-main.js'))
    && existsSync(join(jsToolsDir, 'node_modules', 'playwright-core'));
}

export function ensureTools() {
  ensureAptPackages();
  if (toolsReady(readStamp())) return;
  const started = Date.now();
  log(`installing into ${cacheDir} (first run: several minutes, code-server builds native modules)`);
  rmSync(stampFile, { force: true });
  npmInstall(node24Dir, [tools.node]);
  npmInstall(codeServerDir, [tools.codeServer], node24Env());
  npmInstall(jsToolsDir, tools.js);
  writeFileSync(stampFile, `${JSON.stringify({ tools, installedAt: new Date().toISOString() }, null, 2)}\n`);
  log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    ensureTools();
    log(`ready: ${cacheDir}`);
  } catch (error) {
    console.error(`[e2e setup] ${error.message}`);
    process.exit(1);
  }
}
