// Commands a Node script runs, read as a shell's words (config-shell-commands.ts): a command line
// (`execSync('docker login -p …')`, execa's `execaCommand`, zx's, execa's and Bun's $`…`) and an argument
// vector (`spawn('sshpass', ['-p', '…'])`, `execFile('curl', ['-u', 'u:…'])`, `execa(…)`, `Bun.spawn([…])`,
// `new Deno.Command('curl', { args: […] })`). Only names
// imported from those modules: a check's findings follow from its statement and the imports
// (engine/regions.ts), so `const run = promisify(exec)` elsewhere in the file is not followed.
import ts from 'typescript';
import { MappedText } from '../../languages/mapped-text';
import { objectProperty, propertyName } from '../../languages/ts-ast';
import type { RuleContext } from '../../rule';
import { interpolationsAsReads, reportArgv, reportShellTokens } from './config-shell-commands';
import { lexShell } from '../../languages/shell';
import type { Scope } from './javascript-targets';

type Runner = 'line' | 'argv';

/** child_process' and execa's runners, by what they take first. */
const RUNNERS: Readonly<Record<string, Runner>> = {
  exec: 'line', execSync: 'line', execaCommand: 'line', execaCommandSync: 'line',
  spawn: 'argv', spawnSync: 'argv', execFile: 'argv', execFileSync: 'argv', execa: 'argv', execaSync: 'argv',
};

const RUNNER_MODULES = /^(?:(?:node:)?child_process|execa|zx)$/;

const ADVICE = 'a command line in code is not config: hand the command its credential through its environment (env: { …process.env }), and rotate it';

/** A call or tagged template that runs a command: its command line or argument vector read as shell words. */
export function inspectCommand(node: ts.CallExpression | ts.NewExpression | ts.TaggedTemplateExpression, scope: Scope, context: RuleContext): void {
  if (ts.isTaggedTemplateExpression(node)) {
    // zx's, execa's and Bun's $`…`: the template is the command line.
    if (ts.isIdentifier(node.tag) && node.tag.text === '$') reportLine(node.template, scope, context);
    return;
  }
  const runtime = runtimeArgv(node);
  if (runtime) return reportArgv(context, runtime.map((item) => (isPlainString(item) ? contentOf(item, scope) : undefined)), ADVICE);
  if (!ts.isCallExpression(node)) return;
  const runner = runnerOf(node.expression, scope);
  const [first, second] = node.arguments;
  if (!runner || !first) return;
  if (runner === 'line') return reportLine(first, scope, context);
  if (!isPlainString(first) || !second || !ts.isArrayLiteralExpression(second)) return;
  const items = [first, ...second.elements].map((item) => (isPlainString(item) ? contentOf(item, scope) : undefined));
  reportArgv(context, items, ADVICE);
}

/**
 * Other runtimes' runners, globals by name: Bun's `Bun.spawn(['redis-cli', '-a', '…'])` (and spawnSync),
 * Deno's `new Deno.Command('curl', { args: [...] })` and its older `Deno.run({ cmd: [...] })`.
 */
function runtimeArgv(node: ts.CallExpression | ts.NewExpression): readonly ts.Expression[] | undefined {
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression)) return undefined;
  const name = `${callee.expression.text}.${callee.name.text}`;
  const [first, second] = node.arguments ?? [];
  if ((name === 'Bun.spawn' || name === 'Bun.spawnSync') && first && ts.isArrayLiteralExpression(first)) return first.elements;
  const list = (key: string, options: ts.Expression | undefined) => {
    const value = options && ts.isObjectLiteralExpression(options) ? objectProperty(options, key) : undefined;
    return value && ts.isArrayLiteralExpression(value) ? value.elements : undefined;
  };
  if (name === 'Deno.Command' && ts.isNewExpression(node) && first && isPlainString(first)) {
    const args = list('args', second);
    return args ? [first, ...args] : undefined;
  }
  return name === 'Deno.run' ? list('cmd', first) : undefined;
}

/** The runner a callee names: one imported from child_process/execa, or a property of that module. */
function runnerOf(callee: ts.Expression, scope: Scope): Runner | undefined {
  if (ts.isIdentifier(callee)) {
    const bound = scope.bindings.get(callee.text);
    const dot = bound?.lastIndexOf('.') ?? -1;
    return bound && dot > 0 && RUNNER_MODULES.test(bound.slice(0, dot)) ? RUNNERS[bound.slice(dot + 1)] : undefined;
  }
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression)) return undefined;
  const module = scope.bindings.get(callee.expression.text);
  return module !== undefined && RUNNER_MODULES.test(module) ? RUNNERS[propertyName(callee.name) ?? ''] : undefined;
}

function isPlainString(node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
}

/** A command line written as a string or a template, its substitutions read as the shell reads a variable. */
function reportLine(node: ts.Node, scope: Scope, context: RuleContext): void {
  if (!isPlainString(node) && !ts.isTemplateExpression(node)) return;
  const text = contentOf(node, scope);
  reportShellTokens(context, lexShell(MappedText.contiguous(interpolationsAsReads(text.text, /\$\{[^}]*\}/g), text.whole.start)), ADVICE);
}

/** The source between a literal's quotes, at its place in the file. */
function contentOf(node: ts.Node, scope: Scope): MappedText {
  const start = node.getStart(scope.source) + 1;
  return MappedText.contiguous(scope.source.text.slice(start, node.getEnd() - 1), start);
}
