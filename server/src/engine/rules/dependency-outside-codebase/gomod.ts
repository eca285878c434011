// dependency-outside-codebase in Go's module files, read as the go command reads them (golang.org/x/mod's
// modfile): a directive per line, or a verb with a `( … )` block of lines; `//` comments; quoted tokens.
//   go.mod, go.work   replace example.com/m => ../m          a replacement that is a folder (it starts with
//                     replace example.com/m v1.2.0 => /src/m  ./, ../ or is absolute; a module path carries a version)
//   go.work           use ../x    use ( ./a ../b )           the workspace's modules
// A replacement by another module version (`=> example.com/fork v1.2.3`) names no folder.
import { baseName } from '../../languages/detect';
import type { LanguageCheck, RuleContext } from '../../rule';
import { reportOutside } from './report';

interface Token {
  text: string;
  start: number;
}

interface Directive {
  verb: string;
  /** The tokens after the verb (or of one line of its block). */
  args: Token[];
}

/** Go's folder test for a replacement (modfile.IsDirectoryPath): `./`, `../`, absolute, or a Windows drive. */
const DIRECTORY = /^(?:\.\.?(?:[\\/]|$)|\/|\\|[A-Za-z]:[\\/])/;

/** The tokens of one line: words and quoted strings (`"…"`, `` `…` ``), up to a `//` comment. */
function lineTokens(line: string, offset: number): Token[] {
  const tokens: Token[] = [];
  const pattern = /\/\/.*|"(?:[^"\\]|\\.)*"|`[^`]*`|[^\s"`]+/g;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    const text = match[0];
    if (text.startsWith('//')) break;
    // A word that runs into a comment (`../x// note`) ends where the comment starts.
    const comment = text.startsWith('"') || text.startsWith('`') ? -1 : text.indexOf('//');
    tokens.push({ text: comment === -1 ? text : text.slice(0, comment), start: offset + match.index });
    if (comment !== -1) break;
  }
  return tokens.filter((token) => token.text !== '');
}

/** Every directive of the file, a block's lines each as a directive of its verb. */
export function goModDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  let block: string | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const tokens = lineTokens(line, offset);
    offset += line.length + 1;
    if (tokens.length === 0) continue;
    if (block !== undefined) {
      if (tokens[0]!.text === ')') block = undefined;
      else directives.push({ verb: block, args: tokens });
    } else if (tokens.length === 2 && tokens[1]!.text === '(') block = tokens[0]!.text;
    else directives.push({ verb: tokens[0]!.text, args: tokens.slice(1) });
  }
  return directives;
}

function unquoted(token: Token): { text: string; start: number; end: number } {
  const end = token.start + token.text.length;
  // An interpreted string's escapes stand for their character; a raw one holds none.
  if (token.text.startsWith('"')) return { text: token.text.slice(1, -1).replace(/\\(.)/g, '$1'), start: token.start, end };
  if (token.text.startsWith('`')) return { text: token.text.slice(1, -1), start: token.start, end };
  return { text: token.text, start: token.start, end };
}

/** The folder a directive names: a `replace`'s right side when it is a folder, a `use`'s argument. */
function folderOf(directive: Directive): Token | undefined {
  if (directive.verb === 'use') return directive.args.length === 1 ? directive.args[0] : undefined;
  if (directive.verb !== 'replace') return undefined;
  const arrow = directive.args.findIndex((token) => token.text === '=>');
  const target = arrow === -1 ? [] : directive.args.slice(arrow + 1);
  // One token after `=>` is a folder; a module path comes with its version.
  return target.length === 1 && DIRECTORY.test(unquoted(target[0]!).text) ? target[0] : undefined;
}

function check(context: RuleContext): void {
  const workspace = baseName(context.path) === 'go.work';
  for (const directive of goModDirectives(context.text)) {
    if (directive.verb === 'use' && !workspace) continue;
    const folder = folderOf(directive);
    if (!folder) continue;
    const { text, start, end } = unquoted(folder);
    reportOutside(context, { span: { start, end } }, text, directive.verb === 'use' ? 'go.work use directive' : `${baseName(context.path)} replace directive`);
  }
}

/** A folder is named only by `replace … =>` and go.work's `use`. */
export const goModCheck: LanguageCheck = { languages: ['gomod'], keywords: ['=>', 'use'], check };
