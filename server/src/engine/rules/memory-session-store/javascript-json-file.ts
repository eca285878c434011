// JSON files as the app's database in JS/TS (json-file-store.ts), read from the TypeScript AST: `fs.writeFile*`,
// `fs.promises.writeFile`, fs-extra's `writeJson`/`outputJson` rewriting a path the same file reads back
// (`readFile*`, `readJson`, `require`); lowdb's and node-json-db's adapters given a path under the app
// (`new JSONFile('db.json')`, `new FileSync('db.json')`, `new Config('myDb', true)`); and, across files, a class
// another module exports that reads and rewrites the path its constructor is given (`new JsonRepo('carts.json')`:
// the node layer hands over the module's class as an ImportedJsonStore).
import ts from 'typescript';
import type { ParsedDocument } from '../../languages';
import { enclosingFunction, moduleBindings, resolvedName, spanOf, stringValue, unwrap, walk } from '../../languages/ts-ast';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ImportedJsonStore } from '../../types';
import { exportedValues } from '../../languages/ts-exports';
import { bind, CONSTRUCTED_MESSAGE, constructedReport, importedStores, isAppJsonPath, mentionsRecordsFile, isToolOrTest, jsonFileReports, namesRecordVerb, parameterStores, type Binding, type FileAccess, type StoreFacts } from './json-file-store';

const WRITES = new Set(['writeFile', 'writeFileSync', 'writeJson', 'writeJsonSync', 'outputJson', 'outputJsonSync', 'outputFile', 'outputFileSync']);
const READS = new Set(['readFile', 'readFileSync', 'readJson', 'readJsonSync', 'require']);
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'all', 'route']);

/** lowdb's and node-json-db's file adapters, by module and export: each reads and rewrites the file it is given. */
const FILE_DATABASES = new Set([
  'lowdb/adapters/FileSync', 'lowdb/adapters/FileAsync', 'lowdb/node.JSONFile', 'lowdb/node.JSONFileSync', 'lowdb/node.JSONFilePreset',
  'lowdb/node.JSONSyncPreset', 'lowdb.JSONFile', 'lowdb.JSONFileSync', 'node-json-db.JsonDB', 'node-json-db.Config',
]);

interface JsFacts extends StoreFacts {
  /** `field:C.x` -> C, for the classes whose bodies turn records to and from JSON. */
  jsonClasses: Map<string, string>;
  /** Top-level module bindings (imports), for the adapters and the imported classes. */
  modules: Map<string, string>;
}

export function javascriptStoreFacts(source: ts.SourceFile): JsFacts {
  const facts: JsFacts = { accesses: [], bindings: new Map(), storesRecords: false, jsonClasses: new Map(), modules: moduleBindings(source) };
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer) bind(facts.bindings, `name:${declaration.name.text}`, { text: declaration.initializer.getText(source) });
    }
  }
  walk(source, (node) => {
    if (ts.isClassLike(node)) classFields(node, source, facts);
    else if (ts.isCallExpression(node)) callFacts(node, source, facts);
    else if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name && ts.isIdentifier(node.name) && namesRecordVerb(node.name.text)) facts.storesRecords = true;
    return undefined;
  });
  return facts;
}

/** A class's path fields: set in its constructor (from a parameter or an expression), or declared with a value. */
function classFields(cls: ts.ClassLikeDeclaration, source: ts.SourceFile, facts: JsFacts): void {
  const className = cls.name?.text ?? '';
  let json = false;
  walk(cls, (node) => {
    if (ts.isCallExpression(node) && /^JSON\.(?:parse|stringify)$/.test(node.expression.getText(source))) json = true;
    return json ? false : undefined;
  });
  for (const member of cls.members) {
    if (ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name)) {
      if (member.initializer) bind(facts.bindings, `field:${className}.${member.name.text}`, { text: member.initializer.getText(source) });
      if (json) facts.jsonClasses.set(`field:${className}.${member.name.text}`, className);
    }
    if (!ts.isConstructorDeclaration(member) || !member.body) continue;
    const parameters = member.parameters.map((parameter) => (ts.isIdentifier(parameter.name) ? parameter.name.text : ''));
    member.parameters.forEach((parameter, index) => {
      if (ts.isIdentifier(parameter.name) && ts.getModifiers(parameter)?.length) fieldBound(`field:${className}.${parameter.name.text}`, { parameter: index });
    });
    walk(member.body, (node) => {
      if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isPropertyAccessExpression(node.left) || node.left.expression.kind !== ts.SyntaxKind.ThisKeyword) return undefined;
      fieldBound(`field:${className}.${node.left.name.text}`, fromParameter(node.right, parameters) ?? { text: node.right.getText(source) });
      return undefined;
    });
  }
  function fieldBound(key: string, binding: Binding): void {
    bind(facts.bindings, key, binding);
    if (json) facts.jsonClasses.set(key, className);
  }
}

