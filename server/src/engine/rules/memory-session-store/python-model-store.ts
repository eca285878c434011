// Factor VI in Python: the course app's in-memory model (model-store.ts). A plain class keeps its records in a class
// attribute (`recipes = []`), its own `save` puts the record there (`Recipe.recipes.append(self)`,
// `cls.by_id[self.id] = self`) and another method reads them back (`def all(cls): return cls.recipes`). The view that
// calls `Recipe(form).save()` is in another module. A class with a base (SQLAlchemy's `db.Model`, Django's `Model`)
// keeps its rows in the database; a cache stores what it was given, not the record itself.
import { topLevelAssignments } from '../../languages/locals';
import { positionalArguments } from '../../languages/python';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { Report } from '../../types';
import { modelStoreReport } from './model-store';

const ENTRY_METHODS = new Set(['append', 'insert', 'add']);

export function checkPythonModelStores(root: SyntaxNode, report: (found: Report) => void): void {
  walkTree(root, (node) => {
    if (node.type !== 'class_definition') return undefined;
    const found = isPlainClass(node) ? modelStore(node) : undefined;
    if (found) report(found);
    return undefined;
  });
}

/** `class Recipe:` or `class Recipe(object):`. */
function isPlainClass(cls: SyntaxNode): boolean {
  const bases = cls.childForFieldName('superclasses')?.namedChildren ?? [];
  return bases.every((base) => base?.type === 'identifier' && base.text === 'object');
}

function modelStore(cls: SyntaxNode): Report | undefined {
  const className = cls.childForFieldName('name')?.text;
  const body = cls.childForFieldName('body');
  if (!className || !body) return undefined;
  const collections = classCollections(body);
  if (collections.size === 0) return undefined;
  const methods = body.namedChildren.flatMap((child) => {
    const fn = child?.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    return fn?.type === 'function_definition' ? [fn] : [];
  });
  const owners = new Set([className, 'cls', 'self', 'self.__class__', 'type(self)']);
  for (const save of methods) {
    if (save.childForFieldName('name')?.text !== 'save') continue;
    for (const write of references(save, collections, owners)) {
      if (!isRecordWrite(write, className)) continue;
      const name = write.childForFieldName('attribute')!.text;
      const read = methods.flatMap((other) => (other.id === save.id ? [] : references(other, new Set([name]), owners))).find((use) => !isReassigned(use));
      if (read) return modelStoreReport(name, nodeSpan(collections.get(name)!), nodeSpan(write), nodeSpan(read));
    }
  }
  return undefined;
}

/** `recipes = []` / `by_id = {}` directly in the class body, by name (their name node). */
function classCollections(body: SyntaxNode): Map<string, SyntaxNode> {
  const collections = topLevelAssignments(body).filter(({ value }) => value.type === 'list' || value.type === 'dictionary');
  return new Map(collections.map(({ name }) => [name.text, name]));
}

/** `Owner.name` attributes in `fn` whose owner is the class (`Recipe`, `cls`, `self`, `self.__class__`). */
function references(fn: SyntaxNode, names: ReadonlySet<string> | ReadonlyMap<string, unknown>, owners: ReadonlySet<string>): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  walkTree(fn, (node) => {
    if (node.type !== 'attribute') return;
    const attribute = node.childForFieldName('attribute')?.text ?? '';
    if (names.has(attribute) && owners.has(node.childForFieldName('object')?.text ?? '')) found.push(node);
  });
  return found;
}

/** `Recipe.recipes.append(self)`, `cls.by_id[self.id] = self`, `Recipe.recipes.append(Recipe(...))`. */
function isRecordWrite(reference: SyntaxNode, className: string): boolean {
  const parent = reference.parent;
  let value: SyntaxNode | undefined;
  if (parent?.type === 'attribute' && parent.parent?.type === 'call' && ENTRY_METHODS.has(parent.childForFieldName('attribute')?.text ?? '')) {
    value = positionalArguments(parent.parent).at(-1);
  } else if (parent?.type === 'subscript' && parent.parent?.type === 'assignment' && parent.parent.childForFieldName('left')?.id === parent.id) {
    value = parent.parent.childForFieldName('right') ?? undefined;
  }
  if (value?.type === 'identifier') return value.text === 'self';
  return value?.type === 'call' && value.childForFieldName('function')?.text === className;
}

function isReassigned(reference: SyntaxNode): boolean {
  const parent = reference.parent;
  return parent?.type === 'assignment' && parent.childForFieldName('left')?.id === reference.id;
}
