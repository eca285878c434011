// Commands a Ruby program runs, read as a shell's words (config-shell-commands.ts): backticks and
// %x() (`` `pg_dump "postgres://u:…@db/app"` ``), Open3's and IO.popen's command lines, and argument
// vectors (`system("docker", "login", "-p", "…")`, `IO.popen(["curl", "-u", "u:…", url])`).
import { stringContentSpan } from '../../languages/ruby';
import { MappedText } from '../../languages/mapped-text';
import { lexShell } from '../../languages/shell';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { RuleContext } from '../../rule';
import { interpolationsAsReads, reportArgv, reportShellTokens } from './config-shell-commands';

export const SHELL_ADVICE = 'a committed script is not config: read it from the environment the script runs in, and rotate it';

/** Open3's runners and IO.popen: a command line, or an argument vector, first. */
export const OPEN3_METHODS = new Set(['capture2', 'capture2e', 'capture3', 'popen', 'popen2', 'popen2e', 'popen3', 'pipeline_r', 'pipeline_w', 'pipeline_rw']);

/** Kernel's runners take several strings as an argument vector; Rake's `sh` too. */
const ARGV_METHODS = new Set(['system', 'exec', 'spawn', 'sh', ...OPEN3_METHODS]);

const INTERPOLATION = /#\{[^}]*\}/g;

/** A backtick or %x() command line, or a command line string with interpolations (`system("… #{dir}")`). */
export function reportCommandLine(node: SyntaxNode, context: RuleContext): void {
  const span = stringContentSpan(node);
  if (!span) return;
  reportShellTokens(context, lexShell(contentOf(span, context)), SHELL_ADVICE);
}

/** `system("docker", "login", "-p", "…")`, `Open3.capture2e("sshpass", "-p", "…", …)`, `IO.popen([…])`. */
export function reportRubyArgv(call: SyntaxNode, context: RuleContext): void {
  const method = call.childForFieldName('method')?.text ?? '';
  if (!ARGV_METHODS.has(method)) return;
  // An environment hash may come first (`system({ "A" => "1" }, "cmd", …)`); options come last as pairs.
  const positional = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((child): child is SyntaxNode => child !== null && child.type !== 'pair' && child.type !== 'hash' && child.type !== 'block_argument');
  const [first] = positional;
  const items = first?.type === 'array' ? first.namedChildren : positional.length >= 2 && first?.type === 'string' ? positional : undefined;
  if (!items || items.length < 2) return;
  reportArgv(context, items.map((item) => (item?.type === 'string' ? argvItem(item, context) : undefined)), SHELL_ADVICE);
}

function argvItem(node: SyntaxNode, context: RuleContext): MappedText | undefined {
  const span = stringContentSpan(node);
  return span ? contentOf(span, context) : undefined;
}

/** The text between the delimiters, each interpolation read as the shell reads a variable. */
function contentOf(span: { start: number; end: number }, context: RuleContext): MappedText {
  return MappedText.contiguous(interpolationsAsReads(context.text.slice(span.start, span.end), INTERPOLATION), span.start);
}
