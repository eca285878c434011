// The name a value in a PHP array is bound to: its key path, prefixed by what owns the array
// (`$config`, a property, a method returning it). Arrays that are metadata about fields
// (Eloquent `$casts`, `$hidden`, validation rules) name no credential.
import { allChildren, ancestors, callOf, named, parentOf, stringValue, type Parents } from '../../languages/php';
import type { SyntaxNode } from '../../languages/treeSitter';
import { segmentsOf } from './php-targets';

/** Eloquent model metadata: `protected $casts = ['password' => 'hashed']`. */
const METADATA_OWNERS = new Set([
  'casts', 'hidden', 'visible', 'fillable', 'guarded', 'appends', 'dates', 'with', 'rules', 'messages', 'attributes',
  'validationrules', 'validationmessages', 'customattributes', 'translations',
]);

/** Calls whose array argument is validation rules or messages: `$request->validate([...])`, `Validator::make($d, [...])`. */
const VALIDATION_CALLS = new Set(['validate', 'validatewithbag', 'validated', 'make', 'rules', 'messages', 'assertinvalid', 'assertsessionhaserrors']);

/** Key path of a keyed element, with the array's owner in front; undefined when a key is not a literal or the array is metadata. */
export function ownerSegments(element: SyntaxNode, parents: Parents): string[] | undefined {
  const keys: string[] = [];
  const chain = [element, ...ancestors(element, parents)];
  for (let i = 0; i < chain.length; i++) {
    const node = chain[i]!;
    const parent = chain[i + 1];
    if (node.type === 'array_element_initializer' && allChildren(node).some((child) => child.type === '=>')) {
      const key = stringValue(named(node)[0]);
      if (key === undefined) return undefined;
      // Laravel's dotted config keys (`'services.stripe.secret' => ...`) are paths too.
      keys.unshift(...key.split('.'));
    }
    if (!parent) return node.type === 'program' ? keys : undefined;
    if (parent.type === 'array_creation_expression' || parent.type === 'array_element_initializer') continue;
    const owner = ownerOf(parent, node, parents);
    if (owner === null) return undefined;
    return [...owner, ...keys];
  }
  return undefined;
}

/** What owns the outermost array: segments, [] for nothing in particular, null for metadata. */
function ownerOf(parent: SyntaxNode, array: SyntaxNode, parents: Parents): string[] | null {
  let owner: string[] | undefined;
  if (parent.type === 'assignment_expression' && parent.childForFieldName('right')?.id === array.id) owner = segmentsOf(parent.childForFieldName('left'));
  else if (parent.type === 'property_element') owner = segmentsOf(parent.childForFieldName('name'));
  else if (parent.type === 'return_statement') {
    // `rules()` and `casts()` methods; other method names say little about the keys (`getConfig`).
    const name = returningFunction(parent, parents)?.toLowerCase();
    return name !== undefined && METADATA_OWNERS.has(name) ? null : [];
  }
  else if (parent.type === 'argument') {
    const list = parentOf(parent, parents);
    const callNode = list ? parentOf(list, parents) : null;
    const call = callNode ? callOf(callNode) : undefined;
    if (call && VALIDATION_CALLS.has(call.name.toLowerCase())) return null;
  }
  if (!owner) return [];
  const last = owner[owner.length - 1]?.toLowerCase() ?? '';
  return METADATA_OWNERS.has(last) ? null : owner;
}

function returningFunction(statement: SyntaxNode, parents: Parents): string | undefined {
  for (const current of ancestors(statement, parents)) {
    if (current.type === 'method_declaration' || current.type === 'function_definition') {
      return current.childForFieldName('name')?.text;
    }
    if (current.type === 'anonymous_function' || current.type === 'arrow_function') return undefined;
  }
  return undefined;
}
