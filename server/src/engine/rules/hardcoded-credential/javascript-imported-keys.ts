// Factor III across JS/TS modules: `module.exports = { secret: '…' }` in config/auth.config.js and
// `jwt.sign(payload, config.secret)` in a controller; `export const SIGNER = '…'` and `jwt.verify(token, SIGNER)`. The
// node layer collects each file's uses with sinkKeyUsesInJs (imported-key-uses.ts) (javascript-apis.ts' secret-taking APIs and
// the `secret` options of javascript.ts, the one-file check's lists) and hands the defining module the exported names
// used so; javascriptSinkKeyCheck reads each such literal as that API's key, as the one-file check would. Pure.
import ts from 'typescript';
import type { ParsedDocument } from '../../languages';
import { exportedValues } from '../../languages/ts-exports';
import { calleeName, moduleBindings, unwrap, walk } from '../../languages/ts-ast';
import type { LanguageCheck, RuleContext } from '../../rule';
import { LineIndex } from '../../source';
import type { ModuleSinkKeyUse } from '../../types';
import { secretApiOf } from './javascript-apis';
import { reportCredentialLiteral, SECRET_OPTIONS } from './javascript';
import type { Target } from './target';

/** Whether a file may hand an imported value to a secret-taking API: jwt, HMAC, ciphers, sessions, the `secret` options. */
export function mayUseSinkKeyJs(text: string): boolean {
  return /jwt|jsonwebtoken|createHmac|Cipher|secret|session/i.test(text);
}

export function sinkKeyUsesInJs(parsed: ParsedDocument): ModuleSinkKeyUse[] {
  const { path, text } = parsed;
  const source = parsed.typescript;
  const imports = relativeImportBindings(source);
  if (imports.size === 0) return [];
  const bindings = moduleBindings(source);
  const lines = new LineIndex(text);
  const found: ModuleSinkKeyUse[] = [];
  const add = (argument: ts.Expression, label: string, noun: string, envName: string) => {
    const imported = importedValue(argument, imports);
    if (imported) found.push({ ...imported, label, noun, envName, path, range: lines.range({ start: argument.getStart(source), end: argument.getEnd() }) });
  };
  walk(source, (node) => {
    if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return;
    const api = secretApiOf(node, bindings);
    (node.arguments ?? []).forEach((argument, index) => {
      const secret = api?.positional?.get(index);
      if (api && secret) add(argument, api.label, secret.noun, secret.envName);
      // `JwtModule.register({ secret: jwtConstants.secret })`, `session({ secret: config.sessionSecret })`.
      const options = unwrap(argument);
      if (!ts.isObjectLiteralExpression(options)) return;
      for (const property of options.properties) {
        if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && SECRET_OPTIONS.has(property.name.text)) {
          add(property.initializer, `${calleeName(node) ?? 'call'}({ ${property.name.text} })`, 'secret', 'SESSION_SECRET');
        }
      }
    });
  });
  return found;
}

/** Local name -> the relative module it comes from and the member it binds (none: the module's exports object). */
type ImportBindings = Map<string, { module: string; member: string | undefined }>;

function relativeImportBindings(source: ts.SourceFile): ImportBindings {
  const found: ImportBindings = new Map();
  const relative = (module: string | undefined) => module !== undefined && /^\.{1,2}\//.test(module);
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && relative(statement.moduleSpecifier.text)) {
      const module = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      if (clause?.name) found.set(clause.name.text, { module, member: undefined });
      const named = clause?.namedBindings;
      if (named && ts.isNamespaceImport(named)) found.set(named.name.text, { module, member: undefined });
      if (named && ts.isNamedImports(named)) {
        for (const element of named.elements) {
          const member = (element.propertyName ?? element.name).text;
          found.set(element.name.text, { module, member: member === 'default' ? undefined : member });
        }
      }
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer && unwrap(declaration.initializer);
        const module = init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'require' && init.arguments[0] && ts.isStringLiteral(init.arguments[0]) ? init.arguments[0].text : undefined;
        if (!relative(module)) continue;
        if (ts.isIdentifier(declaration.name)) found.set(declaration.name.text, { module: module!, member: undefined });
        else if (ts.isObjectBindingPattern(declaration.name)) {
          for (const element of declaration.name.elements) {
            const member = element.propertyName ?? element.name;
            if (ts.isIdentifier(element.name) && ts.isIdentifier(member)) found.set(element.name.text, { module: module!, member: member.text });
          }
        }
      }
    }
  }
  return found;
}

/** `config.secret`, `authConfig.jwt.secret`, `SIGNER`, `Buffer.from(KEY)`: the module and the exported path the argument names. */
function importedValue(argument: ts.Expression, imports: ImportBindings): { module: string; name: string } | undefined {
  let node = unwrap(argument);
  // `Buffer.from(KEY)`, `new TextEncoder().encode(KEY)`: the bytes of the key.
  if (ts.isCallExpression(node) && node.arguments.length >= 1 && /(?:^|\.)(?:from|encode)$/.test(calleeName(node) ?? '')) node = unwrap(node.arguments[0]!);
  const path: string[] = [];
  while (ts.isPropertyAccessExpression(node)) {
    path.unshift(node.name.text);
    node = unwrap(node.expression);
  }
  const bound = ts.isIdentifier(node) ? imports.get(node.text) : undefined;
  if (!bound) return undefined;
  const name = [...(bound.member !== undefined ? [bound.member] : []), ...path].join('.');
  return name === '' ? undefined : { module: bound.module, name };
}

/** The defining module's side: each exported string the facts name, read as the API's key it is handed to. */
export const javascriptSinkKeyCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  keywords: [],
  mayReport: (file) => (file.options.sinkKeyUses?.length ?? 0) > 0,
  check,
};

function check(context: RuleContext): void {
  const uses = context.options.sinkKeyUses ?? [];
  const source = context.parsed.typescript;
  for (const { name, value } of exportedValues(source)) {
    const use = uses.find((candidate) => candidate.name === name);
    if (!use || !ts.isStringLiteralLike(value)) continue;
    const target: Target = { kind: 'api', label: use.label, name, credential: { noun: use.noun, strength: 'strong' }, envName: use.envName };
    const related = { path: use.path, range: use.range, message: `Factor III: the key ${use.label} takes.` };
    const withUse: RuleContext = { ...context, report: (found) => context.report({ ...found, relatedElsewhere: [...(found.relatedElsewhere ?? []), related] }) };
    reportCredentialLiteral(value, { start: value.getStart(source), end: value.getEnd() }, value.text, target, withUse);
  }
}
