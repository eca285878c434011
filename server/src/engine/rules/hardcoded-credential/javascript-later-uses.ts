// JS/TS constants whose use says they hold a secret, whatever they are called: `const K = '…'` then
// `crypto.createHmac('sha256', K)`, `jwt.sign(payload, APP)`, `createCipheriv(alg, Buffer.from(KEY32), iv)`,
// or sent as a request header's credential: `headers: { Authorization: \`Bearer ${K}\` }` (javascript-header-uses.ts),
// or a call's password option: `const pw = '…'` then `mysql.createPool({ user: 'app', password: pw })`.
// The literal is reported at its declaration, under the API it feeds. A check of its own, over the
// whole file: the use is in another statement, so the statement-local check (javascript.ts) cannot
// see it. One pass over the file's identifiers, made on the first declaration that asks.
import ts from 'typescript';
import { calleeName, isStringLike, moduleBindings, propertyName, walk } from '../../languages/ts-ast';
import type { LanguageCheck, RuleContext } from '../../rule';
import { findTokens, findUrlPasswords } from '../../secrets';
import { secretApiOf } from './javascript-apis';
import { headerUseTarget, mayUseHeader } from './javascript-header-uses';
import { mayCallSecretApiIn } from './javascript-prefilter';
import { reportCredentialLiteral } from './javascript';
import { isStubJudgedByUse, targetOf, type Scope } from './javascript-targets';
import { isSinkStubValue } from './credential-value';
import { isTransparent, nameTarget, type Target } from './target';

const SECRET_API_WORDS = ['hmac', 'cipheriv', 'jwt', 'jsonwebtoken', 'stripe', 'sequelize', 'twilio', 'setapikey', 'cookieparser', 'cookie-parser', 'wallet', 'bcrypt', 'argon2'];

/** `password: pw,` / `pass: dbPass }`: a password option given a name (passwordOptionTarget). Bounded: linear. */
const PASSWORD_OPTION_GIVEN_NAME = /\bpass(?:word|wd)?\s{0,8}:\s{0,8}[A-Za-z_$][\w$]{0,40}\s{0,8}[,}\n]/;

export const javascriptLaterUseCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  // The header words (javascript-header-uses.ts): `headers: {`, `new Headers(`, `.set('Authorization', …)`.
  keywords: [...SECRET_API_WORDS, 'header', '.set', '.append', '.add'],
  patterns: [PASSWORD_OPTION_GIVEN_NAME],
  mayReport: (file) => mayCallSecretApiIn(file) || mayUseHeader(file.text, file.lowered) || PASSWORD_OPTION_GIVEN_NAME.test(file.text),
  check,
};

function check(context: RuleContext): void {
  const source = context.parsed.typescript;
  const bindings = moduleBindings(source);
  const scope: Scope = { source, bindings, secretUses: new JsSecretUses(source, bindings) };
  const uses = scope.secretUses!;
  walk(source, (node) => {
    if (!isStringLike(node)) return;
    const declared = declaredName(node);
    // A constant no secret use takes is done with before its text is read (a parameter's use is its own function's).
    if (!declared || (declared.constant && !uses.of(declared.name))) return;
    // A credential name, a token or a URL password is the local check's to report.
    if (findTokens(node.text).length > 0 || findUrlPasswords(node.text).length > 0) return;
    const target = targetOf(node, scope);
    if (target?.kind !== 'api') return;
    reportCredentialLiteral(node, { start: node.getStart(source), end: node.getEnd() }, node.text, target, context);
  });
}

/** `const K = '…'`, `const KEY = Buffer.from('…', 'hex')`: the name a literal is declared under, when it names no credential. */
function declaredName(literal: ts.Node): { name: string; constant: boolean } | undefined {
  let node = literal;
  for (let hops = 0; node.parent && hops < MAX_WRAPPERS && isTransparent(node.parent, node); hops++) node = node.parent;
  const declaration = node.parent;
  // `const K = '…'`, or a parameter's default: `function issue(payload, key = '…')`.
  if (!declaration || !(ts.isVariableDeclaration(declaration) || ts.isParameter(declaration))) return undefined;
  if (declaration.initializer !== node || !ts.isIdentifier(declaration.name)) return undefined;
  const constant = ts.isVariableDeclaration(declaration);
  // `const secret = 'test'` then `jwt.verify(token, secret)`: the local check leaves a stub under a one-word name silent,
  // so its use decides (credential-value.ts isStubInSink). Any other value under a credential name is the local check's.
  if (nameTarget([declaration.name.text]).credential) {
    // So is a stub under any credential name whose use decides (javascript-targets.ts isStubJudgedByUse).
    const stub = ts.isStringLiteralLike(literal) && ((/^[a-z]+$/.test(declaration.name.text) && isSinkStubValue(literal.text)) || isStubJudgedByUse(literal.text));
    return constant && stub ? { name: declaration.name.text, constant } : undefined;
  }
  return { name: declaration.name.text, constant };
}

