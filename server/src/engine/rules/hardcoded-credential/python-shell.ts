// A string Python hands to a shell is a command line: `os.system("curl -u admin:… …")`,
// `subprocess.run("mysql -p… shop", shell=True)`, IPython's `get_ipython().system("git clone https://…@…")`
// (what a notebook's `!cmd` line runs). Its words are judged as a shell script's are (config-shell-commands.ts).
import { MappedText } from '../../languages/mapped-text';
import { dottedName, positionalArguments } from '../../languages/python';
import { lexShell } from '../../languages/shell';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { RuleContext } from '../../rule';
import { reportShellTokens } from './config-shell-commands';

const SHELL_CALLS = /^(?:os\.(?:system|popen)|subprocess\.(?:run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|commands\.getoutput)$/;

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
