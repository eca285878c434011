// Containers that live as long as the process without being module-level names: a class attribute
// (`class AuthManager: sessions = {}`, one dict shared by every instance), an instance attribute set in
// `__init__` of a plain class whose methods handle requests (aiohttp's `Handlers` object, built once at
// start), and a local of an app factory captured by the routes it defines (`def create_app(): notes = {}`).
// Each is judged by the same write rules as a module-level container (python-state.ts), but only for
// writes in a handler the holder owns: a class's own methods, the factory's nested routes. The search goes
// from a write in a handler up to what it writes, so a file costs one walk however many holders it has.
import { baseClassNames, decoratorsOf, enclosingClass, parameterNames } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';

export interface HeldDeclaration {
  /** What the finding points at (`sessions`, `self.carts`). */
  node: SyntaxNode;
  name: string;
}

/** What a write in `handler` through `reference` (`notes`, `self.sessions`, `AuthManager.sessions`) writes, if a held container. */
export function heldDeclaration(reference: SyntaxNode, handler: SyntaxNode, isContainer: (value: SyntaxNode) => boolean): HeldDeclaration | undefined {
  if (reference.type === 'identifier') return closureDeclaration(reference, handler, isContainer);
  const object = reference.childForFieldName('object');
  const name = reference.childForFieldName('attribute')?.text;
  if (reference.type !== 'attribute' || object?.type !== 'identifier' || name === undefined) return undefined;
  const cls = object.text === 'self' || object.text === 'cls' ? ownerClass(reference) : moduleClass(reference, object.text);
  if (!cls) return undefined;
  const attribute = classAttribute(cls, name, isContainer);
  // One dict for every instance: whichever handler writes it, it is process-wide.
  if (attribute) return { node: attribute, name };
  if (object.text !== 'self' || enclosingClass(handler)?.id !== cls.id) return undefined;
  const field = initContainer(cls, name, isContainer);
  return field ? { node: field, name } : undefined;
}

/** `name = {}` directly in a block (a class body, a function body): the assignment's left side. */
function containerAssignment(block: SyntaxNode | null | undefined, matches: (left: SyntaxNode) => boolean, isContainer: (value: SyntaxNode) => boolean, annotated: boolean): SyntaxNode | undefined {
  for (const statement of block?.namedChildren ?? []) {
    const assignment = statement?.type === 'expression_statement' ? statement.namedChild(0) : undefined;
    if (assignment?.type !== 'assignment') continue;
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (!left || !right || !matches(left)) continue;
    return isContainer(right) && (annotated || !assignment.childForFieldName('type')) ? left : undefined;
  }
  return undefined;
}

/** A plain class (no bases but `object`, no decorators): a model's annotated fields (pydantic, dataclasses, attrs) are copied per instance. */
function isPlainClass(cls: SyntaxNode): boolean {
  return baseClassNames(cls).every((base) => base === 'object') && decoratorsOf(cls).length === 0;
}

function classAttribute(cls: SyntaxNode, name: string, isContainer: (value: SyntaxNode) => boolean): SyntaxNode | undefined {
  return containerAssignment(cls.childForFieldName('body'), (left) => left.type === 'identifier' && left.text === name, isContainer, isPlainClass(cls));
}

/**
 * `self.carts = {}` in `__init__` of a plain class whose methods handle requests: built once and handed to the
 * router. An instance made per request (a Django or aiohttp class-based view, a Tornado handler) has bases.
 */
function initContainer(cls: SyntaxNode, name: string, isContainer: (value: SyntaxNode) => boolean): SyntaxNode | undefined {
  if (!isPlainClass(cls)) return undefined;
  const init = methodsOf(cls).find((method) => method.childForFieldName('name')?.text === '__init__');
  const matches = (left: SyntaxNode): boolean => left.type === 'attribute' && left.childForFieldName('object')?.text === 'self' && left.childForFieldName('attribute')?.text === name;
  return containerAssignment(init?.childForFieldName('body'), matches, isContainer, true);
}

function methodsOf(cls: SyntaxNode): SyntaxNode[] {
  const methods: SyntaxNode[] = [];
  for (const member of cls.childForFieldName('body')?.namedChildren ?? []) {
    const fn = member?.type === 'decorated_definition' ? member.childForFieldName('definition') : member;
    if (fn?.type === 'function_definition') methods.push(fn);
  }
  return methods;
}

/** The class whose method `node` is in (the innermost def's class). */
function ownerClass(node: SyntaxNode): SyntaxNode | undefined {
  const fn = innermostDef(node);
  return fn ? enclosingClass(fn) : undefined;
}

/** `AuthManager.sessions`: a class of that name at the module's top level. */
function moduleClass(node: SyntaxNode, name: string): SyntaxNode | undefined {
  let root = node;
  while (root.parent) root = root.parent;
  for (const statement of root.namedChildren) {
    const cls = statement?.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (cls?.type === 'class_definition' && cls.childForFieldName('name')?.text === name) return cls;
  }
  return undefined;
}

/**
 * A local of a function the handler is nested in (an app factory: `def create_app(): notes = {}`), which its
 * routes keep alive as long as the app runs; nothing between may rebind the name. A handler's own locals,
 * written by itself or its helpers, are one request's.
 */
function closureDeclaration(reference: SyntaxNode, handler: SyntaxNode, isContainer: (value: SyntaxNode) => boolean): HeldDeclaration | undefined {
  const name = reference.text;
  let passedHandler = false;
  for (let fn = innermostDef(reference); fn; fn = innermostDef(fn)) {
    if (parameterNames(fn).includes(name)) return undefined;
    const container = passedHandler ? containerAssignment(fn.childForFieldName('body'), (left) => left.type === 'identifier' && left.text === name, isContainer, true) : undefined;
    if (container) return { node: container, name };
    if (assignsOwnLocal(fn, name)) return undefined;
    if (fn.id === handler.id) passedHandler = true;
  }
  return undefined;
}

function innermostDef(node: SyntaxNode): SyntaxNode | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) if (parent.type === 'function_definition') return parent;
  return undefined;
}

/** `name` assigned in the def's own body (not nested defs) without `nonlocal`/`global`. */
function assignsOwnLocal(fn: SyntaxNode, name: string): boolean {
  let assigns = false;
  let declared = false;
  walkTree(fn.childForFieldName('body') ?? fn, (node) => {
    if (node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'lambda') return false;
    if ((node.type === 'nonlocal_statement' || node.type === 'global_statement') && node.namedChildren.some((child) => child?.text === name)) declared = true;
    if ((node.type === 'assignment' || node.type === 'for_statement') && node.childForFieldName('left')?.text === name) assigns = true;
    return undefined;
  });
  return assigns && !declared;
}
