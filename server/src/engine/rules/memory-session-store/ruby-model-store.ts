// Factor VI in Ruby: the course app's in-memory model. A class keeps its records in a class variable (`@@words = {}`),
// its own `save` puts the record there (`@@words[id] = self`, `@@words << self`, `@@words[id] = Word.new(...)`) and
// another of its methods reads them back (`def self.all`). The routes that call `Word.new(params).save` live in
// another file, so the model's shape is what says where the app's data are: one process's memory. Storing the record
// itself is the tell: a cache stores values it was given, a registry the handlers it was handed at boot, and a model
// with a superclass (ActiveRecord, Sequel) keeps its rows in the database.
import { callArguments, methodName } from '../../languages/ruby';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { Report } from '../../types';
import { modelStoreReport } from './model-store';

const ENTRY_METHODS = new Set(['push', '<<', 'append', 'unshift', 'prepend', 'store', '[]=']);
const SAVE_METHODS = new Set(['save', 'save!']);
const PERSISTENCE_MIXINS = /\b(?:Mongoid|MongoMapper|DataMapper|Dynamoid|Ohm|Redis|ActiveRecord|Sequel)\b/;

export function checkRubyModelStores(root: SyntaxNode, report: (found: Report) => void): void {
  walkTree(root, (node) => {
    if (node.type !== 'class') return undefined;
    const found = node.childForFieldName('superclass') ? undefined : modelStore(node);
    if (found) report(found);
    return undefined;
  });
}

function modelStore(cls: SyntaxNode): Report | undefined {
  const className = cls.childForFieldName('name')?.text;
  const body = cls.namedChildren.find((child) => child?.type === 'body_statement');
  if (!className || !body || PERSISTENCE_MIXINS.test(includedModules(body))) return undefined;
  const collections = classCollections(body);
  if (collections.size === 0) return undefined;
  const methods = body.namedChildren.filter((child): child is SyntaxNode => child?.type === 'method' || child?.type === 'singleton_method');
  for (const save of methods) {
    if (save.type !== 'method' || !SAVE_METHODS.has(save.childForFieldName('name')?.text ?? '')) continue;
    for (const write of recordWrites(save, collections, className)) {
      const read = methods.find((other) => other.id !== save.id && readsOf(other, write.text).length > 0);
      if (read) return modelStoreReport(write.text, nodeSpan(collections.get(write.text)!), nodeSpan(write), nodeSpan(readsOf(read, write.text)[0]!));
    }
  }
  return undefined;
}

function includedModules(body: SyntaxNode): string {
  return body.namedChildren.filter((child) => child?.type === 'call' && methodName(child) === 'include').map((call) => call!.text).join(' ');
}

/** `@@words = {}` / `@@all = []` in the class body, by name (their name node). */
function classCollections(body: SyntaxNode): Map<string, SyntaxNode> {
  const found = new Map<string, SyntaxNode>();
  for (const child of body.namedChildren) {
    if (child?.type !== 'assignment') continue;
    const left = child.childForFieldName('left');
    const right = child.childForFieldName('right');
    if (left?.type === 'class_variable' && (right?.type === 'hash' || right?.type === 'array')) found.set(left.text, left);
  }
  return found;
}

/** The class-variable references in `save` that store the record: `@@x[k] = self`, `@@x << self`, `@@x.push(Word.new(...))`. */
function recordWrites(save: SyntaxNode, collections: ReadonlyMap<string, SyntaxNode>, className: string): SyntaxNode[] {
  const writes: SyntaxNode[] = [];
  walkTree(save, (node) => {
    if (node.type !== 'class_variable' || !collections.has(node.text)) return;
    const value = storedValue(node);
    if (value && isRecord(value, className)) writes.push(node);
  });
  return writes;
}

function storedValue(reference: SyntaxNode): SyntaxNode | undefined {
  const parent = reference.parent;
  if (parent?.type === 'element_reference' && parent.childForFieldName('object')?.id === reference.id) {
    const assignment = parent.parent;
    return assignment?.type === 'assignment' && assignment.childForFieldName('left')?.id === parent.id ? (assignment.childForFieldName('right') ?? undefined) : undefined;
  }
  if (parent?.type === 'binary' && parent.childForFieldName('left')?.id === reference.id && parent.childForFieldName('operator')?.text === '<<') return parent.childForFieldName('right') ?? undefined;
  if (parent?.type === 'call' && parent.childForFieldName('receiver')?.id === reference.id && ENTRY_METHODS.has(methodName(parent) ?? '')) return callArguments(parent).at(-1);
  return undefined;
}

function isRecord(value: SyntaxNode, className: string): boolean {
  if (value.type === 'self') return true;
  return value.type === 'call' && methodName(value) === 'new' && value.childForFieldName('receiver')?.text === className;
}

/** The references to `name` in a method that are not a plain reassignment (`@@words = {}` in `self.clear`). */
function readsOf(method: SyntaxNode, name: string): SyntaxNode[] {
  const reads: SyntaxNode[] = [];
  walkTree(method, (node) => {
    if (node.type !== 'class_variable' || node.text !== name) return;
    const parent = node.parent;
    if (parent?.type === 'assignment' && parent.childForFieldName('left')?.id === node.id) return;
    reads.push(node);
  });
  return reads;
}