/** `file`, or a call wrapping it (`path.resolve(file)`, `new URL(file)`): the constructor's parameter by position. */
function fromParameter(value: ts.Expression, parameters: readonly string[]): Binding | undefined {
  let node = unwrap(value);
  if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.length === 1) node = unwrap(node.arguments[0]!);
  const index = ts.isIdentifier(node) ? parameters.indexOf(node.text) : -1;
  return index >= 0 ? { parameter: index } : undefined;
}

function callFacts(call: ts.CallExpression, source: ts.SourceFile, facts: JsFacts): void {
  const callee = unwrap(call.expression);
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (name === undefined) return;
  if (ROUTE_METHODS.has(name) && ts.isPropertyAccessExpression(callee) && stringValue(call.arguments[0])?.startsWith('/') && call.arguments.some((argument) => ts.isFunctionLike(argument))) facts.storesRecords = true;
  const kind = WRITES.has(name) ? 'write' : READS.has(name) ? 'read' : undefined;
  const path = call.arguments[0];
  if (!kind || !path) return;
  const key = pathKey(unwrap(path), source);
  facts.accesses.push({ kind, key, span: spanOf(ts.isPropertyAccessExpression(callee) ? callee.name : callee, source), called: enclosingFunction(call) !== undefined } satisfies FileAccess);
}

function pathKey(path: ts.Expression, source: ts.SourceFile): string {
  if (ts.isIdentifier(path)) return `name:${path.text}`;
  if (ts.isPropertyAccessExpression(path) && path.expression.kind === ts.SyntaxKind.ThisKeyword) {
    const cls = enclosingClass(path);
    return `field:${cls?.name?.text ?? ''}.${path.name.text}`;
  }
  return `expr:${path.getText(source)}`;
}

function enclosingClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) if (ts.isClassLike(parent)) return parent;
  return undefined;
}

function check(context: RuleContext): void {
  if (isToolOrTest(context.path)) return;
  const source = context.parsed.typescript;
  const facts = javascriptStoreFacts(source);
  if (isCommandLineTool(context.text, facts.modules)) return;
  for (const report of jsonFileReports(facts)) context.report(report);
  if ([...facts.modules.values()].some((module) => module === 'electron' || module.startsWith('electron.'))) return; // a desktop app's own settings file
  const imported = context.options.importedJsonStores ?? [];
  walk(source, (node) => {
    if (!ts.isNewExpression(node) && !ts.isCallExpression(node)) return undefined;
    const resolved = resolvedName(unwrap(node.expression), facts.modules);
    if (resolved === undefined) return undefined;
    const first = node.arguments?.[0];
    if (FILE_DATABASES.has(resolved)) {
      const impliedJson = resolved.startsWith('node-json-db');
      if (first && isStringOrPath(first) && isAppJsonPath(first.getText(source), facts.bindings, impliedJson)) context.report({ span: spanOf(node, source), message: CONSTRUCTED_MESSAGE });
      return undefined;
    }
    const store = ts.isNewExpression(node) ? imported.find((fact) => resolved === (fact.name === '' ? fact.module : `${fact.module}.${fact.name}`)) : undefined;
    const argument = store && node.arguments?.[store.parameter];
    if (store && argument && isAppJsonPath(argument.getText(source), facts.bindings)) {
      context.report(constructedReport(spanOf(node, source), store));
    }
    return undefined;
  });
}

