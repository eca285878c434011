// A file's top-level units: the statements of a JS/TS file, the root's children of a tree-sitter
// tree. An edit changes a few of them; a check whose findings follow from one unit (and the
// file's imports) need not look at the others again (engine/regions.ts). A file with syntax errors
// has no units: error recovery can read a statement one way in the file and another on its own
// (an unclosed bracket), so such a version is checked whole.
import ts from 'typescript';
import type { TreeSitterLanguage } from './catalogue';
import type { SyntaxTree } from './treeSitter';
import { isTypeScriptStageFlag, pythonFlagOf } from './stage-flags';
import { heldObjectHandOvers } from './held-objects';
import { credentialParameterFunctions } from './credential-parameters';
import { hasSyntaxErrors } from './typescript';

export interface Unit {
  start: number;
  end: number;
  /** The syntax kind: two units of one range but another kind are not the same unit. */
  kind: string;
  /** An import, a package or namespace line: what every other unit may read names through. */
  context: boolean;
}

/**
 * JS/TS statements, each with its leading trivia (statement `pos`), so the units tile the file
 * and a comment above a statement travels with it.
 */
export function typeScriptUnits(source: ts.SourceFile, text: string): Unit[] | undefined {
  if (hasSyntaxErrors(source)) return undefined;
  const handOvers = heldObjectHandOvers(source);
  return source.statements.map((statement) => ({
    start: statement.pos,
    end: statement.end,
    kind: ts.SyntaxKind[statement.kind] ?? String(statement.kind),
    context: isTypeScriptContext(statement, text) || handOvers.has(statement) || credentialParameterFunctions(statement).length > 0,
  }));
}

/**
 * Imports, and top-level `const x = require('x')`: the module bindings checks resolve names through. Also a
 * top-level user name (`const user = 'deploy'`): hardcoded-credential reads a lone `pass` beside it as that
 * user's password (pass-beside-user.ts), so a rerun of the password's statement must still see it. And a stage
 * flag (`const isDev = process.env.NODE_ENV !== 'production'`), which a branch elsewhere reads (stage-flags.ts). And
 * (typeScriptUnits) a statement handing a top-level const object whole to a call (held-objects.ts), or declaring a
 * function with a credential-named parameter (credential-parameters.ts).
 */
function isTypeScriptContext(statement: ts.Statement, text: string): boolean {
  if (ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement)) return true;
  if (!ts.isVariableStatement(statement)) return false;
  const written = text.slice(statement.pos, statement.end);
  return written.includes('require') || TOP_LEVEL_USER.test(written) || isTypeScriptStageFlag(statement);
}

/** `const user =`, `let username: string =`, `var login, pw =`: a declaration of a user name (words bounded: linear). */
const TOP_LEVEL_USER = /\b(?:const|let|var)[ \t]+(?:user|username|login|usr)\b/i;

/** Node types that bring names into a file, per tree-sitter language. */
const CONTEXT_TYPES: Record<TreeSitterLanguage, readonly string[]> = {
  python: ['import_statement', 'import_from_statement', 'future_import_statement'],
  go: ['package_clause', 'import_declaration'],
  java: ['package_declaration', 'import_declaration'],
  kotlin: ['package_header', 'import_list', 'import_header', 'file_annotation'],
  ruby: [],
  php: ['php_tag', 'namespace_definition', 'namespace_use_declaration'],
};

/**
 * Python binds a name wherever an import runs, and the module's bindings count imports inside
 * functions too (languages/python.ts, importBindings): a unit that may hold one is context, so a
 * rerun of another unit still sees it. A word test: a superset only keeps more.
 */
const NESTED_IMPORT: Partial<Record<TreeSitterLanguage, RegExp>> = { python: /\bimport\b/ };
// A Python stage flag (`IS_LOCAL = os.environ.get("APP_ENV") == "local"`) is context too: a branch elsewhere reads it.

/** The root's children; the whitespace between them belongs to no unit. */
export function treeSitterUnits(tree: SyntaxTree, language: TreeSitterLanguage, text: string): Unit[] | undefined {
  if (tree.rootNode.hasError) return undefined;
  const contextTypes = CONTEXT_TYPES[language];
  const nestedImport = NESTED_IMPORT[language];
  const units: Unit[] = [];
  for (const child of tree.rootNode.children) {
    if (!child) continue;
    const { startIndex: start, endIndex: end, type } = child;
    const context = contextTypes.includes(type) || child.isError || (nestedImport?.test(text.slice(start, end)) ?? false) || (language === 'python' && pythonFlagOf(child) !== undefined);
    units.push({ start, end, kind: type, context });
  }
  return units;
}

/**
 * A local check's contextBindings from several readings of the context units (imports, stage flags, held objects):
 * a name two of them bind keeps both, so a change to either reruns the units that mention it.
 */
export function mergedContextBindings(...readings: ReadonlyMap<string, string>[]): Map<string, string> {
  const merged = new Map<string, string>();
  for (const reading of readings) {
    for (const [name, binding] of reading) merged.set(name, merged.has(name) ? `${merged.get(name)} ${binding}` : binding);
  }
  return merged;
}
