// Names as the rule sees them: `require('winston').transports.File`, an imported alias and a
// destructured `const { transports } = winston` all read as `winston.transports.File`.
import ts from 'typescript';
import { dottedName, propertyName, requiredModule, resolvedName, unwrap } from '../../languages/ts-ast';
import { identifierWords } from '../../identifier-words';

// Drop-in replacements for `fs` that expose the same writers.
const MODULE_ALIASES: ReadonlyArray<readonly [string, string]> = [
  ['fs-extra', 'fs'],
  ['graceful-fs', 'fs'],
  ['fs/promises', 'fs.promises'],
];

/**
 * Names already worked out, per scan (its bindings) and node: every sub-check of the rule asks for
 * the callee of each call in the file, about eight times a call.
 */
const namesByScan = new WeakMap<ReadonlyMap<string, string>, Map<ts.Node, string | undefined>>();

/** The module-qualified dotted name of an expression, or undefined when it has none. */
export function qualifiedName(node: ts.Node, bindings: ReadonlyMap<string, string>): string | undefined {
  let names = namesByScan.get(bindings);
  if (!names) namesByScan.set(bindings, (names = new Map()));
  if (names.has(node)) return names.get(node);
  const target = ts.isExpression(node) ? unwrap(node) : node;
  const required = ts.isExpression(target) ? requiredModule(target) : undefined;
  const name = required?.path ?? resolvedName(target, bindings);
  const qualified = name === undefined ? undefined : normalizeName(name);
  names.set(node, qualified);
  return qualified;
}

function normalizeName(raw: string): string {
  let name = raw.startsWith('node:') ? raw.slice(5) : raw;
  for (const [alias, canonical] of MODULE_ALIASES) {
    if (name === alias || name.startsWith(`${alias}.`)) name = canonical + name.slice(alias.length);
  }
  // `import { pino } from 'pino'` and `esModule.default` name the same function.
  if (name.includes('default')) name = name.split('.').filter((segment) => segment !== 'default').join('.');
  return name === 'pino.pino' || name.startsWith('pino.pino.') ? name.slice(5) : name;
}

/**
 * Module bindings plus module-level aliases of them: `const { transports } = winston`,
 * `const t = winston.transports`. Statement order matters, so chains resolve.
 */
export function withLocalAliases(source: ts.SourceFile, bindings: Map<string, string>): Map<string, string> {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) addAlias(declaration, bindings);
  }
  return bindings;
}

function addAlias(declaration: ts.VariableDeclaration, bindings: Map<string, string>): void {
  if (!declaration.initializer) return;
  const init = unwrap(declaration.initializer);
  const raw = dottedName(init);
  if (raw === undefined || raw.includes('(') || !bindings.has(raw.split('.')[0]!)) return;
  const resolved = resolvedName(init, bindings);
  if (resolved === undefined) return;
  if (ts.isIdentifier(declaration.name)) {
    if (!bindings.has(declaration.name.text)) bindings.set(declaration.name.text, resolved);
    return;
  }
  if (!ts.isObjectBindingPattern(declaration.name)) return;
  for (const element of declaration.name.elements) {
    const imported = propertyName(element.propertyName ?? element.name);
    if (imported && !element.dotDotDotToken && ts.isIdentifier(element.name)) bindings.set(element.name.text, `${resolved}.${imported}`);
  }
}

/** `writeAccessLog` -> ['write', 'access', 'log']; `LOG_FILE` -> ['log', 'file']. */
export const nameWords = identifierWords;

const LOG_WORDS = new Set(['log', 'logs', 'logger', 'logging', 'logfile', 'logpath']);

/** Whether an identifier says "log" as a word: `logEvent`, `LOG_FILE`, but not `login`, `catalog`, `blog`. */
export function saysLog(name: string | undefined): boolean {
  return name !== undefined && nameWords(name).some((word) => LOG_WORDS.has(word));
}
