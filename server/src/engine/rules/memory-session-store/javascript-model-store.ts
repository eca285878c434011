// Factor VI in JS/TS: the course app's in-memory model (model-store.ts). A class with no `extends` keeps its records
// in a module-level collection (`const notes = []`) or a static field (`static users = new Map()`), its own `save()`
// stores the record there (`notes.push(this)`, `User.users.set(this.email, this)`) and another method reads them back
// (`static all() { return notes }`). The route that calls `new Note(body).save()` is in another module. A mongoose or
// Sequelize model extends or is built by its library; a cache stores what it was given, not the record itself. The same
// model written as a constructor function with prototype methods (`Note.prototype.save = function () { … }`) counts too.
import ts from 'typescript';
import { spanOf, walk } from '../../languages/ts-ast';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isContainer } from './javascript-state';
import { modelStoreReport } from './model-store';

const ENTRY_METHODS = new Set(['push', 'unshift', 'set', 'add']);
/** A `save() {` method at the start of a line, and a record stored: `notes.push(this)`, `byId[this.id] = this`. */
const SAVE_METHOD = /^[ \t]*(?:async[ \t]+)?save\([^()\n]*\)[^{;\n]*\{/m;
/** `Note.prototype.save = function () {`: the same method on a constructor function's prototype. */
const PROTOTYPE_SAVE = /\.prototype\.save[ \t]*=[ \t]*(?:async[ \t]+)?function\b/;
const RECORD_STORED = /(?:push|unshift|set|add)\([^()\n]*\bthis\)|\][ \t]*=[ \t]*this\b/;

function check(context: RuleContext): void {
  const source = context.parsed.typescript;
  const moduleCollections = new Map<string, ts.Identifier>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer && isContainer(declaration.initializer)) moduleCollections.set(declaration.name.text, declaration.name);
    }
  }
  walk(source, (node) => {
    if (!ts.isClassDeclaration(node) || !node.name || node.heritageClauses?.length) return undefined;
    const report = modelStore(classMethods(node), node.name.text, withStaticFields(node, moduleCollections), source);
    if (report) context.report(report);
    return false;
  });
  if (moduleCollections.size === 0) return;
  for (const [name, methods] of prototypeModels(source)) {
    const report = modelStore(methods, name, moduleCollections, source);
    if (report) context.report(report);
  }
}

/** A method of the model: its name, whether it is the constructor's own (static), and its body. */
interface Method {
  name: string;
  isStatic: boolean;
  body: ts.Node;
}

function classMethods(cls: ts.ClassDeclaration): Method[] {
  return cls.members.flatMap((member) => (ts.isMethodDeclaration(member) && member.body && ts.isIdentifier(member.name) ? [{ name: member.name.text, isStatic: isStatic(member), body: member.body }] : []));
}

function withStaticFields(cls: ts.ClassDeclaration, moduleCollections: ReadonlyMap<string, ts.Identifier>): Map<string, ts.Identifier> {
  const collections = new Map(moduleCollections);
  for (const member of cls.members) {
    if (ts.isPropertyDeclaration(member) && isStatic(member) && ts.isIdentifier(member.name) && member.initializer && isContainer(member.initializer)) collections.set(member.name.text, member.name);
  }
  return collections;
}

/**
 * The same model written before classes: `function Note(title) { … }` with `Note.prototype.save = function () {
 * notes.push(this) }` and `Note.all = function () { return notes }` at the module's top level. Only constructors the
 * module declares (a capitalised function declaration), and only `function` expressions (an arrow has no `this`).
 */
function prototypeModels(source: ts.SourceFile): Map<string, Method[]> {
  const constructors = new Set(source.statements.flatMap((statement) => (ts.isFunctionDeclaration(statement) && statement.name && /^[A-Z]/.test(statement.name.text) ? [statement.name.text] : [])));
  const models = new Map<string, Method[]>();
  for (const statement of source.statements) {
    const assignment = ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression) && statement.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken ? statement.expression : undefined;
    if (!assignment || !ts.isPropertyAccessExpression(assignment.left) || !ts.isFunctionExpression(assignment.right)) continue;
    const owner = assignment.left.expression;
    const onPrototype = ts.isPropertyAccessExpression(owner) && owner.name.text === 'prototype';
    const model = (onPrototype ? owner.expression : owner).getText(source);
    if (!constructors.has(model)) continue;
    const methods = models.get(model) ?? [];
    methods.push({ name: assignment.left.name.text, isStatic: !onPrototype, body: assignment.right.body });
    models.set(model, methods);
  }
  return models;
}

function modelStore(methods: readonly Method[], className: string, collections: ReadonlyMap<string, ts.Identifier>, source: ts.SourceFile) {
  if (collections.size === 0) return undefined;
  for (const save of methods) {
    if (save.isStatic || save.name !== 'save') continue;
    for (const write of references(save, collections, className)) {
      if (!isRecordWrite(write.node, className)) continue;
      const read = methods.flatMap((other) => (other === save ? [] : references(other, collections, className))).find((use) => use.name === write.name && !isReassigned(use.node));
      if (read) return modelStoreReport(write.name, spanOf(collections.get(write.name)!, source), spanOf(write.node, source), spanOf(read.node, source));
    }
  }
  return undefined;
}

function isStatic(member: ts.ClassElement): boolean {
  return ts.canHaveModifiers(member) && !!ts.getModifiers(member)?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
}

interface Reference {
  name: string;
  node: ts.Expression;
}

/** `notes` (a module-level collection) or `User.users` / `this.constructor.users` / `this.users` in a static method. */
function references(method: Method, collections: ReadonlyMap<string, ts.Identifier>, className: string): Reference[] {
  const found: Reference[] = [];
  const owners = new Set([className, 'this.constructor', ...(method.isStatic ? ['this'] : [])]);
  walk(method.body, (node) => {
    if (ts.isPropertyAccessExpression(node) && collections.has(node.name.text) && owners.has(node.expression.getText())) {
      found.push({ name: node.name.text, node });
      return false;
    }
    if (ts.isIdentifier(node) && collections.has(node.text) && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) found.push({ name: node.text, node });
    return undefined;
  });
  return found;
}

/** `notes.push(this)`, `User.users.set(this.email, this)`, `byId[this.id] = this`, `notes.push(new Note(...))`. */
function isRecordWrite(reference: ts.Expression, className: string): boolean {
  const parent = reference.parent;
  let value: ts.Expression | undefined;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === reference && ts.isCallExpression(parent.parent) && ENTRY_METHODS.has(parent.name.text)) {
    value = parent.parent.arguments.at(-1);
  } else if (ts.isElementAccessExpression(parent) && parent.expression === reference && ts.isBinaryExpression(parent.parent) && parent.parent.left === parent && parent.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    value = parent.parent.right;
  }
  if (value?.kind === ts.SyntaxKind.ThisKeyword) return true;
  return !!value && ts.isNewExpression(value) && value.expression.getText() === className;
}

function isReassigned(reference: ts.Expression): boolean {
  const parent = reference.parent;
  return ts.isBinaryExpression(parent) && parent.left === reference && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
}

export const javascriptModelStoreCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  keywords: ['save(', 'prototype.save'],
  mayReport: (file) => (SAVE_METHOD.test(file.text) || PROTOTYPE_SAVE.test(file.text)) && RECORD_STORED.test(file.text),
  check,
};
