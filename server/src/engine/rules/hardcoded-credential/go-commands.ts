// Commands a Go program runs, read as a shell's words (config-shell-commands.ts): os/exec's
// `exec.Command("mysqldump", "-u", "app", "-p…", "shop")` and `exec.CommandContext(ctx, "sh", "-c", "…")`
// are argument vectors, each string one word and any other expression a value read elsewhere.
import { callArguments, callName, goStringValue, isGoString, qualifiedName } from '../../languages/go';
import { MappedText } from '../../languages/mapped-text';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { RuleContext } from '../../rule';
import { argvFlagTarget } from './argv-flags';
import { reportArgv } from './config-shell-commands';

/** os/exec's runners and where their argument vector starts (after CommandContext's context). */
const RUNNERS: Readonly<Record<string, number>> = { 'os/exec.Command': 0, 'os/exec.CommandContext': 1 };

const ADVICE = "a command line in code is not config: hand the command its credential through its environment (cmd.Env = append(os.Environ(), …os.Getenv…)), and rotate it";

/** Whether `call` runs a command: reads its argument vector when it does. */
export function reportGoCommand(call: SyntaxNode, imports: ReadonlyMap<string, string>, context: RuleContext): void {
  const start = RUNNERS[qualifiedName(callName(call), imports) ?? ''];
  if (start === undefined) return;
  const args = callArguments(call).slice(start);
  if (args.length < 2 || !isGoString(args[0])) return;
  reportArgv(context, args.map((arg, index) => argvItem(arg, args[index - 1])), ADVICE);
}

/**
 * One word as written, when it maps one to one onto the source (a raw string, or no escape in it). The
 * string after a long credential flag (`"--password", "…"`) is the positional reading's (go-positional.ts),
 * which judges it for every call: here it counts as read, so it is reported once.
 */
function argvItem(node: SyntaxNode, previous: SyntaxNode | undefined): MappedText | undefined {
  if (!isGoString(node) || (isGoString(previous) && argvFlagTarget(goStringValue(previous)))) return undefined;
  const raw = node.text.slice(1, -1);
  return goStringValue(node) === raw ? MappedText.contiguous(raw, node.startIndex + 1) : undefined;
}
