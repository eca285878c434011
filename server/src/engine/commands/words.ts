// The words of a command line as a shell would run them: wrappers (`npx`, `env X=1`, `bundle
// exec`, `dotenv --`) peeled off, `sh -c "..."` found, npm scripts named. Words have their quotes removed.

const WRAPPERS = new Set(['exec', 'npx', 'bunx', 'env', 'cross-env', 'time', 'nohup', 'pnpx']);
const TWO_WORD_WRAPPERS = new Set(['pnpm exec', 'pnpm dlx', 'yarn dlx', 'yarn exec', 'bundle exec', 'npm exec']);

/**
 * Python project managers' `run`, which runs a command (or the project's script of that name) in the
 * project's environment: `uv run --frozen --no-dev alembic upgrade head`, `pdm run`, `rye run`, `poetry run`,
 * `pipenv run`, and hatch's `hatch run prod:alembic upgrade head` (an `env:` before the command). Their own
 * options come first; those listed take a value (`uv run --with alembic …`, `--env-file .env`).
 */
const PROJECT_RUNNERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['uv run', new Set(['--with', '-w', '--with-editable', '--with-requirements', '--env-file', '--package', '--extra', '--group', '--only-group',
    '--no-group', '--python', '-p', '--directory', '--project', '--index', '--default-index', '--index-url', '--extra-index-url',
    '--find-links', '-f', '--config-file', '--cache-dir', '--color', '--resolution', '--prerelease', '--index-strategy', '--link-mode',
    '--exclude-newer', '--upgrade-package', '-P', '--reinstall-package', '--refresh-package', '--python-preference', '--config-setting', '-C'])],
  ['pdm run', new Set(['--project', '-p', '--venv'])],
  ['rye run', new Set(['--pyproject'])],
  ['poetry run', new Set(['--directory', '-C', '--project', '-P'])],
  ['pipenv run', new Set<string>()],
  ['hatch run', new Set<string>()],
]);

/** The command after a project runner and its options (`uv run --frozen -w x alembic …` -> `alembic …`); undefined for any other command. */
function afterProjectRunner(words: readonly string[]): string[] | undefined {
  const runner = `${baseCommand(words[0] ?? '')} ${words[1] ?? ''}`;
  const valued = PROJECT_RUNNERS.get(runner);
  if (!valued) return undefined;
  let at = 2;
  while (words[at]?.startsWith('-')) {
    if (words[at] === '--') { at++; break; }
    at += valued.has(words[at]!) ? 2 : 1;
  }
  const rest = words.slice(at);
  // hatch's `prod:uvicorn` names the environment, then the command.
  if (runner === 'hatch run' && /^[\w.-]+:[^/:]/.test(rest[0] ?? '')) rest[0] = rest[0]!.slice(rest[0]!.indexOf(':') + 1);
  return rest;
}
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
export const PACKAGE_MANAGERS = new Set(['npm', 'yarn', 'pnpm', 'bun']);

/**
 * Wrappers that run the command as another user or with another environment, and the options of theirs that
 * take a value: `gosu app`, `su-exec app`, s6's `s6-setuidgid app`, runit's `chpst -u app`, `sudo -E -u app`,
 * daemontools' `envdir ./env`. The command after them is what runs (`exec gosu app rails db:migrate`).
 */
const NO_VALUES = /^$/;
const USER_WRAPPERS: ReadonlyMap<string, { operands: number; valued: RegExp }> = new Map([
  ['gosu', { operands: 1, valued: NO_VALUES }],
  ['su-exec', { operands: 1, valued: NO_VALUES }],
  ['s6-setuidgid', { operands: 1, valued: NO_VALUES }],
  ['setuidgid', { operands: 1, valued: NO_VALUES }],
  ['s6-envdir', { operands: 1, valued: NO_VALUES }],
  ['envdir', { operands: 1, valued: NO_VALUES }],
  // chpst: every option but -P, -0, -1, -2, -v takes a value (`-u user:group`, `-e dir`, `-/ root`).
  ['chpst', { operands: 0, valued: /^-[^P012v]$/ }],
  // sudo: -u user, -g group, -C fd, -D dir, -p prompt, -r role, -t type, -U user (also as the last of grouped flags: `-Eu app`).
  ['sudo', { operands: 0, valued: /^-[A-Za-z]*[ugCDprtU]$/ }],
]);

/** The words after a user wrapper, its options and operands (`chpst -u app -e ./env cmd` -> `cmd`); undefined for any other command. */
function afterUserWrapper(words: readonly string[]): string[] | undefined {
  const wrapper = USER_WRAPPERS.get(baseCommand(words[0] ?? ''));
  if (!wrapper) return undefined;
  let at = 1;
  while (words[at]?.startsWith('-')) {
    if (words[at] === '--') return words.slice(at + 1);
    at += wrapper.valued.test(words[at]!) ? 2 : 1;
  }
  return words.slice(at + wrapper.operands);
}

export function baseCommand(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1).toLowerCase();
}

/** The words of the command actually run: `NODE_ENV=x npx --yes knex migrate:latest` -> `knex migrate:latest`. */
export function effectiveWords(words: readonly string[]): string[] {
  let rest = [...words];
  for (;;) {
    const first = rest[0];
    if (first === undefined) return rest;
    const pair = `${baseCommand(first)} ${rest[1] ?? ''}`;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(first)) rest = rest.slice(1);
    else if (TWO_WORD_WRAPPERS.has(pair)) rest = rest.slice(2);
    else if (PROJECT_RUNNERS.has(pair)) rest = afterProjectRunner(rest) ?? [];
    else if (baseCommand(first) === 'dotenv' && rest.includes('--')) rest = rest.slice(rest.indexOf('--') + 1);
    else if (USER_WRAPPERS.has(baseCommand(first))) rest = afterUserWrapper(rest) ?? [];
    else if (WRAPPERS.has(baseCommand(first))) {
      rest = rest.slice(1);
      while (rest[0]?.startsWith('-')) rest = rest.slice(1);
    } else return rest;
  }
}

/** `sh -c "script"`: the index of the script argument, if the command is a shell running one. */
export function shellScriptIndex(words: readonly string[]): number | undefined {
  const effective = effectiveWords(words);
  const offset = words.length - effective.length;
  if (!SHELLS.has(baseCommand(effective[0] ?? ''))) return undefined;
  const flag = effective.findIndex((word, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(word));
  return flag > 0 && flag + 1 < effective.length ? offset + flag + 1 : undefined;
}

/** The npm script a package-manager command runs: `npm run db:migrate`, `yarn migrate`, `pnpm run migrate -- --env x`. */
export function scriptRun(words: readonly string[]): { name: string; args: string[] } | undefined {
  const [tool, verb, ...rest] = effectiveWords(words);
  if (tool === undefined || !PACKAGE_MANAGERS.has(baseCommand(tool)) || verb === undefined) return undefined;
  if (verb === 'run' || verb === 'run-script') return rest[0] === undefined ? undefined : { name: rest[0], args: rest.slice(1) };
  if (verb.startsWith('-') || ['install', 'ci', 'i', 'add', 'exec', 'dlx', 'test', 'build'].includes(verb)) return undefined;
  return verb === 'start' ? { name: 'start', args: rest } : baseCommand(tool) === 'npm' ? undefined : { name: verb, args: rest };
}

