// Whether a JS/TS file can hold a finding of undeclared-dependency, read without parsing: a module
// specifier naming an undeclared package, or a process call whose literal command starts with a
// system tool (javascript.ts reads both from the syntax tree).
import { hasIdentifier, isQuote, isSpace, mayOpenArgumentsAt, moduleSpecifiers, type PrefilterInput } from '../../prefilter';
import type { DeclaredDependencies } from '../../types';
import { packageOf } from './specifiers';
import { SYSTEM_TOOLS } from './system-tools';

/** The modules every process function of javascript.ts comes from. */
export const PROCESS_MODULES = ['child_process', 'execa', 'shelljs'];

/** A finding needs a manifest, and either a specifier naming an undeclared package or a process call of a system tool. */
export function mayReport({ text, options }: PrefilterInput): boolean {
  const npm = options.dependencies?.npm;
  if (!npm) return false;
  if (mayRunSystemTool(text)) return true;
  const specifiers = moduleSpecifiers(text);
  if (specifiers === 'unsure') return true;
  const declared = knownPackages(npm);
  return specifiers.some((specifier) => {
    const name = packageOf(specifier, npm.localPrefixes);
    return name !== undefined && !declared.has(name);
  });
}

type NpmFacts = NonNullable<DeclaredDependencies['npm']>;

/** What the manifest declares and what the host provides (`vscode` in an extension). */
export function knownPackages(npm: NpmFacts): Set<string> {
  return new Set([...npm.packages, ...npm.hostModules]);
}

/**
 * A process module named as a whole identifier or module name (`execArgv` holds no `execa`), and a
 * string whose first word is a system tool: the check reads a literal command's first word. Names
 * are read as written, as the other prefilters read them: a tool spelled with escapes
 * (`'\x66fmpeg'`) is not looked for.
 */
export function mayRunSystemTool(text: string): boolean {
  return hasIdentifier(text, PROCESS_MODULES) && TOOL_NAMES.some((tool) => mayStartLiteral(text, tool));
}

const TOOL_NAMES = Object.keys(SYSTEM_TOOLS);

/**
 * `exec('ffmpeg -i …')`, `spawn("  convert")`, ``execa(`gs`)``: `word` as the first word of a string
 * that opens an argument list (the check reads a call's first argument), not of any string (`["7z", "aac"]`).
 */
function mayStartLiteral(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const after = text[at + word.length];
    if (after !== undefined && !isSpace(after) && !isQuote(after)) continue;
    let before = at - 1;
    while (before >= 0 && isSpace(text[before]!)) before--;
    if (before >= 0 && isQuote(text[before]) && mayOpenArgumentsAt(text, before)) return true;
  }
  return false;
}
