// What the startup-migration check knows about one JS/TS file: module bindings, what each local
// name was initialised with, named functions and where they are referenced. Built once per file.
import ts from 'typescript';
import { moduleBindings, stringValue, unwrap, walk } from '../../languages/ts-ast';

export type FunctionNode = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration;

export interface FileFacts {
  readonly source: ts.SourceFile;
  readonly bindings: ReadonlyMap<string, string>;
  /** Local name -> its initializer (awaits and casts stripped); null when declared more than once. */
  readonly initializers: ReadonlyMap<string, ts.Expression | null>;
  /** Local name -> the function it names (`function f`, `const f = () => ...`); null when ambiguous. */
  readonly functions: ReadonlyMap<string, FunctionNode | null>;
  /** Local name -> identifiers that use it (declaration names excluded). */
  readonly references: ReadonlyMap<string, readonly ts.Identifier[]>;
  /** Local name -> the module specifier it was imported or required from. */
  readonly importedFrom: ReadonlyMap<string, string>;
}

export function collectFacts(source: ts.SourceFile): FileFacts {
  const initializers = new Map<string, ts.Expression | null>();
  const functions = new Map<string, FunctionNode | null>();
  const references = new Map<string, ts.Identifier[]>();
  const bindings = moduleBindings(source);
  const remember = <T>(map: Map<string, T | null>, name: string, value: T): void => {
    map.set(name, map.has(name) ? null : value);
  };
  walk(source, (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const init = stripAwait(node.initializer);
      remember(initializers, node.name.text, init);
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) remember(functions, node.name.text, init);
    } else if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer) {
      bindDynamicImport(node.name, stripAwait(node.initializer), bindings);
    } else if (ts.isFunctionDeclaration(node) && node.name) {
      remember(functions, node.name.text, node);
    } else if (ts.isIdentifier(node) && !isDeclarationName(node)) {
      const list = references.get(node.text) ?? [];
      list.push(node);
      references.set(node.text, list);
    }
  });
  return { source, bindings, initializers, functions, references, importedFrom: importSpecifiers(source) };
}

/**
 * `const { execSync } = await import('node:child_process')` inside a function (Next.js' instrumentation
 * imports Node modules so): the names bind as a static import's would, unless the module already binds them.
 */
function bindDynamicImport(pattern: ts.ObjectBindingPattern, init: ts.Expression, bindings: Map<string, string>): void {
  if (!ts.isCallExpression(init) || init.expression.kind !== ts.SyntaxKind.ImportKeyword) return;
  const module = init.arguments[0] && ts.isStringLiteralLike(init.arguments[0]) ? init.arguments[0].text : undefined;
  if (module === undefined) return;
  for (const element of pattern.elements) {
    const imported = element.propertyName ?? element.name;
    if (!ts.isIdentifier(element.name) || !ts.isIdentifier(imported) || bindings.has(element.name.text)) continue;
    bindings.set(element.name.text, `${module}.${imported.text}`);
  }
}

/** `await x`, `(x as T)`, `x!` -> x. */
export function stripAwait(node: ts.Expression): ts.Expression {
  let current = unwrap(node);
  while (ts.isAwaitExpression(current)) current = unwrap(current.expression);
  return current;
}

/** Follows a plain identifier to its single initializer, a few hops at most. */
export function originOf(node: ts.Expression, facts: FileFacts): ts.Expression {
  let current = stripAwait(node);
  for (let hop = 0; hop < 4 && ts.isIdentifier(current); hop++) {
    const init = facts.initializers.get(current.text);
    if (!init) break;
    current = init;
  }
  return current;
}

function isDeclarationName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if ((ts.isVariableDeclaration(parent) || ts.isFunctionDeclaration(parent) || ts.isParameter(parent)) && parent.name === node)
    return true;
  if ((ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent)) && parent.name === node) return true;
  if ((ts.isMethodDeclaration(parent) || ts.isClassDeclaration(parent) || ts.isBindingElement(parent)) && parent.name === node)
    return true;
  return ts.isImportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent);
}

function importSpecifiers(source: ts.SourceFile): Map<string, string> {
  const modules = new Map<string, string>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const named = clause?.namedBindings;
      const names = [clause?.name, named && ts.isNamespaceImport(named) ? named.name : undefined];
      if (named && ts.isNamedImports(named)) names.push(...named.elements.map((element) => element.name));
      for (const name of names) if (name) modules.set(name.text, statement.moduleSpecifier.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) addRequired(declaration, modules);
    }
  }
  return modules;
}

function addRequired(declaration: ts.VariableDeclaration, modules: Map<string, string>): void {
  let init = declaration.initializer && unwrap(declaration.initializer);
  while (init && ts.isPropertyAccessExpression(init)) init = unwrap(init.expression);
  if (!init || !ts.isCallExpression(init) || !ts.isIdentifier(init.expression) || init.expression.text !== 'require') return;
  const module = stringValue(init.arguments[0]);
  if (module === undefined) return;
  if (ts.isIdentifier(declaration.name)) modules.set(declaration.name.text, module);
  else if (ts.isObjectBindingPattern(declaration.name)) {
    for (const element of declaration.name.elements) if (ts.isIdentifier(element.name)) modules.set(element.name.text, module);
  }
}
