// Which module a name in the file stands for: `session` -> 'express-session', `MemoryStore` ->
// 'memorystore()' (the class a store factory returns), so the checks can ignore how things were imported.
import ts from 'typescript';
import { IDENTIFIERS, VARIABLE_DECLARATIONS, moduleBindings, requiredModule, resolvedName, stringValue, unwrap, walkKinds } from '../../languages/ts-ast';

/** Local name -> module path. Factory results (`require('memorystore')(session)`) end in `()`. */
export type Bindings = ReadonlyMap<string, string>;

/**
 * Top-level imports and requires (through moduleBindings), plus requires inside functions and
 * store factories such as `const FileStore = require('session-file-store')(session)`.
 */
export function sessionBindings(source: ts.SourceFile): Bindings {
  const bindings = moduleBindings(source);
  walkKinds(source, VARIABLE_DECLARATIONS, (node) => {
    if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer) return;
    if (bindings.has(node.name.text)) return;
    const module = moduleOfExpression(node.initializer, bindings);
    if (module !== undefined) bindings.set(node.name.text, module);
  });
  return bindings;
}

/**
 * The module an expression stands for: `session` -> 'express-session', `session.MemoryStore` ->
 * 'express-session.MemoryStore', `require('x')(y)` / `factory(y)` -> 'x()'. Undefined for names not
 * bound to a module (a local `session` function is not express-session).
 */
export function moduleOfExpression(node: ts.Expression, bindings: Bindings): string | undefined {
  const target = unwrap(node);
  const required = requiredModule(target);
  if (required) return required.path;
  if (ts.isCallExpression(target) && target.expression.kind === ts.SyntaxKind.ImportKeyword) {
    return stringValue(target.arguments[0]);
  }
  if (ts.isCallExpression(target)) {
    const callee = moduleOfExpression(target.expression, bindings);
    return callee === undefined ? undefined : `${callee}()`;
  }
  const name = resolvedName(target, bindings);
  if (name === undefined) return undefined;
  const head = name.split('.')[0] ?? name;
  const local = (ts.isIdentifier(target) ? target.text : rootIdentifier(target)) ?? '';
  if (!bindings.has(local) && head === local) return undefined;
  return stripDefault(name);
}

function rootIdentifier(node: ts.Expression): string | undefined {
  let current: ts.Expression = node;
  while (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current)) current = unwrap(current.expression);
  return ts.isIdentifier(current) ? current.text : undefined;
}

/** `import * as session` then `session.default(...)` is the same function as `session(...)`. */
function stripDefault(name: string): string {
  return name.endsWith('.default') ? name.slice(0, -'.default'.length) : name;
}


/** Every identifier spelled in the file, to pick names that clash with nothing. */
export function identifiersIn(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  walkKinds(source, IDENTIFIERS, (node) => {
    if (ts.isIdentifier(node)) names.add(node.text);
  });
  return names;
}
