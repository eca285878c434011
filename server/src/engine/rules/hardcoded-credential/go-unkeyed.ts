// Unkeyed composite literals of struct types, `Login{"admin", "…"}`, `[]Login{{"admin", "…"}}` and
// `struct{ User, Password string }{"ops", "…"}`: each value is the field at its position, so it is judged
// under that field's name, as a keyed `Login{Password: "…"}` is. Only struct types declared in the file
// (or written in place, then also named by the variable it is bound to) are known; an imported type's fields are not.
import { named } from '../../languages/go';
import { credentialName } from '../../secrets';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { boundName } from './go-returns';
import { nameTarget, type Target } from './target';

/** The struct types declared in each file, by name: their field names in order. Computed once per root. */
const declaredStructs = new WeakMap<object, Map<string, string[]>>();

/** The target of `element`, an unkeyed element of `body` (a composite literal's `literal_value`). */
export function unkeyedFieldTarget(body: SyntaxNode, element: SyntaxNode, root: SyntaxNode, cacheKey: object): Target | undefined {
  const elements = named(body);
  if (elements.some((child) => child.type !== 'literal_element')) return undefined;
  const type = literalType(body);
  const fields = type?.type === 'struct_type' ? structFields(type) : type?.type === 'type_identifier' ? structsOf(root, cacheKey).get(type.text) : undefined;
  if (!fields || fields.length !== elements.length) return undefined;
  const field = fields[elements.findIndex((child) => child.id === element.id)];
  if (field === undefined) return undefined;
  return { ...fieldTarget(body, type!, field), label: `${type!.type === 'type_identifier' ? type!.text : 'struct'}{${field}}`, noFix: true };
}

/**
 * A field is named by itself; a struct written in place has no type name, so the name it is bound to says whose
 * field it is: `var snmp = struct{ Community, Version string }{"…", "2c"}` holds an SNMP community.
 */
function fieldTarget(body: SyntaxNode, type: SyntaxNode, field: string): Target {
  const target = nameTarget([field]);
  const owner = !target.credential && type.type === 'struct_type' && body.parent?.type === 'composite_literal' ? boundName(body.parent) : undefined;
  // The two read as one name (`snmp.Community`), as a dotted key is read whole.
  const whole = owner !== undefined ? credentialName(`${owner}.${field}`) : undefined;
  return whole ? { ...nameTarget([owner!, field]), credential: whole } : target;
}

/** The type a `literal_value` builds: its composite literal's, or, elided in a slice or map, the element type. */
function literalType(body: SyntaxNode): SyntaxNode | undefined {
  const holder = body.parent;
  if (holder?.type === 'composite_literal') return holder.childForFieldName('type') ?? undefined;
  const outer = holder?.type === 'literal_element' ? holder.parent?.parent : undefined;
  const container = outer?.type === 'composite_literal' ? outer.childForFieldName('type') : null;
  const elementType = container && (container.type === 'slice_type' || container.type === 'array_type' || container.type === 'map_type') ? container.childForFieldName(container.type === 'map_type' ? 'value' : 'element') : null;
  return elementType ?? undefined;
}

/** A struct's field names in order: `User, Password string` gives two, an embedded `Base` one. */
function structFields(struct: SyntaxNode): string[] {
  const list = named(struct).find((child) => child.type === 'field_declaration_list');
  return named(list).filter((field) => field.type === 'field_declaration').flatMap((field) => {
    const names = field.childrenForFieldName('name').filter((name): name is SyntaxNode => name !== null).map((name) => name.text);
    return names.length > 0 ? names : [field.childForFieldName('type')?.text.replace(/^\*/, '').replace(/^.*\./, '') ?? ''];
  });
}

function structsOf(root: SyntaxNode, cacheKey: object): Map<string, string[]> {
  let structs = declaredStructs.get(cacheKey);
  if (structs) return structs;
  structs = new Map();
  const found = structs;
  walkTree(root, (node) => {
    if (node.type !== 'type_spec') return true;
    const name = node.childForFieldName('name')?.text;
    const type = node.childForFieldName('type');
    if (name !== undefined && type?.type === 'struct_type') found.set(name, structFields(type));
    return false;
  });
  declaredStructs.set(cacheKey, structs);
  return structs;
}
