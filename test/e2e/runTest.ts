// The same e2e suite through @vscode/test-electron, for machines that can download VS Code
// (a developer laptop, a hosted CI). Offline, the download fails and this exits 0 with a note:
// scripts/e2e/run.mjs is the runner that works there. The package comes from the e2e cache, never
// from this repo's dependencies.
//   node --import tsx test/e2e/runTest.ts <vsix> <workspace folder>
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

interface TestElectron {
  downloadAndUnzipVSCode(version?: string): Promise<string>;
  resolveCliArgsFromVSCodeExecutablePath(executable: string): string[];
  runTests(options: {
    vscodeExecutablePath: string;
    extensionDevelopmentPath: string;
    extensionTestsPath: string;
    launchArgs: string[];
    extensionTestsEnv: Record<string, string>;
  }): Promise<number>;
}

const repoRoot = resolve(__dirname, '..', '..');
const cacheDir = process.env.TWELVE_FACTOR_E2E_CACHE ?? join(homedir(), '.cache', 'twelve-factor-lint-e2e');
const modules = join(cacheDir, 'tools', 'node_modules');

function loadTestElectron(): TestElectron | undefined {
  try {
    return require(join(modules, '@vscode', 'test-electron')) as TestElectron;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const [vsix, workspace] = process.argv.slice(2).map((arg) => resolve(arg));
  if (!vsix || !workspace) throw new Error('usage: runTest.ts <vsix> <workspace folder>');
  const testElectron = loadTestElectron();
  if (!testElectron) {
    console.log(`skipped: @vscode/test-electron is not in ${modules}; run node scripts/e2e/setup.mjs`);
    return 0;
  }
  let vscodeExecutablePath: string;
  try {
    vscodeExecutablePath = await testElectron.downloadAndUnzipVSCode('stable');
  } catch (error) {
    console.log(`skipped: VS Code cannot be downloaded here (${String(error).split('\n')[0]}); use node scripts/e2e/run.mjs`);
    return 0;
  }
  const extensionsDir = mkdtempSync(join(tmpdir(), 'twelve-factor-electron-ext-'));
  const [cli, ...cliArgs] = testElectron.resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
  const install = spawnSync(cli!, [...cliArgs, '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'], { stdio: 'inherit' });
  if (install.status !== 0) throw new Error(`installing ${vsix} failed`);
  return testElectron.runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: join(repoRoot, 'test', 'e2e', 'host-extension'),
    extensionTestsPath: join(repoRoot, 'out', 'e2e', 'suite', 'index.js'),
    launchArgs: [workspace, '--extensions-dir', extensionsDir, '--disable-workspace-trust', '--skip-welcome'],
    extensionTestsEnv: {
      TWELVE_FACTOR_E2E_MOCHA: join(modules, 'mocha'),
      TWELVE_FACTOR_E2E_EXTENSIONS_DIR: extensionsDir,
    },
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
