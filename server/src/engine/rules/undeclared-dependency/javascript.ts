// undeclared-dependency in JavaScript/TypeScript: `import`/`require`/`import()` of a package the
// nearest package.json (or one above it) does not declare, and child_process calls of system
// programs that neither the image nor a vendoring package provides.
import ts from 'typescript';
import { calleeName, containsNode, moduleBindings, resolvedName, spanOf, stringValue, walk } from '../../languages/ts-ast';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { DeclaredDependencies } from '../../types';
import { knownPackages, mayReport, PROCESS_MODULES } from './javascript-prefilter';
import { packageOf } from './specifiers';
import { SYSTEM_TOOLS, systemToolMessage } from './system-tools';

const PROCESS_FUNCTIONS = new Set([
  'child_process.exec', 'child_process.execSync', 'child_process.execFile', 'child_process.execFileSync',
  'child_process.spawn', 'child_process.spawnSync', 'node:child_process.exec', 'node:child_process.execSync',
  'node:child_process.execFile', 'node:child_process.execFileSync', 'node:child_process.spawn', 'node:child_process.spawnSync',
  'execa', 'execa.execa', 'execa.execaSync', 'execa.execaCommand', 'execa.execaCommandSync', 'execa.sync', 'execa.command', 'shelljs.exec',
]);

function check(context: RuleContext): void {
  const declared = context.options.dependencies;
  if (!declared?.npm) return;
  const npm = declared.npm;
  const known = knownPackages(npm);
  const source = context.parsed.typescript;
  const bindings = moduleBindings(source);
  const reported = new Set<string>();
  walk(source, (node) => {
    const specifier = importedSpecifier(node);
    if (specifier) {
      const name = packageOf(specifier.text, npm.localPrefixes);
      // One finding per package and file: the first import says it all.
      if (name !== undefined && !known.has(name) && !reported.has(name) && !isOptional(specifier) && !isLibraryLoaderRequire(specifier)) {
        reported.add(name);
        context.report({
          span: spanOf(specifier, source),
          message: `Factor II: "${name}" is imported but ${npm.manifest} does not declare it; add it to "dependencies" so every install of the app gets it.`,
        });
      }
      return;
    }
    if (ts.isCallExpression(node)) checkSystemTool(context, node, bindings, declared, known);
  });
}

/** `try { require('x') } catch {}`: an optional dependency the app runs without. */
function isOptional(node: ts.Node): boolean {
  for (let current = node.parent, depth = 0; current && depth < 12; current = current.parent, depth++) {
    if (ts.isTryStatement(current) && current.catchClause) return true;
    if (ts.isFunctionLike(current) && !ts.isArrowFunction(current)) return false;
  }
  return false;
}

/**
 * A require that is not the app's: a bundle's own resolver, a parameter of the function around it
 * (browserify's `function(require,module,exports){…}`, AMD's `define(['require'], function (require) {…})`),
 * or a UMD wrapper's CommonJS branch (`typeof module == "object" && module.exports ? factory(require("ev-emitter")) : …`),
 * which a vendored library's build writes and the browser never takes.
 */
function isLibraryLoaderRequire(specifier: ts.Node): boolean {
  const call = specifier.parent;
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== 'require') return false;
  for (let current: ts.Node | undefined = call.parent, depth = 0; current && depth < 64; current = current.parent, depth++) {
    if (ts.isFunctionLike(current) && current.parameters.some((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === 'require')) return true;
    const condition = ts.isConditionalExpression(current) ? current.condition : ts.isIfStatement(current) ? current.expression : undefined;
    if (condition && depth < 12 && testsModuleSystem(condition)) return true;
  }
  return false;
}

/** `typeof module`, `typeof exports`, `typeof define`: a test of which module system loaded the file. */
function testsModuleSystem(condition: ts.Expression): boolean {
  return containsNode(condition, (node) => ts.isTypeOfExpression(node) && ts.isIdentifier(node.expression) && MODULE_SYSTEM_NAMES.has(node.expression.text));
}

const MODULE_SYSTEM_NAMES: ReadonlySet<string> = new Set(['module', 'exports', 'define']);

/**
 * `import type { A } from 'x'`, and `import { type A, type B } from 'x'` where every name is a type: TypeScript
 * erases the import (juice-shop's `import { type UserModel } from 'models/user'`), so nothing is loaded at run time.
 * (Under `verbatimModuleSyntax` the second keeps `import {} from 'x'`; the type's package is then a dev one anyway.)
 */
function importsOnlyTypes(clause: ts.ImportClause | undefined): boolean {
  if (clause === undefined) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

/** `export { type A } from 'x'`: every re-exported name a type. */
function exportsOnlyTypes(clause: ts.NamedExportBindings | undefined): boolean {
  return clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly);
}

/** The module specifier of an import, export-from, require, require.resolve or import(); not of a type-only import. */
function importedSpecifier(node: ts.Node): ts.StringLiteralLike | undefined {
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
    const typeOnly = ts.isImportDeclaration(node) ? importsOnlyTypes(node.importClause) : node.isTypeOnly || exportsOnlyTypes(node.exportClause);
    return typeOnly ? undefined : node.moduleSpecifier;
  }
  if (ts.isImportEqualsDeclaration(node) && !node.isTypeOnly && ts.isExternalModuleReference(node.moduleReference)) {
    const expression = node.moduleReference.expression;
    return ts.isStringLiteral(expression) ? expression : undefined;
  }
  if (!ts.isCallExpression(node) || node.arguments.length === 0) return undefined;
  const argument = node.arguments[0]!;
  if (!ts.isStringLiteralLike(argument)) return undefined;
  const callee = node.expression.kind === ts.SyntaxKind.ImportKeyword ? 'import' : calleeName(node);
  if (callee === 'require.resolve') return resolvesFromOwnRoot(node) ? argument : undefined;
  return callee === 'require' || callee === 'import' ? argument : undefined;
}

/**
 * `require.resolve('pg', { paths: [projectRoot] })` looks the package up in another project (the one a
 * scaffolder just generated, a user's app a CLI serves), whose manifest declares it, not this one's.
 */
function resolvesFromOwnRoot(call: ts.CallExpression): boolean {
  const options = call.arguments[1];
  return !options || !ts.isObjectLiteralExpression(options) || !options.properties.some((property) => property.name !== undefined && ts.isIdentifier(property.name) && property.name.text === 'paths');
}

/** `exec('convert in.png out.jpg')`, `spawn('ffmpeg', args)`: a program the app needs that no manifest installs. */
function checkSystemTool(
  context: RuleContext,
  call: ts.CallExpression,
  bindings: ReadonlyMap<string, string>,
  declared: DeclaredDependencies,
  known: ReadonlySet<string>,
): void {
  const name = resolvedName(call.expression, bindings);
  if (name === undefined || !PROCESS_FUNCTIONS.has(name)) return;
  const command = stringValue(call.arguments[0]);
  const program = command?.trim().split(/\s+/)[0];
  if (!program || !Object.prototype.hasOwnProperty.call(SYSTEM_TOOLS, program)) return;
  const tool = SYSTEM_TOOLS[program]!;
  if (tool.vendoredBy.some((pkg) => known.has(pkg)) || tool.packages.some((pkg) => declared.systemPackages.includes(pkg))) return;
  context.report({
    span: spanOf(call.arguments[0]!, context.parsed.typescript),
    message: systemToolMessage(program, tool, tool.vendoredBy[0]),
  });
}

export const javascriptCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  // A process call needs no import: `execa(...)` names the global as written.
  keywords: ['import', 'require', ...PROCESS_MODULES],
  mayReport,
  check,
};
