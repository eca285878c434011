// The words of a command line as a shell would run them: wrappers (`npx`, `env X=1`, `bundle
// exec`, `dotenv --`) peeled off, `sh -c "..."` found, npm scripts named. Words have their quotes removed.

const WRAPPERS = new Set(['exec', 'npx', 'bunx', 'env', 'cross-env', 'time', 'nohup', 'pnpx']);
const TWO_WORD_WRAPPERS = new Set(['pnpm exec', 'pnpm dlx', 'yarn dlx', 'yarn exec', 'bundle exec', 'poetry run', 'pipenv run', 'uv run', 'npm exec']);
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
export const PACKAGE_MANAGERS = new Set(['npm', 'yarn', 'pnpm', 'bun']);

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
    else if (baseCommand(first) === 'dotenv' && rest.includes('--')) rest = rest.slice(rest.indexOf('--') + 1);
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

