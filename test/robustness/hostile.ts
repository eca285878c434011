// Hostile repositories: what a stranger can commit (or pack in a tarball) to hang, exhaust or
// take over a linter: links to devices and outside files, FIFOs, git config that names commands,
// globs that backtrack, trees 800 levels deep, 3,000-term expression chains, a symlinked root.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { committedBareRepo, fsmonitorRepo } from '../helpers/hostileRepos';

export interface HostileCase {
  name: string;
  /** The folder the CLI runs in. */
  cwd: string;
  /** CLI arguments after `audit`. */
  args: string[];
  expectedExit: number;
  /** The file whose credential the CLI must report (relative to cwd). */
  findsIn?: string;
  /** The file with a credential an editor would open (relative to cwd). */
  credentialFile: string;
  /** Text the output must contain. */
  says?: RegExp;
  /** Appears if a command from the repository ran. */
  ran?: () => boolean;
  dispose: () => void;
}

/** A fresh random password; fixtures never hold a real or documented key. */
function password(): string {
  return `Pw${randomBytes(9).toString('base64url')}`;
}

function credential(): string {
  return `module.exports = { db: { password: '${password()}' } };\n`;
}

function scratch(name: string): { root: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), `tfl-hostile-${name}-`));
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

function write(root: string, path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

function devZeroLinks(): HostileCase {
  const { root, dispose } = scratch('devzero');
  mkdirSync(join(root, '.git'));
  write(root, 'src/config.js', credential());
  symlinkSync('/dev/zero', join(root, '.gitignore'));
  symlinkSync('/dev/zero', join(root, 'src', '.gitignore'));
  symlinkSync('/dev/zero', join(root, 'src', 'zero.js'));
  symlinkSync('/dev/zero', join(root, '.env'));
  return { name: '.gitignore, .env and a .js file linked to /dev/zero', cwd: root, args: ['.'], expectedExit: 1, findsIn: 'src/config.js', credentialFile: 'src/config.js', dispose };
}

function devZeroConfig(): HostileCase {
  const { root, dispose } = scratch('devzero-config');
  mkdirSync(join(root, '.git'));
  write(root, 'src/config.js', credential());
  symlinkSync('/dev/zero', join(root, '.twelve-factor.json'));
  return { name: '.twelve-factor.json linked to /dev/zero', cwd: root, args: ['.'], expectedExit: 2, credentialFile: 'src/config.js', says: /twelve-factor\.json.*symbolic link out of the project: not read/, dispose };
}

function fifosAndLinksOut(): HostileCase {
  const { root, dispose } = scratch('fifo');
  mkdirSync(join(root, '.git'));
  write(root, 'src/config.js', credential());
  execFileSync('mkfifo', [join(root, 'src', 'pipe.js'), join(root, '.gitignore'), join(root, '.env.local')]);
  symlinkSync('/etc/passwd', join(root, 'src', 'passwd.js'));
  symlinkSync('..', join(root, 'src', 'loop'));
  symlinkSync(root, join(root, 'src', 'self'));
  return { name: 'FIFOs, a link to /etc/passwd and link loops', cwd: root, args: ['.'], expectedExit: 1, findsIn: 'src/config.js', credentialFile: 'src/config.js', dispose };
}

function deepTree(): HostileCase {
  const { root, dispose } = scratch('deep');
  mkdirSync(join(root, '.git'));
  const deep = Array.from({ length: 800 }, (_, index) => `d${index % 10}`).join('/');
  write(root, `${deep}/config.js`, credential());
  write(root, `${deep.split('/').slice(0, 400).join('/')}/.gitignore`, 'ignored.js\n');
  return { name: 'a tree 800 levels deep', cwd: root, args: ['.'], expectedExit: 1, findsIn: `${deep}/config.js`, credentialFile: `${deep}/config.js`, dispose };
}

function backtrackingGlobs(): HostileCase {
  const { root, dispose } = scratch('globs');
  mkdirSync(join(root, '.git'));
  write(root, '.twelve-factor.json', JSON.stringify({ ignore: ['+(a*)b', '*a*a*a*a*a*a*a*a*a*a*a*a*b', '**/**/**/**/**/**/**/**/**/x', `${'a*'.repeat(100)}b`] }));
  for (let index = 0; index < 50; index++) write(root, `${'a'.repeat(30 + index)}.js`, 'const a = 1;\n');
  write(root, 'config.js', credential());
  return { name: 'backtracking ignore globs over 30-80 character names', cwd: root, args: ['.'], expectedExit: 1, findsIn: 'config.js', credentialFile: 'config.js', dispose };
}

function commaChain(): HostileCase {
  const { root, dispose } = scratch('chain');
  const chain = Array.from({ length: 3000 }, (_, index) => `a${index}=f(${index})`).join(',');
  // The app's own bundle: a `*.min.js` is vendored scope, where a name's guess is info and exits 0.
  write(root, 'bundle.js', `var x;${chain};var c={password:"${password()}"};\n`);
  return { name: 'a minified bundle with a 3,000-term comma chain', cwd: root, args: ['.'], expectedExit: 1, findsIn: 'bundle.js', credentialFile: 'bundle.js', dispose };
}

function symlinkedRoot(): HostileCase {
  const { root, dispose } = scratch('linked-root');
  write(root, 'real/config.js', credential());
  symlinkSync(join(root, 'real'), join(root, 'link'));
  return { name: 'a root that is a symbolic link', cwd: root, args: ['link'], expectedExit: 1, findsIn: 'link/config.js', credentialFile: 'link/config.js', dispose };
}

function gitConfigCommands(make: typeof fsmonitorRepo, name: string): HostileCase {
  const repo = make();
  const credentialFile = relative(repo.root, join(repo.app, 'config.js'));
  return { name, cwd: repo.root, args: ['.'], expectedExit: 1, findsIn: credentialFile, credentialFile, ran: repo.ran, dispose: repo.dispose };
}

/** Every hostile repository, built fresh. */
export function hostileCases(): HostileCase[] {
  return [
    devZeroLinks(),
    devZeroConfig(),
    fifosAndLinksOut(),
    deepTree(),
    backtrackingGlobs(),
    commaChain(),
    symlinkedRoot(),
    gitConfigCommands(fsmonitorRepo, 'git config naming fsmonitor, filter, textconv and pager commands'),
    gitConfigCommands(committedBareRepo, 'a committed bare-repository folder, after git clone'),
  ];
}
