// `npm run package`: production bundles, then the VSIX with @vscode/vsce.
// The repository's package.json is also the npm package's (its `files` list and `bin` serve npm);
// vsce refuses a `files` list beside .vscodeignore, so the VSIX is packed from a staging folder
// holding the extension's manifest (no files/bin/scripts/devDependencies), the Marketplace README
// (docs/marketplace.md) and the built files. What goes in is still decided by .vscodeignore (an
// allowlist); node_modules never does, the bundles carry their dependencies.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './paths.mjs';

/** What the staging folder gets from the checkout; .vscodeignore then picks from it. */
const STAGED = ['.vscodeignore', 'LICENSE', 'CHANGELOG.md', 'dist', 'syntaxes', 'images'];
/** Fields of package.json that are about npm or development, not the extension. */
const NOT_FOR_THE_MARKETPLACE = ['files', 'bin', 'scripts', 'devDependencies', 'private'];
const MARKETPLACE_README = join(repoRoot, 'docs', 'marketplace.md');

function run(command, args, cwd = repoRoot) {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

export function defaultVsixPath() {
  const { name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  return join(repoRoot, `${name}-${version}.vsix`);
}

/** The extension's manifest: the repository's package.json minus npm- and development-only fields. */
export function extensionManifest() {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  for (const field of NOT_FOR_THE_MARKETPLACE) delete manifest[field];
  return manifest;
}

/** Fills `folder` with what vsce packs the VSIX from. */
export function stageVsix(folder = join(repoRoot, 'out', 'vsix-staging')) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const entry of STAGED) cpSync(join(repoRoot, entry), join(folder, entry), { recursive: true });
  cpSync(MARKETPLACE_README, join(folder, 'README.md'));
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify(extensionManifest(), null, 2)}\n`);
  return folder;
}

export function packageVsix(outFile = defaultVsixPath(), { build = true } = {}) {
  if (build) run(process.execPath, [join(repoRoot, 'esbuild.mjs'), '--production']);
  const staging = stageVsix();
  mkdirSync(dirname(outFile), { recursive: true });
  const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  const { repository } = extensionManifest();
  const docs = `${String(repository.url).replace(/\.git$/, '')}`;
  // The Marketplace README lives in docs/: its relative links and pictures resolve from there.
  // stdin is closed so vsce can never wait on a question.
  run(
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--baseContentUrl', `${docs}/blob/HEAD/docs/`, '--baseImagesUrl', `${docs}/raw/HEAD/docs/`, '--out', outFile],
    staging,
  );
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
