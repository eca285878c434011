// `npm run package`: production bundles, then the VSIX with @vscode/vsce. What goes in is decided
// by .vscodeignore (an allowlist); node_modules never does, the bundles carry their dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './paths.mjs';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

export function defaultVsixPath() {
  const { name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  return join(repoRoot, `${name}-${version}.vsix`);
}

export function packageVsix(outFile = defaultVsixPath(), { build = true } = {}) {
  if (build) run(process.execPath, [join(repoRoot, 'esbuild.mjs'), '--production']);
  mkdirSync(dirname(outFile), { recursive: true });
  const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  // stdin is closed so vsce can never wait on a question; --allow-missing-repository answers the usual one.
  run(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', outFile]);
  if (!existsSync(outFile)) throw new Error(`vsce did not write ${outFile}`);
  return outFile;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outIndex = process.argv.indexOf('--out');
  try {
    const outFile = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : undefined;
    const file = packageVsix(outFile, { build: !process.argv.includes('--no-build') });
    console.log(`packaged ${file}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
