// undeclared-dependency in Python, system programs: `subprocess.run(["ffmpeg", ...])`,
// `os.system("wkhtmltopdf ...")` of a program that no Dockerfile or Aptfile of the project installs
// and no declared distribution vendors, as JavaScript's child_process calls are read.
import { resolvedName, stringValue, type Bindings } from '../../languages/python';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { RuleContext } from '../../rule';
import { SYSTEM_TOOLS, systemToolMessage } from './system-tools';

/** Calls whose first argument is the command: an argv list, or a command line for the shell. */
export const PROCESS_CALLS: ReadonlySet<string> = new Set([
  'subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.Popen',
  'subprocess.getoutput', 'subprocess.getstatusoutput', 'os.system', 'os.popen',
  'asyncio.create_subprocess_exec', 'asyncio.create_subprocess_shell',
]);

/** Reports the call's program when it is a known system program nothing provides. */
export function checkSystemTool(context: RuleContext, call: SyntaxNode, bindings: Bindings, declared: ReadonlySet<string>, systemPackages: readonly string[]): void {
  if (!PROCESS_CALLS.has(resolvedName(call.childForFieldName('function'), bindings) ?? '')) return;
  const command = call.childForFieldName('arguments')?.namedChildren[0];
  const word = command?.type === 'list' ? command.namedChildren[0] : command;
  const program = word ? stringValue(word)?.trim().split(/\s+/)[0] : undefined;
  if (!word || !program || !Object.prototype.hasOwnProperty.call(SYSTEM_TOOLS, program)) return;
  const tool = SYSTEM_TOOLS[program]!;
  const vendors = tool.vendoredByPython ?? [];
  if (vendors.some((vendor) => declared.has(vendor)) || tool.packages.some((pkg) => systemPackages.includes(pkg))) return;
  context.report({ span: { start: word.startIndex, end: word.endIndex }, message: systemToolMessage(program, tool, vendors[0]) });
}
