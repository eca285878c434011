// Factor XII for the app's own commands run by a start script or an image: `python manage.py create_db`
// where manage.py's FlaskGroup command does `db.drop_all(); db.create_all()`, `npm run setup` where the
// package's `setup` script runs `prisma migrate deploy` (also through npm-run-all, run-s/run-p and concurrently). The command's name says nothing (a `setup` may only
// check the environment); its definition, beside the script, does. The node layer (migrationFacts.ts)
// reads manage.py and package.json in the script's folder and hands over the commands that migrate
// (appCommandsIn, below); the start command that runs one is reported, the definition related.
// Pure: no file is read here.
import { ParsedDocument } from '../../languages';
import { jsonProperties, jsonProperty, jsonStringText } from '../../languages/json';
import { nodeSpan, walkTree, type SyntaxNode, type TreeSitterParsers } from '../../languages/treeSitter';
import { importBindings } from '../../languages/python';
import { recognizeMigration } from './python-calls';
import { LineIndex } from '../../source';
import { MappedText } from '../../languages/mapped-text';
import type { ImportedMigration, RelatedElsewhere } from '../../types';
import { pythonCommandWords } from '../../commands/kinds';
import { baseCommand, effectiveWords, scriptRun } from '../../commands/words';
import { migrationsInScript, type MigrationHit } from './config-analysis';
import { migratingFunctionsIn } from './python-imported';
import { startsServer } from './python-start-path';
import { DEFAULT_GOAL, isMakefilePath, MAKEFILE, makefileMigrations, makeTargets, type IncludedMakefile } from './makefile-targets';

/** The module names of the facts: the runner that finds the command. */
export const MANAGE_PY = 'manage.py';
export const PACKAGE_JSON = 'package.json';
export const ARTISAN = 'artisan';
/** A shell script beside the start script, run by its path (`/sbin/docker-prepare.sh`, `bash ./scripts/prepare.sh`). */
export const SHELL_SCRIPT = 'shell script';
/** A Node script a package.json script runs (`node scripts/boot.mjs`), by its path from the package's folder. */
export const NODE_SCRIPT = 'node script';

/** The app command a start command runs, when the node layer found that it migrates. */
export function appCommandRun(words: readonly string[], facts: readonly ImportedMigration[]): ImportedMigration | undefined {
  if (facts.length === 0) return undefined;
  const listed = runnerScripts(words);
  if (listed) return listed.map((name) => facts.find((fact) => fact.module === PACKAGE_JSON && fact.name === name)).find((fact) => fact !== undefined);
  const node = nodeScriptFile(words);
  if (node !== undefined) return facts.find((fact) => fact.module === NODE_SCRIPT && fact.name === node);
  const targets = makeTargets(words);
  // A bare `make` (`make -j4`, `make VAR=x`) runs the default goal.
  if (targets) return (targets.length > 0 ? targets : [DEFAULT_GOAL]).map((name) => facts.find((fact) => fact.module === MAKEFILE && fact.name === name)).find((fact) => fact !== undefined);
  const called = calledScript(effectiveWords(words));
  if (called !== undefined) return facts.find((fact) => fact.module === SHELL_SCRIPT && fact.name === called);
  const script = scriptRun(words);
  if (script) return facts.find((fact) => fact.module === PACKAGE_JSON && fact.name === script.name);
  const effective = effectiveWords(words);
  const artisan = artisanCommand(effective);
  if (artisan !== undefined) return facts.find((fact) => fact.module === ARTISAN && fact.name === artisan);
  const command = manageCommand(pythonCommandWords(effective));
  return command === undefined ? undefined : facts.find((fact) => fact.module === MANAGE_PY && fact.name === command);
}

/**
 * The facts a Procfile or a compose file follows: the app's commands, not the shell scripts beside it, which those files
 * start as their process's script and which are read as start scripts on their own (`web: bash Procfile.sh`), nor the
 * package's scripts (`web: npm start`), which package.json's own check reports where they migrate: one problem, one finding.
 */
export function processFileFacts(facts: readonly ImportedMigration[] | undefined): ImportedMigration[] {
  return (facts ?? []).filter((fact) => fact.module !== SHELL_SCRIPT && fact.module !== PACKAGE_JSON);
}

