// Files that are one-off admin processes by where they live, or admin scripts and test set-up by
// what they are called. Migrating there is exactly what Factor XII asks for, so the check stays
// silent. Test folders are the engine's file scope (scope/), where the rule never runs.

/** Folder names (as words) that hold one-off admin processes. */
const ADMIN_FOLDERS = new Set(['scripts', 'script', 'bin', 'cli', 'commands', 'migrations', 'migration', 'migrate', 'seeds', 'seeders', 'seed']);

/** Words in a file name that say it migrates or seeds. */
const MIGRATING_WORDS = new Set(['migrate', 'migrates', 'migration', 'migrations', 'migrator', 'seed', 'seeds', 'seeder', 'seeders', 'knexfile']);
/** A file named `<verb>-db` (`setup-db`, `dbSync`, `reset-database`) is a database admin script. */
const DB_WORDS = new Set(['db', 'database', 'schema']);
const DB_VERBS = new Set(['setup', 'init', 'reset', 'sync', 'create', 'drop', 'prepare', 'bootstrap']);
/** Test runners' setup files, named by convention. */
const TEST_WORDS = new Set(['test', 'tests', 'testing', 'spec', 'specs', 'e2e', 'jest', 'vitest', 'mocha', 'playwright', 'cypress']);

const NITRO_PLUGIN = /(?:^|\/)server\/plugins\/[^/]+\.[cm]?[jt]s$/;

/** Whether the file is a one-off script, a migration file or a test runner's set-up by its name (forward-slash path). */
export function isOneOffOrTestFile(path: string): boolean {
  const segments = path.split('/').filter((segment) => segment.length > 0);
  const fileName = segments.pop() ?? '';
  if (isInAdminFolder(path)) return true;
  const words = fileNameWords(fileName);
  // Nitro (Nuxt) loads every file of server/plugins/ when the server starts: `server/plugins/migrate.ts` is no script.
  if (NITRO_PLUGIN.test(path)) return words.some((word) => TEST_WORDS.has(word));
  if (words.some((word) => MIGRATING_WORDS.has(word) || TEST_WORDS.has(word))) return true;
  if (words.some((word) => DB_WORDS.has(word)) && words.some((word) => DB_VERBS.has(word))) return true;
  // jest/vitest `globalSetup` files: `global-setup.ts`, `globalSetup.js`.
  return words.includes('global') && (words.includes('setup') || words.includes('teardown'));
}

/**
 * `db/sync.js`, `database/reset.ts`: the verb alone, in a folder named for the database, is the `<verb>-db` name
 * written as a path. Such a file is a one-off only when nothing can import it for a value and it starts no server
 * (the caller checks both): `db/init.js` that exports the synced connection is the server's start path.
 */
export function isDbVerbPath(path: string): boolean {
  const segments = path.split('/').filter((segment) => segment.length > 0);
  const words = fileNameWords(segments.pop() ?? '');
  const folder = fileNameWords(segments.pop() ?? '');
  return folder.some((word) => DB_WORDS.has(word)) && words.length === 2 && DB_VERBS.has(words[0]!) && SCRIPT_EXTENSIONS.has(words[1]!);
}

const SCRIPT_EXTENSIONS = new Set(['js', 'mjs', 'cjs', 'ts', 'mts', 'cts', 'py']);

/** Folder names by word: `db-scripts/`, `bin/`, `commands/` (forward-slash path; the file's own name is not read). */
export function isInAdminFolder(path: string): boolean {
  return path.split('/').slice(0, -1).flatMap(fileNameWords).some((word) => ADMIN_FOLDERS.has(word));
}

/** `run-migrations.ts` -> [run, migrations]; `setupDb.test.js` -> [setup, db, test, js]. */
export function fileNameWords(fileName: string): string[] {
  const split = fileName.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  return split.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 0);
}
