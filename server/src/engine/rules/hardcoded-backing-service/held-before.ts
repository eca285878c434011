// What a name holds where a test reads it, in the tree-sitter languages: the nearest earlier write in its function
// (`url = os.getenv("DATABASE_URL")` then `if url: return …`), so a file that writes `url` in two functions still knows
// each. A write nested in an earlier statement (`if a: url = "…"`), or a parameter of that name, leaves the value unknown;
// a name the function never writes is read as the file's one write of it (held-env.ts onlyAssignedValue).
import type { SyntaxNode } from '../../languages/treeSitter';
import { onlyAssignedValue } from './held-env';

/** How many levels are climbed, and how many earlier statements of one block are read. */
const MAX_DEPTH = 24;
const MAX_EARLIER = 40;

/** The statements that write a name and the fields of its name and value (Kotlin's have none). */
const DECLARATORS = new Set(['variable_declarator', 'property_declaration']);
const ASSIGNMENTS = new Set(['assignment', 'assignment_expression']);

/**
 * The text of the value `name` holds where `use` reads it, from its nearest earlier write; undefined when it is not known.
 * `stops`: the function nodes; `blocks`: the statement lists (a module's too).
 */
export function heldValueBefore(name: string, use: SyntaxNode, stops: ReadonlySet<string>, blocks: ReadonlySet<string>): string | undefined {
  let child = use;
  for (let current = use.parent, depth = 0; current && depth < MAX_DEPTH; child = current, current = current.parent, depth++) {
    if (stops.has(current.type)) {
      const parameters = current.childForFieldName('parameters');
      return parameters && mentions(parameters.text, name) ? undefined : onlyAssignedValue(use.tree.rootNode, name);
    }
    if (!blocks.has(current.type) && current.parent) continue;
    let step = 0;
    for (let earlier = child.previousNamedSibling; earlier && step < MAX_EARLIER; earlier = earlier.previousNamedSibling, step++) {
      const write = writeIn(earlier, name);
      if (write !== undefined) return write ?? undefined;
    }
  }
  return onlyAssignedValue(use.tree.rootNode, name);
}

/** The value a statement gives `name`: its text, null for a write the reading cannot follow, undefined for none. */
function writeIn(statement: SyntaxNode, name: string): string | null | undefined {
  if (!mentions(statement.text, name)) return undefined;
  const node = statement.type === 'expression_statement' && statement.namedChildCount === 1 ? statement.namedChild(0)! : statement;
  const targets = node.type === 'local_variable_declaration' ? node.namedChildren.filter((child) => child?.type === 'variable_declarator') : [node];
  for (const target of targets) {
    if (!target) continue;
    if (ASSIGNMENTS.has(target.type) && target.childForFieldName('left')?.text === name && /^\s*=/.test(afterLeft(target))) return target.childForFieldName('right')?.text ?? null;
    if (DECLARATORS.has(target.type)) {
      const parts = target.namedChildren.filter((child): child is SyntaxNode => child !== null && !/^(?:binding_pattern_kind|modifiers)$|comment/.test(child.type));
      const [left, value] = target.type === 'variable_declarator' ? [target.childForFieldName('name'), target.childForFieldName('value')] : [parts[0], parts[1]];
      if (left?.text === name) return parts.length <= 2 && value ? value.text : null;
    }
  }
  return writes(statement.text, name) ? null : undefined;
}

function afterLeft(assignment: SyntaxNode): string {
  const left = assignment.childForFieldName('left')!;
  return assignment.text.slice(left.endIndex - assignment.startIndex, left.endIndex - assignment.startIndex + 4);
}

const WORD = /[\w$]/;
/** Compound assignment operators before `=`: `+=`, `||=`, `??=`, `.=`, `<<=`. */
const COMPOUND = ['||', '&&', '??', '<<', '>>', '+', '-', '*', '/', '%', '.'];

/** Where the text holds the name as a word (a read or a write), in order: an index scan, no pattern built from the file. */
function* wordsAt(text: string, name: string): Generator<number> {
  if (text.length > 20_000) return;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if ((at === 0 || !WORD.test(text[at - 1]!)) && !WORD.test(text[at + name.length] ?? '')) yield at;
  }
}

/** Whether a text holds the name as a word. */
function mentions(text: string, name: string): boolean {
  return !wordsAt(text, name).next().done;
}

/** Whether a text writes the name: `name = …`, `name += …`, `name ||= …` (not `==`, `=>`). */
function writes(text: string, name: string): boolean {
  for (const at of wordsAt(text, name)) {
    let after = at + name.length;
    while (text[after] === ' ' || text[after] === '\t') after++;
    after += COMPOUND.find((operator) => text.startsWith(operator, after))?.length ?? 0;
    if (text[after] === '=' && text[after + 1] !== '=' && text[after + 1] !== '>') return true;
  }
  return false;
}