/** npm-run-all's commands (serial and parallel) and concurrently: each runs the package's scripts it names. */
const SCRIPT_RUNNER_TOOLS = new Set(['npm-run-all', 'run-s', 'run-p', 'concurrently']);

/**
 * The package scripts a runner runs, in order: `npm-run-all db:deploy start-server`, `run-s db:deploy start`, concurrently's
 * `"npm:db:deploy" "npm run start"` (probe22b N). Options and glob patterns (`watch:*`) name no one script; undefined
 * when the command is no runner.
 */
export function runnerScripts(words: readonly string[]): string[] | undefined {
  const [tool, ...rest] = effectiveWords(words);
  const runner = tool === undefined ? undefined : baseCommand(tool);
  if (runner === undefined || !SCRIPT_RUNNER_TOOLS.has(runner)) return undefined;
  const names = rest.filter((word) => !word.startsWith('-')).map((word) => (runner === 'concurrently' ? concurrentlyScript(word) : word));
  return names.filter((name): name is string => name !== undefined && /^[\w:.@/-]+$/.test(name));
}

/** concurrently's command: `npm:db:deploy` (its shortcut, also `yarn:` and `pnpm:`), or a whole `npm run db:deploy`. */
function concurrentlyScript(word: string): string | undefined {
  const shortcut = /^(?:npm|yarn|pnpm|bun):(.+)$/.exec(word);
  return shortcut ? shortcut[1] : scriptRun(word.split(/\s+/))?.name;
}

/** Runtimes that run a script file given as their first word that is no option. */
const NODE_RUNTIMES = new Set(['node', 'tsx', 'ts-node', 'ts-node-esm', 'babel-node', 'bun', 'deno']);

/**
 * The file a command runs with a JS runtime, from the package's folder: `node scripts/boot.mjs`, `tsx ./src/start.ts`,
 * `node --enable-source-maps bin/launch.js` -> `bin/launch.js`. Options taking a value (`-r dotenv/config`) are passed.
 */