/** Wrappers between a name and the call: `Buffer.from(K)`, `(K as string)`, `new TextEncoder().encode(K)`. */
const MAX_WRAPPERS = 8;

export class JsSecretUses {
  private uses: Map<string, Target> | undefined;

  constructor(
    private readonly source: ts.SourceFile,
    private readonly bindings: ReadonlyMap<string, string>,
  ) {}

  /** What the first use of `name` as a secret argument makes of it, else undefined. */
  of(name: string): Target | undefined {
    this.uses ??= this.collect();
    return this.uses.get(name);
  }

  within(body: ts.Node, name: string): Target | undefined {
    let found: Target | undefined;
    walk(body, (node) => {
      if (found === undefined && ts.isIdentifier(node) && node.text === name) found = this.secretArgumentTarget(node);
    });
    return found;
  }

  private collect(): Map<string, Target> {
    const uses = new Map<string, Target>();
    walk(this.source, (node) => {
      if (!ts.isIdentifier(node) || uses.has(node.text)) return;
      const target = this.secretArgumentTarget(node);
      if (target) uses.set(node.text, target);
    });
    return uses;
  }

  private secretArgumentTarget(identifier: ts.Identifier): Target | undefined {
    return this.secretApiArgumentTarget(identifier) ?? headerUseTarget(identifier) ?? passwordOptionTarget(identifier);
  }

  private secretApiArgumentTarget(identifier: ts.Identifier): Target | undefined {
    let node: ts.Node = identifier;
    for (let hops = 0; node.parent && hops < MAX_WRAPPERS && isTransparent(node.parent, node); hops++) node = node.parent;
    const call = node.parent;
    if (!call || !(ts.isCallExpression(call) || ts.isNewExpression(call))) return undefined;
    const index = call.arguments?.indexOf(node as ts.Expression) ?? -1;
    const api = index < 0 ? undefined : secretApiOf(call, this.bindings);
    const argument = api?.positional?.get(index);
    if (!api || !argument) return undefined;
    return { kind: 'api', label: api.label, credential: { noun: argument.noun, strength: 'strong' }, envName: argument.envName };
  }
}

/**
 * `mysql.createPool({ host, user: 'app', password: pw })`, `new Pool({ password: word })`, `nodemailer.createTransport({
 * auth: { user, pass: smtpPass } })`: a name handed to a call as its password option (or its `auth` object's). The
 * call takes the value as its password, as it would the literal written in place (`password: '…'`, javascript-targets.ts).
 */
function passwordOptionTarget(identifier: ts.Identifier): Target | undefined {
  const property = identifier.parent;
  if (!property || !ts.isPropertyAssignment(property) || property.initializer !== identifier) return undefined;
  const key = propertyName(property.name);
  if (!key || nameTarget([key]).credential?.noun !== 'password') return undefined;
  // The options object itself, or its `auth` / `credentials` object one level down.
  let options: ts.Node = property.parent;
  const holder = options.parent;
  if (holder && ts.isPropertyAssignment(holder) && /^(?:auth|credentials)$/.test(propertyName(holder.name) ?? '')) options = holder.parent;
  const call = options.parent;
  if (!ts.isObjectLiteralExpression(options) || !call || !(ts.isCallExpression(call) || ts.isNewExpression(call)) || !call.arguments?.includes(options as ts.Expression)) return undefined;
  const callee = calleeName(call) ?? 'the call';
  return { kind: 'api', label: `${callee}({ ${key} })`, name: key, credential: { noun: 'password', strength: 'strong' }, envName: 'DB_PASSWORD', callOption: true };
}
