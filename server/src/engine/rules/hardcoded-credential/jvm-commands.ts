// Commands a Java or Kotlin program runs, read as a shell's words (config-shell-commands.ts):
// `new ProcessBuilder("mysqldump", "-u", "app", "-p…", "shop")`, `pb.command(List.of(…))`,
// `Runtime.getRuntime().exec(new String[] {"sshpass", "-p", "…", …})` are argument vectors, each string
// one word and any other expression a value read elsewhere; `Runtime.getRuntime().exec("redis-cli -a …")`
// is a command line (exec splits it at spaces). A list kept in a variable first
// (`val cmd = listOf("openssl", …, "-passout", "pass:…")`) is read when the file runs that variable.
import type { MappedText } from '../../languages/mapped-text';
import { lexShell } from '../../languages/shell';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { RuleContext } from '../../rule';
import { argvFlagTarget } from './argv-flags';
import { reportArgv, reportShellTokens } from './config-shell-commands';
import type { JvmSyntax } from './java-calls';

/** Java's and Kotlin's list and array makers: `List.of`, `Arrays.asList`, `listOf`, `arrayOf`, ... */
const LIST_MAKERS = new Set(['of', 'asList', 'listOf', 'mutableListOf', 'arrayListOf', 'arrayOf']);

const ADVICE = 'a command line in code is not config: hand the command its credential through its environment (pb.environment().put(…, System.getenv(…))), and rotate it';

/** Reads each command once, whichever of its strings comes first. */
export class JvmCommands {
  private readonly seen = new Set<number>();
  private ran: Set<string> | undefined;

  constructor(
    private readonly syntax: JvmSyntax,
    private readonly context: RuleContext,
  ) {}

  /** The command `literal` is a word of, if it is one and was not read yet. */
  inspect(literal: SyntaxNode): void {
    const parent = this.syntax.parent(literal);
    const owner = parent?.type === 'array_initializer' ? parent : this.callOf(literal, parent);
    if (!owner || this.seen.has(owner.id)) return;
    this.seen.add(owner.id);
    const call = this.syntax.call(owner);
    if (call && isRunner(call.name, call.receiver, this.syntax) && call.args.length === 1 && this.syntax.string(call.args[0]!)) {
      if (call.name === 'exec') this.reportLine(call.args[0]!);
      return;
    }
    const items = call ? call.args : owner.namedChildren.filter((child): child is SyntaxNode => child !== null && child.type !== 'line_comment' && child.type !== 'block_comment');
    if (items.length >= 2 && (call && !LIST_MAKERS.has(call.name) ? isRunner(call.name, call.receiver, this.syntax) : this.isRun(owner))) this.reportItems(items);
  }

  /** The call whose direct argument `literal` is (Java's argument list, Kotlin's value argument). */
  private callOf(literal: SyntaxNode, parent: SyntaxNode | null): SyntaxNode | undefined {
    let current = parent;
    for (let steps = 0; current && steps < 4; steps++, current = this.syntax.parent(current)) {
      const call = this.syntax.call(current);
      if (call) return call.args.some((arg) => arg.id === literal.id) ? current : undefined;
    }
    return undefined;
  }

  /** A list or array handed to a runner, as its argument or through the variable it initialises. */
  private isRun(list: SyntaxNode): boolean {
    let current = this.syntax.parent(list);
    // `new String[] {…}` wraps the initializer; Kotlin wraps an argument in three nodes (value_argument(s), call_suffix).
    for (let steps = 0; current && steps < 4; steps++, current = this.syntax.parent(current)) {
      const call = this.syntax.call(current);
      if (call) return isRunner(call.name, call.receiver, this.syntax);
      const name = declaredName(current);
      if (name !== undefined) return (this.ran ??= runVariables(this.context.text)).has(name);
    }
    return false;
  }

  private reportItems(items: readonly SyntaxNode[]): void {
    const words = items.map((item, index) => {
      // The string after a long credential flag is the positional reading's (jvm-argument-shapes.ts): read once.
      const flag = index > 0 ? this.syntax.string(items[index - 1]!)?.value?.text : undefined;
      return argvFlagTarget(flag) ? undefined : this.value(item);
    });
    reportArgv(this.context, words, ADVICE);
  }

  private reportLine(node: SyntaxNode): void {
    const line = this.value(node);
    if (line) reportShellTokens(this.context, lexShell(line), ADVICE);
  }

  /** A plain string's text; an interpolated one (`"-p$password"`) is a value read elsewhere. */
  private value(node: SyntaxNode): MappedText | undefined {
    const literal = this.syntax.string(node);
    return literal?.value && literal.value.text === literal.raw ? literal.value : undefined;
  }
}

/** `new ProcessBuilder(…)`, `pb.command(…)` (a ProcessBuilder's), `Runtime.getRuntime().exec(…)`. */
function isRunner(name: string, receiver: SyntaxNode | undefined, syntax: JvmSyntax): boolean {
  if (name === 'ProcessBuilder') return receiver === undefined;
  if (name === 'command') return receiver !== undefined;
  return name === 'exec' && /(?:^|\.)getRuntime(?:\(\))?$|^runtime$/i.test(syntax.dotted(receiver) ?? receiver?.text ?? '');
}

/** `String[] push = {…}`, `var cmd = List.of(…)`, `val cmd = listOf(…)`: the variable's name. */
function declaredName(node: SyntaxNode): string | undefined {
  if (node.type === 'variable_declarator') return node.childForFieldName('name')?.text;
  if (node.type !== 'property_declaration') return undefined;
  return node.namedChildren.find((child) => child?.type === 'variable_declaration')?.namedChild(0)?.text;
}

/** A variable handed to a runner: `exec(push)`, `ProcessBuilder(cmd)`, `.command(*cmd)`. */
const RUN_VARIABLE = /(?:ProcessBuilder|\.command|\.exec)\(\s*\*?([A-Za-z_$][\w$]{0,100})\s*[,)]/g;

/** The variables the file runs, read once per file. */
function runVariables(text: string): Set<string> {
  return new Set([...text.matchAll(RUN_VARIABLE)].map((match) => match[1]!));
}