/** Argument parsers a command-line program is built on. */
const CLI_MODULES = /^(?:commander|yargs|meow|cac|sade|minimist|@oclif\/core)(?:[./]|$)/;
/** A server in the file: it listens, or registers a route (`app.get('/x', …)`). */
const SERVES = /\.listen\s*\(|\bcreateServer\s*\(|\.(?:get|post|put|patch|delete|all|route)\s*\(\s*['"`]\//;

/**
 * A command-line program (`#!/usr/bin/env node`, or one built on commander or yargs) that serves nothing: its JSON file
 * (a to-do list, bookmarks) is one user's data beside one process at a time, wherever the file sits (bin/ and scripts/
 * are tools by their folder already).
 */
function isCommandLineTool(text: string, modules: ReadonlyMap<string, string>): boolean {
  if (!text.startsWith('#!') && ![...modules.values()].some((module) => CLI_MODULES.test(module))) return false;
  return !SERVES.test(text);
}

/** A literal or an expression holding one (`path.join(__dirname, 'db.json')`), not an object of options. */
function isStringOrPath(node: ts.Expression): boolean {
  return !ts.isObjectLiteralExpression(unwrap(node));
}

/**
 * The classes a module exports that read and rewrite the JSON file their constructor is given, for an importer's
 * `new JsonRepo('carts.json')`: `module.exports = class …`, `module.exports = JsonRepo`, `export class JsonStore`,
 * `export default class`, `module.exports = { JsonRepo }`. `module` is the specifier the importer wrote.
 */
export function jsonStoreExportsIn(module: string, document: ParsedDocument): ImportedJsonStore[] {
  const source = document.typescript;
  const facts = javascriptStoreFacts(source);
  const stores = parameterStores(facts, (key) => facts.jsonClasses.get(key));
  if (stores.length === 0) return [];
  const exported = new Map<string, string>();
  for (const { name, value } of exportedValues(source)) {
    const node = ts.isExpression(value) ? unwrap(value) : value;
    if (ts.isIdentifier(node)) exported.set(node.text, name);
    else if (ts.isClassExpression(node)) exported.set(node.name?.text ?? '', name);
  }
  for (const statement of source.statements) {
    // `module.exports = JsonRepo`, `export default JsonRepo`: the module itself (exportedValues names members only).
    const whole = ts.isExportAssignment(statement) ? statement.expression : ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression) && statement.expression.left.getText(source) === 'module.exports' ? statement.expression.right : undefined;
    const value = whole && unwrap(whole);
    if (value && (ts.isIdentifier(value) || ts.isClassExpression(value))) exported.set(ts.isIdentifier(value) ? value.text : (value.name?.text ?? ''), '');
    if (!ts.isClassDeclaration(statement) || !statement.name) continue;
    const modifiers = ts.getModifiers(statement) ?? [];
    if (!modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
    exported.set(statement.name.text, modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword) ? '' : statement.name.text);
  }
  return importedStores(module, document.path, document.text, stores).flatMap((store) => {
    const name = exported.get(store.name);
    return name === undefined ? [] : [{ ...store, name }];
  });
}

/** Whether a module is worth parsing for such a class: a write and a JSON conversion in its text. */
export function mayExportJsonStore(text: string): boolean {
  return /\b(?:writeFile|writeJson|outputJson)/.test(text) && text.includes('JSON.') && /\bconstructor\s*\(/.test(text);
}

/** Whether a file may construct an imported JSON store with an app path: a relative import, a `new`, a `.json` name. */
export function mayConstructImportedJsonStore(text: string): boolean {
  return text.includes('.json') && /\bnew\s/.test(text) && /\b(?:require\s*\(\s*|from\s+)['"]\.{1,2}\//.test(text) && mentionsRecordsFile(text);
}

const FILE_DATABASE_WORDS = /lowdb|node-json-db/;

export const javascriptJsonFileCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  keywords: ['.json', 'lowdb', 'node-json-db'],
  // A write call and a path in the file (or a file database's module), or a class of another module it constructs.
  mayReport: (file) =>
    (/writefile|writejson|outputjson|outputfile/.test(file.lowered) && mentionsRecordsFile(file.text)) ||
    FILE_DATABASE_WORDS.test(file.lowered) ||
    (file.options.importedJsonStores?.length ?? 0) > 0,
  check,
};
