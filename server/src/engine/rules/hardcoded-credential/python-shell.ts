// A string Python hands to a shell is a command line: `os.system("curl -u admin:… …")`,
// `subprocess.run("mysql -p… shop", shell=True)`, IPython's `get_ipython().system("git clone https://…@…")`
// (what a notebook's `!cmd` line runs). Its words are judged as a shell script's are (config-shell-commands.ts).
import { MappedText } from '../../languages/mapped-text';
import { dottedName, positionalArguments, readString } from '../../languages/python';
import { lexShell } from '../../languages/shell';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { RuleContext } from '../../rule';
import { interpolationsAsReads, reportArgv, reportShellTokens } from './config-shell-commands';

// Invoke's and Fabric's context or connection (`c.run`, `ctx.sudo`, `conn.run`): the names their docs give it.
const SHELL_CALLS = /^(?:os\.(?:system|popen)|subprocess\.(?:run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|commands\.getoutput|asyncio\.create_subprocess_shell|(?:c|ctx|context|conn|connection|cxn)\.(?:run|sudo|local))$/;

/**
 * Calls that take the argument vector as a list first (`subprocess.run(["mysql", "-p…"])`). Words passed as
 * arguments one by one (nox's `session.run(…)`, asyncio's `create_subprocess_exec(…)`) are read where they
 * stand (python-targets.ts commandFlagTarget), so are not read again here.
 */
const LIST_ARGV_CALLS = /^subprocess\.(?:run|call|check_call|check_output|Popen)$/;

/** IPython's shell escapes, on the shell object: `get_ipython().system(…)`, `get_ipython().getoutput(…)`. */
const IPYTHON_SHELL_METHODS = new Set(['system', 'getoutput']);

const SHELL_ADVICE = 'a command line in code is not config: read it from the environment the command runs in, and rotate it';

/** Whether the literal is the command line a shell-running call takes first. */
export function isShellCommandArgument(node: SyntaxNode): boolean {
  const call = node.parent?.type === 'argument_list' ? node.parent.parent : null;
  if (call?.type !== 'call' || positionalArguments(call)[0]?.id !== node.id) return false;
  const callee = call.childForFieldName('function');
  const written = dottedName(callee);
  if (written !== undefined) return SHELL_CALLS.test(written);
  const receiver = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
  const method = callee?.childForFieldName('attribute')?.text ?? '';
  return receiver?.type === 'call' && dottedName(receiver.childForFieldName('function')) === 'get_ipython' && IPYTHON_SHELL_METHODS.has(method);
}

/** The command line's credentials, at their places in the file (`raw`: the literal's source between its quotes). */
export function reportShellCommand(raw: string, contentStart: number, context: RuleContext): void {
  reportShellTokens(context, lexShell(MappedText.contiguous(raw, contentStart)), SHELL_ADVICE);
}

/**
 * A command run without a shell: `subprocess.run(["docker", "login", "-p", "…"])`: its items are the
 * words a shell would have split.
 */
export function reportShellArgv(call: SyntaxNode, context: RuleContext): void {
  const written = dottedName(call.childForFieldName('function')) ?? '';
  const list = positionalArguments(call)[0];
  const items = LIST_ARGV_CALLS.test(written) && (list?.type === 'list' || list?.type === 'tuple') ? list.namedChildren : undefined;
  if (!items || items.length < 2) return;
  reportArgv(context, items.map((item) => (item?.type === 'string' ? argvItem(item) : undefined)), SHELL_ADVICE);
}

/** One item as written, an f-string's `{x}` read as a shell reads a variable. */
function argvItem(node: SyntaxNode): MappedText | undefined {
  const string = readString(node);
  if (!string) return undefined;
  const raw = string.prefix.includes('f') ? interpolationsAsReads(string.raw, /\{[^{}]*\}/g) : string.raw;
  return MappedText.contiguous(raw, string.contentStart);
}
