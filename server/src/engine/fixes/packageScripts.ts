import { applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree, type FormattingOptions, type ParseError } from 'jsonc-parser';
import { lineEnding } from './envFile';

export type AddScriptResult =
  /** `name` is the script that runs the command: the requested one, or an existing or free alternative. */
  | { text: string; name: string; changed: boolean }
  | { error: string };

/** The file's own indentation, so an inserted script looks like its neighbours. */
function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1];
  const eol = lineEnding(text);
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 4, eol };
  return { insertSpaces: true, tabSize: indent?.length ?? 2, eol };
}

// Wrappers that only launch the real tool: `npx knex ...` and `knex ...` run the same thing.
const LAUNCHERS = new Set(['npx', 'bunx', 'npm', 'yarn', 'pnpm', 'exec', 'dlx', 'cross-env', 'dotenv', '--']);
// Runtimes (and `npm run`) whose first argument says what runs.
const RUNTIMES = new Set(['node', 'ts-node', 'tsx', 'bun', 'deno', 'python', 'python3', 'run']);

/** What a script command runs: `NODE_ENV=x npx knex migrate:latest` -> `knex`, `node db/migrate.js` -> `node db/migrate.js`. */
export function toolOf(command: string): string {
  const words = command.trim().split(/\s+/).filter((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
  const start = words.findIndex((word) => !LAUNCHERS.has(word) && !word.startsWith('-'));
  if (start < 0) return '';
  const tool = words[start] as string;
  if (!RUNTIMES.has(tool)) return tool;
  const script = words.slice(start + 1).find((word) => !word.startsWith('-'));
  return script === undefined ? tool : `${tool} ${script}`;
}

/** The script to use: one that already runs this command or tool, else `name` if free, else a free variant. */
function chooseName(scripts: Readonly<Record<string, unknown>>, name: string, command: string): { name: string; exists: boolean } {
  const has = (key: string) => Object.prototype.hasOwnProperty.call(scripts, key);
  if (scripts[name] === command) return { name, exists: true };
  const same = Object.keys(scripts).find((key) => scripts[key] === command);
  if (same !== undefined) return { name: same, exists: true };
  const current = scripts[name];
  if (typeof current === 'string' && toolOf(current) !== '' && toolOf(current) === toolOf(command)) return { name, exists: true };
  if (!has(name)) return { name, exists: false };
  // `migrate` is taken by something else: `migrate:knex`, then `migrate:2`, `migrate:3`, ...
  const tool = toolOf(command).split(/[\s/]/).pop()?.replace(/\.[a-z]+$/, '') ?? '';
  if (tool !== '' && !has(`${name}:${tool}`)) return { name: `${name}:${tool}`, exists: false };
  for (let suffix = 2; ; suffix++) {
    if (!has(`${name}:${suffix}`)) return { name: `${name}:${suffix}`, exists: false };
  }
}

/**
 * Adds `scripts[name] = command` to package.json, keeping its formatting; never overwrites a
 * different script (another name is chosen, and returned).
 */
export function addNpmScript(packageJsonText: string, name: string, command: string): AddScriptResult {
  const errors: ParseError[] = [];
  const root = parseTree(packageJsonText, errors, { allowTrailingComma: true });
  if (!root || root.type !== 'object' || errors.length > 0) return { error: 'package.json is not a valid JSON object' };
  const scriptsNode = findNodeAtLocation(root, ['scripts']);
  if (scriptsNode && scriptsNode.type !== 'object') return { error: 'package.json "scripts" is not an object' };
  const scripts = (scriptsNode ? getNodeValue(scriptsNode) : {}) as Record<string, unknown>;
  const chosen = chooseName(scripts, name, command);
  if (chosen.exists) return { text: packageJsonText, name: chosen.name, changed: false };
  const edits = modify(packageJsonText, ['scripts', chosen.name], command, { formattingOptions: formattingOf(packageJsonText) });
  return { text: applyEdits(packageJsonText, edits), name: chosen.name, changed: true };
}
