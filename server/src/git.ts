// The one way the project runs git. The scanned repository is hostile input and git reads its
// config: `core.fsmonitor`, hooks, filter drivers, external diff and textconv commands, pagers
// and signature programs all name commands git would run. Every call here overrides them on the
// command line (which wins over every config file), runs with a clean environment, discovers no
// repository above the workspace root, never prompts, and is bounded in time and output.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { dirname, resolve } from 'node:path';

export interface GitOptions {
  /** Where git runs. */
  cwd: string;
  /** The workspace root: git discovers no repository above it (GIT_CEILING_DIRECTORIES). */
  root: string;
  input?: string | Buffer;
  /** Kills git after this long; default 10 s (streams: 60 s). */
  timeoutMs?: number;
  /** Kills git when its stdout grows past this; default 64 MiB. */
  maxBytes?: number;
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export class GitError extends Error {}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_STREAM_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const MAX_STDERR = 16 * 1024;

/**
 * Config that names a command or changes what a read-only command touches, neutralised. `-c` is
 * "command line" config: it beats the repository's `.git/config` and every include it pulls in.
 */
const NEUTRAL_CONFIG: readonly string[] = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.pager=cat',
  'core.untrackedCache=false',
  'core.sshCommand=',
  'core.askPass=',
  'core.gitProxy=',
  // A folder laid out like a bare repository (committed as plain files) is never used implicitly.
  'safe.bareRepository=explicit',
  'diff.external=',
  'log.showSignature=false',
  'protocol.allow=never',
  'credential.helper=',
  'gc.auto=0',
  'maintenance.auto=false',
];

/** Environment git must not inherit: it would choose the repository, the config or the programs. */
const DROPPED_ENV = /^(GIT_|EDITOR$|VISUAL$|PAGER$|LESS|SSH_ASKPASS$)/;

/** Subcommands whose output or work depends on diff drivers: they also get --no-ext-diff --no-textconv. */
const DIFFING = new Set(['diff', 'log', 'show', 'diff-files', 'diff-index', 'diff-tree', 'whatchanged', 'format-patch']);

/**
 * Whether git may run at all. An untrusted workspace (VS Code's restricted mode) runs no external
 * process, however neutralised: the promise there is "nothing runs".
 */
export function gitAllowed(trusted: boolean): boolean {
  return trusted;
}

/** Runs `git <args>` safely and collects its output; rejects with GitError on timeout, overflow or spawn failure. */
export async function runGit(args: readonly string[], options: GitOptions): Promise<GitResult> {
  const child = await spawnGit(args, options);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return new Promise<GitResult>((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let failure: GitError | undefined;
    const fail = (error: GitError) => {
      failure ??= error;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => fail(new GitError(`git ${args[0] ?? ''} timed out`)), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return fail(new GitError(`git ${args[0] ?? ''} wrote more than ${maxBytes} bytes`));
      chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < MAX_STDERR) stderr += chunk.toString('utf8').slice(0, MAX_STDERR - stderr.length);
    });
    child.on('error', (error) => fail(new GitError(`git could not run: ${error.message}`)));
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failure) reject(failure);
      else resolvePromise({ code: code ?? -1, stdout: Buffer.concat(chunks), stderr });
    });
    writeInput(child, options.input);
  });
}

