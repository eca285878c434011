// Migration CLIs run from the app through child_process, execa or shelljs:
// `execSync('npx prisma migrate deploy')`, `spawn('npx', ['knex', 'migrate:latest'])`.
import ts from 'typescript';
import { isStringLike, resolvedName, stringValue, unwrap } from '../../languages/ts-ast';
import type { Effect } from './javascript-calls';
import { type FileFacts, originOf } from './javascript-facts';

export interface MigrationCommand {
  call: ts.CallExpression;
  /** The matched words, as shown in the message: `prisma migrate deploy`. */
  label: string;
  effect: Effect;
  /** The command for an npm script, when the call's command is fully literal and can move as is. */
  scriptCommand?: string;
}

const PROCESS_FUNCTIONS = new Set([
  'child_process.exec', 'child_process.execSync', 'child_process.execFile', 'child_process.execFileSync',
  'child_process.spawn', 'child_process.spawnSync', 'execa', 'execa.execa', 'execa.execaSync', 'execa.execaCommand',
  'execa.execaCommandSync', 'execa.sync', 'execa.command', 'execa.commandSync', 'shelljs.exec',
]);

interface CliMigration {
  tools: readonly string[];
  subcommands: readonly (readonly string[])[];
  effect: Effect;
}

const CLI_MIGRATIONS: readonly CliMigration[] = [
  { tools: ['prisma'], subcommands: [['migrate', 'deploy'], ['migrate', 'dev']], effect: 'migrates' },
  { tools: ['prisma'], subcommands: [['migrate', 'reset']], effect: 'drops-schema' },
  { tools: ['prisma'], subcommands: [['db', 'push']], effect: 'changes-schema' },
  { tools: ['sequelize', 'sequelize-cli'], subcommands: [['db:migrate']], effect: 'migrates' },
  { tools: ['knex'], subcommands: [['migrate:latest'], ['migrate:up']], effect: 'migrates' },
  { tools: ['typeorm', 'typeorm-ts-node-commonjs', 'typeorm-ts-node-esm'], subcommands: [['migration:run']], effect: 'migrates' },
  { tools: ['typeorm', 'typeorm-ts-node-commonjs', 'typeorm-ts-node-esm'], subcommands: [['schema:sync']], effect: 'changes-schema' },
  { tools: ['drizzle-kit'], subcommands: [['migrate']], effect: 'migrates' },
  { tools: ['drizzle-kit'], subcommands: [['push']], effect: 'changes-schema' },
  { tools: ['mikro-orm'], subcommands: [['migration:up']], effect: 'migrates' },
  { tools: ['mikro-orm'], subcommands: [['schema:update']], effect: 'changes-schema' },
  { tools: ['node-pg-migrate', 'migrate-mongo', 'db-migrate'], subcommands: [['up']], effect: 'migrates' },
];

const SHELL_OPERATORS = new Set(['&&', '||', ';', '|', '&', '>', '<']);
const DYNAMIC = '\u0000';

export function recognizeCommand(call: ts.CallExpression, facts: FileFacts): MigrationCommand | undefined {
  if (!isProcessFunction(call.expression, facts)) return undefined;
  const words = commandWords(call, facts);
  for (let index = 0; index < words.length; index++) {
    const tool = toolName(words[index]!);
    const match = CLI_MIGRATIONS.find((cli) => cli.tools.includes(tool) && cli.subcommands.some((sub) => startsWith(words, index + 1, sub)));
    if (match) return withScript(call, words, index, match);
    const script = npmMigrateScript(words, index);
    if (script) return { call, label: script, effect: 'migrates' };
  }
  return undefined;
}

function withScript(call: ts.CallExpression, words: string[], index: number, cli: CliMigration): MigrationCommand {
  const sub = cli.subcommands.find((candidate) => startsWith(words, index + 1, candidate))!;
  const tool = toolName(words[index]!);
  const label = [tool, ...sub].join(' ');
  const rest = words.slice(index + 1);
  const movable = cli.effect !== 'drops-schema' && !words.some((word) => word.includes(DYNAMIC) || SHELL_OPERATORS.has(word));
  if (!movable) return { call, label, effect: cli.effect };
  // `migrate dev` is the interactive development flow; the release-time equivalent is `migrate deploy`.
  const scriptWords = tool === 'prisma' && sub[1] === 'dev' ? ['migrate', 'deploy', ...rest.slice(2)] : rest;
  return { call, label, effect: cli.effect, scriptCommand: [tool, ...scriptWords].join(' ') };
}

/** `npm run migrate`, `yarn db:migrate`, `pnpm run migrate:deploy`: the project's own migrate script. */
function npmMigrateScript(words: string[], index: number): string | undefined {
  const runner = toolName(words[index]!);
  if (runner !== 'npm' && runner !== 'yarn' && runner !== 'pnpm') return undefined;
  const runIndex = words[index + 1] === 'run' || words[index + 1] === 'run-script' ? index + 2 : index + 1;
  if (runner === 'npm' && runIndex === index + 1) return undefined;
  const script = words[runIndex];
  return script !== undefined && /migrat/i.test(script) ? `${runner} run ${script}` : undefined;
}

function isProcessFunction(callee: ts.Expression, facts: FileFacts): boolean {
  const name = resolvedName(unwrap(callee), facts.bindings)?.replace(/^node:/, '');
  if (name !== undefined && PROCESS_FUNCTIONS.has(name)) return true;
  // `const run = promisify(exec)` / `util.promisify(require('child_process').exec)`
  const origin = originOf(unwrap(callee), facts);
  if (!ts.isCallExpression(origin) || origin.arguments.length !== 1) return false;
  const wrapper = resolvedName(origin.expression, facts.bindings)?.replace(/^node:/, '');
  if (wrapper !== 'util.promisify' && wrapper !== 'promisify') return false;
  const wrapped = resolvedName(unwrap(origin.arguments[0]!), facts.bindings)?.replace(/^node:/, '');
  return wrapped !== undefined && PROCESS_FUNCTIONS.has(wrapped);
}

/** The command line's words: the string argument split on spaces, then any array of arguments. */
function commandWords(call: ts.CallExpression, facts: FileFacts): string[] {
  const words: string[] = [];
  for (const node of call.arguments.slice(0, 2)) {
    const argument = originOf(node, facts);
    // A command held in a variable is recognised, but not moved: the variable would be left unused.
    if (argument !== unwrap(node)) words.push(DYNAMIC);
    if (ts.isArrayLiteralExpression(argument)) {
      for (const element of argument.elements) words.push(stringValue(element) ?? DYNAMIC);
    } else if (isStringLike(argument)) words.push(...splitWords(argument.text));
    else if (ts.isTemplateExpression(argument)) words.push(...splitWords(templateText(argument)));
    else if (words.length === 0) return [];
  }
  return words;
}

function templateText(template: ts.TemplateExpression): string {
  return template.head.text + template.templateSpans.map((span) => DYNAMIC + span.literal.text).join('');
}

function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((word) => word.length > 0);
}

/** `./node_modules/.bin/prisma` -> `prisma`; `prisma@5.2.0` -> `prisma`. */
function toolName(word: string): string {
  const base = word.slice(word.lastIndexOf('/') + 1);
  const at = base.indexOf('@', 1);
  return at > 0 ? base.slice(0, at) : base;
}

function startsWith(words: readonly string[], from: number, expected: readonly string[]): boolean {
  return expected.every((word, offset) => words[from + offset] === word);
}