export function nodeScriptFile(words: readonly string[]): string | undefined {
  const [runtime, ...rest] = effectiveWords(words);
  if (runtime === undefined || !NODE_RUNTIMES.has(baseCommand(runtime))) return undefined;
  let at = baseCommand(runtime) === 'bun' || baseCommand(runtime) === 'deno' ? (rest[0] === 'run' ? 1 : 0) : 0;
  while (rest[at]?.startsWith('-')) at += ['-r', '--require', '--import', '--loader', '-C', '--conditions'].includes(rest[at]!) ? 2 : 1;
  const file = rest[at];
  return file !== undefined && /^[\w./@-]{1,300}\.[cm]?[jt]s$/.test(file) && !file.includes('..') ? file.replace(/^\.\//, '') : undefined;
}

/** Shells a start script runs another script with, and bash's `source` / `.`, which run it in the same shell. */
const SCRIPT_RUNNERS = new Set(['bash', 'sh', 'dash', 'zsh', 'ash', 'source', '.']);

/**
 * The base name of the shell script a command runs by its path: `/sbin/docker-prepare.sh`, `./prepare.sh`,
 * `bash docker/prepare.sh`, `. ./init.sh`. The image may copy it anywhere (`COPY docker/prepare.sh /sbin/`): the node
 * layer looks for it by name beside the start script. A bare word (`prepare`) is a command on the PATH.
 */
function calledScript(words: readonly string[]): string | undefined {
  const [first, second] = words;
  const runner = first !== undefined && SCRIPT_RUNNERS.has(baseCommand(first));
  const word = runner ? second : first;
  if (word === undefined || word.startsWith('-') || word.includes('$')) return undefined;
  if (!runner && !word.includes('/')) return undefined;
  const name = word.slice(word.lastIndexOf('/') + 1);
  return /^[\w.-]+\.(?:sh|bash)$/.test(name) ? name : undefined;
}

/**
 * A shell script's migration, for the start script that runs it by path: paperless-ngx's `docker-prepare.sh`, whose
 * `migrations()` function runs `python3 manage.py migrate` under `flock`. Named by the script, never its text.
 */
export function shellScriptMigration(path: string, text: string): ImportedMigration | undefined {
  const [first] = migrationsInScript(MappedText.contiguous(text, 0), { requireStart: false });
  if (!first) return undefined;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return { module: SHELL_SCRIPT, name, label: `the script ${name}`, path, range: new LineIndex(text).range(first.span) };
}

/** `php artisan crm:update`, `php /var/www/app/artisan crm:update` (`${ARTISAN} crm:update` expanded), `./artisan crm:update`. */
function artisanCommand(words: readonly string[]): string | undefined {
  const at = baseCommand(words[0] ?? '') === 'php' ? 1 : 0;
  return baseCommand(words[at] ?? '') === ARTISAN ? words[at + 1] : undefined;
}

/**
 * `python manage.py create_db`, `./manage.py create_db`: the manage.py beside the script (the one the node layer
 * read), not `python src/manage.py` in another folder.
 */
function manageCommand(words: readonly string[]): string | undefined {
  const at = baseCommand(words[0] ?? '') === 'python' ? 1 : 0;
  return words[at] === MANAGE_PY || words[at] === `./${MANAGE_PY}` ? words[at + 1] : undefined;
}

/** The commands a folder's manage.py, package.json and Makefile define that migrate or change the schema. */
export function appCommandsIn(path: string, text: string, treeSitter?: TreeSitterParsers, nodeScripts: readonly ImportedMigration[] = [], included: readonly IncludedMakefile[] = []): ImportedMigration[] {
  if (isMakefilePath(path)) return makefileMigrations(path, text, included);
  return path.endsWith(PACKAGE_JSON) ? migratingScripts(path, text, nodeScripts) : migratingManageCommands(path, text, treeSitter);
}

/**
 * Click/FlaskGroup (`@cli.command("create_db")`, `@cli.command()`) and Flask-Script (`@manager.command`)
 * commands whose function migrates (python-imported's reading of a module's functions). Click names a
 * command `create-db` after `def create_db` (since 7.0; Flask-Script keeps `create_db`): both are taken.
 */
function migratingManageCommands(path: string, text: string, treeSitter?: TreeSitterParsers): ImportedMigration[] {
  const migrating = new Map(migratingFunctionsIn(path, text, treeSitter).map((fn) => [fn.name, fn]));
  if (migrating.size === 0) return [];
  const parsed = new ParsedDocument(path, text, 'python', treeSitter);
  try {
    const found: ImportedMigration[] = [];
    for (const statement of parsed.tree?.rootNode.namedChildren ?? []) {
      if (statement?.type !== 'decorated_definition') continue;
      const name = statement.childForFieldName('definition')?.childForFieldName('name')?.text;
      const fn = name === undefined ? undefined : migrating.get(name);
      if (!fn) continue;
      for (const command of commandNames(statement, name!, text)) found.push({ module: MANAGE_PY, name: command, label: fn.label, path, range: fn.range });
    }
    return found;
  } finally {
    parsed.dispose();
  }
}

/** The names a decorated function is run by: `@cli.command("create_db")` -> create_db; `@cli.command()` -> create_db, create-db. */
function commandNames(definition: SyntaxNode, name: string, text: string): string[] {
  for (const decorator of definition.namedChildren) {
    if (decorator?.type !== 'decorator') continue;
    const expression = decorator.namedChild(0);
    const callee = expression?.type === 'call' ? expression.childForFieldName('function') : expression;
    if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'command') continue;
    const given = expression?.type === 'call' ? commandNameArgument(expression, text) : undefined;
    return given !== undefined ? [given] : [...new Set([name, name.replace(/_/g, '-')])];
  }
  return [];
}

/** The first positional string, or `name="…"`: `@cli.command("create_db")`, `@cli.command(name="create_db")`. */
function commandNameArgument(call: SyntaxNode, text: string): string | undefined {
  for (const argument of call.childForFieldName('arguments')?.namedChildren ?? []) {
    const value = argument?.type === 'keyword_argument' && argument.childForFieldName('name')?.text === 'name' ? argument.childForFieldName('value') : argument;
    if (value?.type === 'string') return /^(?:'([^'\\]*)'|"([^"\\]*)")$/.exec(text.slice(value.startIndex, value.endIndex))?.slice(1).find((part) => part !== undefined);
    if (argument?.type !== 'keyword_argument') return undefined;
  }
  return undefined;
}

/**
 * package.json scripts that run a migration (`"setup": "prisma migrate deploy && node prisma/seed.js"`), or a Node script
 * the node layer found migrating (`"boot": "node scripts/boot.mjs"`), named by the script, never its text.
 */