/** Runs `git <args>` safely and yields its stdout line by line (without the newline), e.g. `git log -p`. */
export async function* streamGit(args: readonly string[], options: GitOptions): AsyncGenerator<string> {
  const child = await spawnGit(args, options);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let failure: GitError | undefined;
  const timer = setTimeout(() => {
    failure ??= new GitError(`git ${args[0] ?? ''} timed out`);
    child.kill('SIGKILL');
  }, options.timeoutMs ?? DEFAULT_STREAM_TIMEOUT_MS);
  const exited = new Promise<number>((done) => child.on('close', (code) => done(code ?? -1)));
  child.on('error', (error) => {
    failure ??= new GitError(`git could not run: ${error.message}`);
  });
  child.stderr.resume();
  writeInput(child, options.input);
  let size = 0;
  let pending = '';
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw new GitError(`git ${args[0] ?? ''} wrote more than ${maxBytes} bytes`);
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      yield* lines;
    }
    if (pending !== '') yield pending;
    const code = await exited;
    if (failure) throw failure;
    if (code !== 0) throw new GitError(`git ${args[0] ?? ''} exited with ${code}`);
  } finally {
    clearTimeout(timer);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

/** The full argument list: neutral config, then the subcommand with diff drivers off where it diffs. */
export async function gitArguments(args: readonly string[], options: GitOptions): Promise<string[]> {
  const [command, ...rest] = args;
  if (command === undefined || command.startsWith('-')) throw new GitError('git: the subcommand comes first; options are added here');
  const drivers = await driverOverrides(options);
  const config = [...NEUTRAL_CONFIG, ...drivers].flatMap((entry) => ['-c', entry]);
  const diffing = DIFFING.has(command) ? ['--no-ext-diff', '--no-textconv'] : [];
  return ['--no-pager', '--no-optional-locks', ...config, command, ...diffing, ...rest];
}

/** The environment git runs with: the caller's, minus everything that steers git, plus our fences. */
export function gitEnvironment(root: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!DROPPED_ENV.test(key)) env[key] = value;
  return {
    ...env,
    GIT_CEILING_DIRECTORIES: dirname(resolve(root)),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PAGER: 'cat',
    LC_ALL: 'C',
  };
}

/**
 * Filter drivers (`filter.<name>.clean/process`) run when git reads a work-tree file whose stat
 * changed, even for `status`, `diff` and index refreshes; diff and merge drivers name commands
 * too. Their names are free-form, so they are listed (reading config runs nothing) and each one
 * is blanked on the command line (the user's global config excepted). A name git's `-c` cannot express refuses the whole call.
 */
async function driverOverrides(options: GitOptions): Promise<string[]> {
  const listArgs = ['--no-pager', ...NEUTRAL_CONFIG.flatMap((entry) => ['-c', entry]), 'config', '--list', '--name-only', '--show-scope', '-z'];
  const listing = await collect(spawnRaw(listArgs, options), options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 1024 * 1024);
  if (listing.code !== 0) return []; // not a repository, or no config: nothing to blank
  const fields = listing.stdout.split('\0');
  const overrides: string[] = [];
  for (let index = 0; index + 1 < fields.length; index += 2) {
    // The user's own global config is theirs (git-lfs lives there); the repository's is not.
    const [scope, name] = [fields[index]!, fields[index + 1]!];
    if (scope === 'global') continue;
    const driver = /^(filter|diff|merge)\.(.+)\.(clean|smudge|process|required|textconv|command|driver)$/is.exec(name);
    if (!driver) continue;
    if (/[=\n\r]/.test(name)) throw new GitError('git: the repository config names a driver that cannot be neutralised');
    overrides.push(driver[3]!.toLowerCase() === 'required' ? `${name}=false` : `${name}=`);
  }
  return overrides;
}

async function spawnGit(args: readonly string[], options: GitOptions): Promise<ChildProcessWithoutNullStreams> {
  return spawnRaw(await gitArguments(args, options), options);
}

function spawnRaw(args: readonly string[], options: GitOptions): ChildProcessWithoutNullStreams {
  return spawn('git', [...args], { cwd: options.cwd, env: gitEnvironment(options.root), stdio: ['pipe', 'pipe', 'pipe'], shell: false, windowsHide: true });
}

function collect(child: ChildProcessWithoutNullStreams, timeoutMs: number, maxBytes: number): Promise<{ code: number; stdout: string }> {
  return new Promise((done) => {
    let stdout = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (stdout.length > maxBytes) child.kill('SIGKILL');
    });
    child.stderr.resume();
    child.stdin.end();
    child.on('error', () => undefined);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code: stdout.length > maxBytes ? -1 : code ?? -1, stdout });
    });
  });
}

function writeInput(child: ChildProcessWithoutNullStreams, input: string | Buffer | undefined): void {
  child.stdin.on('error', () => undefined); // git may exit before reading all input
  child.stdin.end(input);
}
