// `npm run test:e2e`: packages the VSIX, installs it into a real VS Code (the server inside the
// code-server npm package, under Node 24), opens a copy of examples/black-friday-shop in headless
// Chromium and runs the mocha suite from out/e2e in the extension host, then the browser checks.
// Options: --vsix <file> (skip packaging), --no-build, --grep <pattern>, --keep, --no-browser-checks,
//          --fail-on-purpose (adds a failing test: the run must then exit 1),
//          --browser-checks-only (skip the suite: e.g. to refresh docs/images/editor.png),
//          --electron (run through @vscode/test-electron instead; needs a VS Code download).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser, remoteUri, workbenchUrl } from './browser.mjs';
import { runBrowserChecks } from './browser-checks.mjs';
import { buildSuite } from './build-suite.mjs';
import { packageVsix } from './package.mjs';
import { jsModules, outDir, repoRoot } from './paths.mjs';
import { stopAll, stopAllOnExit, withTimeout } from './processes.mjs';
import {
  copyExample, createSessionRoot, extensionsDirOf, removeSessionRoot, startVsCodeWithVsix,
} from './session.mjs';
import { ensureTools } from './setup.mjs';

const SUITE_TIMEOUT_MS = 15 * 60_000;
const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const flag = (name) => args.includes(name);
const logDir = join(repoRoot, 'test-results', 'e2e');
/** Built by packageVsix with the extension's bundles (npm's front door; the VSIX has no CLI). */
const productionCli = join(repoRoot, 'dist', 'cli.js');
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[e2e] ${message}`);

async function runSuite({ context, port, workspace, suiteIndex, hostExtension }) {
  const page = await context.newPage();
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.message}`));
  const exitCode = new Promise((resolveExit) => {
    page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  });
  const payload = [
    ['extensionDevelopmentPath', remoteUri(port, hostExtension)],
    ['extensionTestsPath', remoteUri(port, suiteIndex)],
  ];
  await page.goto(workbenchUrl(port, { folder: workspace, payload }));
  try {
    return await withTimeout(exitCode, SUITE_TIMEOUT_MS, 'the e2e suite');
  } finally {
    // twelve-factor-ignore-next-line file-logger -- a test harness keeps the browser's console as a CI artifact
    writeFileSync(join(logDir, 'suite-browser-console.log'), `${consoleLines.join('\n')}\n`);
    await page.close();
  }
}

// Per-test results from the suite's JSON file; the exit code alone when the suite never wrote it.
function suiteOutcomes(exitCode, resultsFile) {
  let outcomes = [];
  try { outcomes = JSON.parse(readFileSync(resultsFile, 'utf8')); } catch { /* the host died before writing */ }
  const failed = exitCode !== 0 && !outcomes.some((o) => o.state === 'failed');
  if (failed) outcomes.push({ title: 'e2e suite exit code', state: 'failed', error: `exit code ${exitCode}` });
  if (outcomes.length === 0) outcomes.push({ title: 'e2e suite', state: 'passed' });
  return outcomes;
}

function report(outcomes) {
  for (const outcome of outcomes) {
    const mark = { passed: 'ok  ', failed: 'FAIL', pending: 'skip' }[outcome.state];
    console.log(`  ${mark} ${outcome.title}${outcome.durationMs ? ` (${outcome.durationMs} ms)` : ''}`);
    if (outcome.error) console.log(`       ${outcome.error.split('\n').slice(0, 6).join('\n       ')}`);
  }
  const count = (state) => outcomes.filter((o) => o.state === state).length;
  console.log(`e2e: ${count('passed')} passed, ${count('failed')} failed, ${count('pending')} skipped`);
  return count('failed');
}

async function main() {
  const started = Date.now();
  stopAllOnExit();
  mkdirSync(logDir, { recursive: true });
  ensureTools();
  log(`tools ready (${seconds(started)})`);

  const vsix = option('--vsix') ? resolve(option('--vsix')) : packageVsix(join(outDir, 'twelve-factor-lint.vsix'), { build: !flag('--no-build') });
  const suiteIndex = await buildSuite();
  const hostExtension = join(repoRoot, 'test', 'e2e', 'host-extension');
  log(`packaged ${vsix} and built the suite (${seconds(started)})`);

  const root = createSessionRoot();
  if (flag('--electron')) {
    const electron = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'test', 'e2e', 'runTest.ts'), vsix, copyExample(root, 'electron')], { cwd: repoRoot, stdio: 'inherit' });
    removeSessionRoot(root);
    process.exit(electron.status ?? 1);
  }
  const resultsFile = join(root, 'results.json');
  const serverLog = [];
  let context;
  let outcomes = [];
  try {
    const workspace = copyExample(root, 'suite');
    const extraEnv = {
      TWELVE_FACTOR_E2E_MOCHA: join(jsModules, 'mocha'),
      TWELVE_FACTOR_E2E_RESULTS: resultsFile,
      ...(option('--grep') ? { TWELVE_FACTOR_E2E_GREP: option('--grep') } : {}),
      TWELVE_FACTOR_E2E_EXTENSIONS_DIR: extensionsDirOf(root),
      // The VSIX carries no CLI; the suite compares the editor with the CLI of the same production build.
      TWELVE_FACTOR_E2E_CLI: productionCli,
      ...(flag('--fail-on-purpose') ? { TWELVE_FACTOR_E2E_FAIL_ON_PURPOSE: '1' } : {}),
    };
    const { dirs, port } = await startVsCodeWithVsix({ root, vsix, extraEnv, onOutput: (text) => serverLog.push(text) });
    log(`VS Code server on port ${port}, VSIX installed into ${dirs.extensions} (${seconds(started)})`);
    context = await launchBrowser(root);
    log(`chromium started (${seconds(started)})`);
    if (!flag('--browser-checks-only')) {
      const exitCode = await runSuite({ context, port, workspace, suiteIndex, hostExtension });
      log(`suite finished with exit code ${exitCode} (${seconds(started)})`);
      outcomes = suiteOutcomes(exitCode, resultsFile);
    }
    if (!flag('--no-browser-checks') && !option('--grep')) {
      outcomes.push(...await runBrowserChecks({ context, port, workspace: copyExample(root, 'browser'), cli: productionCli }));
      log(`browser checks done (${seconds(started)})`);
    }
  } catch (error) {
    outcomes.push({ title: 'e2e harness', state: 'failed', error: error.stack ?? String(error) });
  } finally {
    // twelve-factor-ignore-next-line file-logger -- a test harness keeps the server's output as a CI artifact
    writeFileSync(join(logDir, 'server.log'), serverLog.join(''));
    await context?.close().catch(() => {});
    await stopAll();
    if (flag('--keep')) log(`kept ${root}`);
    else removeSessionRoot(root);
  }
  const failures = report(outcomes);
  log(`total ${seconds(started)}; logs in ${logDir}`);
  process.exit(failures > 0 ? 1 : 0);
}

await main();