function migratingScripts(path: string, text: string, nodeScripts: readonly ImportedMigration[]): ImportedMigration[] {
  const parsed = new ParsedDocument(path, text, 'json');
  try {
    const lines = new LineIndex(text);
    const found: ImportedMigration[] = [];
    for (const [name, value] of jsonProperties(jsonProperty(parsed.json.root, 'scripts'))) {
      if (value.type !== 'string' || typeof name.value !== 'string') continue;
      const appCommand = nodeScripts.length > 0 ? (words: readonly string[]) => appCommandRun(words, nodeScripts) : undefined;
      const [first] = migrationsInScript(jsonStringText(text, value), { requireStart: false, ...(appCommand ? { appCommand } : {}) });
      if (first) found.push({ module: PACKAGE_JSON, name: name.value, label: `the "${name.value}" script`, path, range: lines.range(first.span) });
    }
    return found;
  } finally {
    parsed.dispose();
  }
}

/**
 * A Django management command (`<app>/management/commands/<name>.py`, run as `manage.py <name>`) whose module calls
 * `call_command('migrate')` (or another schema command) anywhere, its `handle()` method included; `starts` when it
 * then serves the app itself (`call_command("runserver")`, `uvicorn.run(...)`, `os.execvp("gunicorn", …)`).
 */
export function djangoCommandMigration(path: string, name: string, text: string, treeSitter?: TreeSitterParsers): ImportedMigration | undefined {
  const parsed = new ParsedDocument(path, text, 'python', treeSitter);
  try {
    const root = parsed.tree?.rootNode;
    if (!root) return undefined;
    const bindings = importBindings(root);
    let found: ImportedMigration | undefined;
    walkTree(root, (node) => {
      const migration = !found && node.type === 'call' ? recognizeMigration(node, bindings) : undefined;
      if (migration?.tool === 'django') found = { module: MANAGE_PY, name, label: migration.label, path, range: new LineIndex(text).range(nodeSpan(node)) };
    });
    return found && startsServer(root) ? { ...found, starts: true } : found;
  } finally {
    parsed.dispose();
  }
}

/** `protected $signature = 'crm:update {--force}'` (or Laravel 5's `$name`): the command's name, its first word. */
const ARTISAN_SIGNATURE = /\bprotected\s+(?:string\s+)?\$(?:signature|name)\s*=\s*['"]([a-z][\w:-]{0,60})/i;
/** `$this->call('migrate', …)`, `$this->callSilent('migrate:fresh')`, `Artisan::call('migrate --force')`. */
const ARTISAN_MIGRATE_CALL = /(?:\$this->call(?:Silent(?:ly)?)?|\bArtisan::call)\(\s*['"]migrate(?::fresh|:refresh|:install)?(?=['"\s])/g;

/**
 * A Laravel Artisan command class (`app/Console/Commands/*.php`) that runs the migrations: its signature's name and the
 * first `migrate` call. Read as tokens of a small file: the signature and the call are each one PHP expression.
 */
export function artisanCommandMigration(path: string, text: string): ImportedMigration | undefined {
  const name = ARTISAN_SIGNATURE.exec(text)?.[1];
  ARTISAN_MIGRATE_CALL.lastIndex = 0;
  const call = name === undefined ? null : ARTISAN_MIGRATE_CALL.exec(text);
  if (name === undefined || !call) return undefined;
  return { module: ARTISAN, name, label: "call('migrate')", path, range: new LineIndex(text).range({ start: call.index, end: call.index + call[0].length }) };
}

/** What a start command running the app's own migrating command adds to its finding: the definition, named and related. */
export function appCommandDetails(hit: MigrationHit): { note: string; relatedElsewhere?: RelatedElsewhere[] } {
  const defined = hit.appCommand;
  if (!defined) return { note: '' };
  const what =
    defined.module === PACKAGE_JSON ? defined.label : defined.module === SHELL_SCRIPT || defined.module === MAKEFILE ? `it runs ${defined.label}, which migrates` : `its \`${defined.name}\` command runs \`${defined.label}\``;
  return {
    note: ` (${what}, in ${defined.path})`,
    relatedElsewhere: [{ path: defined.path, range: defined.range, message: 'Factor XII: the migration the start command runs.' }],
  };
}
