// Commands a PHP program runs, read as a shell's words (config-shell-commands.ts): a command line
// (`exec('mysqldump -u app -p…')`, backticks, `Process::fromShellCommandline('…')`, Laravel's
// `Process::run('redis-cli -a …')`), its interpolations read as the shell reads a variable, and an
// argument vector (Symfony's `new Process(['mysqldump', '--password=…'])`, Laravel's `Process::run([…])`,
// `proc_open(['sshpass', '-p', '…', …])`), each string one word and any other expression a value read elsewhere.
import { callOf, callOfArgument, named, phpString, stringValue, type Parents, type PhpCall } from '../../languages/php';
import { MappedText } from '../../languages/mapped-text';
import { lexShell } from '../../languages/shell';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { RuleContext } from '../../rule';
import { argvFlagTarget } from './argv-flags';
import { interpolationsAsReads, reportArgv, reportShellTokens } from './config-shell-commands';

/** Functions that run their first argument as a shell command line (proc_open also takes an argument vector). */
const SHELL_FUNCTIONS = new Set(['exec', 'shell_exec', 'system', 'passthru', 'popen', 'proc_open']);
/** Methods that take a command line: Laravel's scheduler (`$schedule->command('x --token=…')`, `->exec(…)`), Symfony's `Process::fromShellCommandline`. */
const COMMAND_METHODS = new Set(['command', 'exec', 'fromshellcommandline']);
/** Laravel's Process facade runs what it is given (`Process::run(…)`, `Process::env([…])->start(…)`). */
const LARAVEL_RUNS = new Set(['run', 'start']);

const ADVICE = "read it from the environment (getenv('NAME')) and hand it to the command through its environment";

/** `{$dir}` and `${dir}` in a double-quoted string or backticks; a bare `$dir` is the shell's own spelling. */
const INTERPOLATION = /\{\$[^{}]*\}|\$\{[^{}]*\}/g;

/** Whether `call` runs its first argument: a command line, or (`vector`) an array of words. */
function runsFirstArgument(call: PhpCall): { line: boolean; vector: boolean } {
  const name = call.name.toLowerCase();
  if (call.kind === 'function') return { line: SHELL_FUNCTIONS.has(name), vector: name === 'proc_open' };
  if (call.kind === 'new') return { line: false, vector: call.name === 'Process' };
  const laravel = LARAVEL_RUNS.has(name) && isLaravelProcess(call);
  return { line: laravel || COMMAND_METHODS.has(name), vector: laravel };
}

/** `Process::run`, or a run on what the facade's builders return (`Process::env([…])->timeout(60)->run`). */
function isLaravelProcess(call: PhpCall): boolean {
  let current: PhpCall | undefined = call;
  for (let steps = 0; current && steps < 8; steps++) {
    if (current.kind === 'static') return current.scope === 'Process';
    current = current.kind === 'method' && current.object ? callOf(current.object) : undefined;
  }
  return false;
}

/** `exec('mysqldump -u app -p…')`: a plain command line's credential flags; whether it reported one. */
export function reportPlainCommandLine(node: SyntaxNode, text: MappedText, parents: Parents, context: RuleContext): boolean {
  const found = callOfArgument(node, parents);
  if (found?.index !== 0 || !runsFirstArgument(found.call).line) return false;
  let reported = false;
  const counting = { ...context, report: (report: Parameters<RuleContext['report']>[0]) => ((reported = true), context.report(report)) };
  reportShellTokens(counting, lexShell(text), ADVICE);
  return reported;
}

/**
 * The commands no plain literal holds: backticks, an interpolated command line (`exec("… -p… > $file")`,
 * which the literal reading skips), and an argument vector given as an array.
 */
export function reportPhpCommand(node: SyntaxNode, context: RuleContext): void {
  if (node.type === 'shell_command_expression') return reportLine(node, context);
  const call = callOf(node);
  const first = call?.args[0]?.value;
  if (!call || !first) return;
  const runs = runsFirstArgument(call);
  if (runs.line && first.type === 'encapsed_string' && !phpString(first) && first.text.startsWith('"')) reportLine(first, context);
  if (runs.vector && first.type === 'array_creation_expression') reportVector(first, context);
}

/** The text between the delimiters, each `{$…}` read as the shell reads a variable. */
function reportLine(node: SyntaxNode, context: RuleContext): void {
  const raw = node.text.slice(1, -1);
  reportShellTokens(context, lexShell(MappedText.contiguous(interpolationsAsReads(raw, INTERPOLATION), node.startIndex + 1)), ADVICE);
}

function reportVector(array: SyntaxNode, context: RuleContext): void {
  const elements = named(array).filter((element) => element.type === 'array_element_initializer');
  // A keyed array is options, not words.
  if (elements.length < 2 || elements.some((element) => named(element).length !== 1)) return;
  const values = elements.map((element) => named(element)[0]!);
  const words = values.map((value, index) => {
    // The string after a long credential flag is the list reading's (php-targets.ts): read once.
    if (index > 0 && argvFlagTarget(stringValue(values[index - 1]))) return undefined;
    // Sliced: the word's own span is the text between the quotes, as an attached `-p…` value's is.
    return phpString(value)?.slice(0);
  });
  reportArgv(context, words, ADVICE);
}
