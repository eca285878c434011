// Factor III in JS/TS: string literals that are credentials. A literal is one when it holds a
// known token format, a URL with a password, or when where it goes says so: a credential name,
// a secret-taking API, the fallback of a credential env read.
import ts from 'typescript';
import { dottedName, isStringLike, moduleBindings, objectProperty, propertyName, syntaxKinds, walkKinds } from '../../languages/ts-ast';
import { typeScriptStageFlags } from '../../languages/stage-flags';
import { mergedContextBindings } from '../../languages/units';
import { credentialParameterBindings } from '../../languages/credential-parameters';
import { heldObjectBindings } from '../../languages/held-objects';
import type { LanguageCheck, RuleContext } from '../../rule';
import { mayBeDsnLiteral, reportDsnLiteral } from './javascript-dsn';
import { mayReport, mayRunCommands, PASSWORD_COMMAND } from './javascript-prefilter';
import { inspectCommand } from './javascript-commands';
import { CLIENT_TOKEN_ARGUMENT, RECOVERED_TOKEN_ARGUMENT } from './javascript-clients';
import type { Confidence, Span } from '../../types';
import { findTokens, findUrlPasswords, isSecretLikeValue, namesServiceLogin, type TokenMatch, type UrlPassword, urlEnvName, URL_PASSWORD_SLOT } from '../../secrets';
import { LANGUAGES } from '../../languages/catalogue';
import { embeddedTokenReport, urlPasswordReport, wholeLiteralReport } from './report';
import { querySecretsOf, schemeOf, urlQueryReport } from './url-query';
import type { UrlQuerySecret } from '../../secrets';
import { targetOf, type Scope, type Target } from './javascript-targets';
import { connectionEnvName } from './target';
import { credentialKeywords } from './keywords';
import { reportEnvAssignment } from './env-assignment';
import { reportJsonLiteral } from './json-body';
import { isProjectNamedSecret } from './project-secret';
import { mayBeDigitSecret, isDigitPassword, isOwnNameSigningFallback, isPairedPass, loginBesideReport, isPlaceholderSigningFallback, isPublicByFormat, isLiveStub, placeholderFallbackReport, isSecretSink as isNamedSecretSink, unfilledPlaceholderReport, wordKeyInSinkReport } from './credential-value';

/** Advice spells the read as this language does. */
const envRead = LANGUAGES.javascript.envRead;

const KEYWORDS = credentialKeywords('cipher', 'sequelize', 'stripe', 'session', 'cookie', 'twilio', 'bcrypt', 'argon2');

const FIREBASE_KEYS = ['authDomain', 'messagingSenderId'];

export type Literal = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression;

export const javascriptCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  keywords: KEYWORDS,
  // An API client's token needs no credential word in the file: `new Analytics('…')`, also where a
  // broken key leaves the literal after a colon as the client's next argument.
  // A command run from child_process, execa or zx needs none either: `spawn('sshpass', ['-p', '…'])`.
  // A URL composed around its password (`'mongodb://u:' + encodeURIComponent('…') + '@host'`) needs none either.
  patterns: [CLIENT_TOKEN_ARGUMENT, RECOVERED_TOKEN_ARGUMENT, PASSWORD_COMMAND, URL_PASSWORD_SLOT],
  mayReport,
  // A literal's findings follow from its statement and the module's imports (the bindings), and the stage flags a
  // development branch may read (`const isDev = process.env.NODE_ENV !== 'production'`).
  local: true,
  // Imports, stage flags, and the const objects a statement hands whole to a call (languages/held-objects.ts).
  contextBindings: (parsed) => mergedContextBindings(moduleBindings(parsed.typescript), typeScriptStageFlags(parsed.typescript), heldObjectBindings(parsed.typescript), credentialParameterBindings(parsed.typescript)),
  check,
};

function check(context: RuleContext): void {
  const source = context.parsed.typescript;
  const scope: Scope = { source, bindings: moduleBindings(source) };
  walkKinds(source, LITERAL_KINDS, (node) => {
    if (ts.isNumericLiteral(node)) inspectDigits(node, scope, context);
    else if (isValuePosition(node as Literal)) inspect(node as Literal, scope, context);
  });
  if (!mayRunCommands(context.text)) return;
  walkKinds(source, COMMAND_KINDS, (node) => inspectCommand(node as ts.CallExpression | ts.NewExpression | ts.TaggedTemplateExpression, scope, context));
}

const COMMAND_KINDS = syntaxKinds(ts.SyntaxKind.CallExpression, ts.SyntaxKind.NewExpression, ts.SyntaxKind.TaggedTemplateExpression);

const LITERAL_KINDS = syntaxKinds(
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateExpression,
  ts.SyntaxKind.NumericLiteral,
);

/** Module specifiers, property keys, type-level literals and element keys are names, not values. */
function isValuePosition(node: Literal): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent)) return false;
  if (ts.isLiteralTypeNode(parent) || ts.isImportTypeNode(parent)) return false;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return false;
  if ('name' in parent && (parent as { name?: ts.Node }).name === node) return false;
  if (ts.isCallExpression(parent) && parent.arguments[0] === node) {
    const callee = parent.expression;
    if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) return false;
  }
  return true;
}

function inspect(node: Literal, scope: Scope, context: RuleContext): void {
  const start = node.getStart(scope.source);
  const span = { start, end: node.getEnd() };
  // Raw source between the quotes: offsets map straight to the file, and `${...}` stays visible.
  const base = start + 1;
  const raw = context.text.slice(base, span.end - 1);
  const plain = isStringLike(node);
  const tokens = findTokens(raw);
  if (tokens.some((token) => isPublicByDesign(token, node))) return;
  const urls = findUrlPasswords(raw).filter((url) => !tokens.some((token) => token.start < url.end && url.start < token.end));
  const queries = urls.length === 0 ? querySecretsOf(raw) : [];
  if (tokens.length === 0 && urls.length === 0 && queries.length === 0 && !plain) return;
  const target = targetOf(node, scope);
  const value = plain ? node.text : raw;

  const [only] = tokens;
  if (plain && only && tokens.length === 1 && only.start === 0 && only.end === raw.length) {
    context.report(wholeLiteralReport({ span, value, what: only.format, isToken: true, target, defaultEnvName: only.envName }, envRead));
    return;
  }
  for (const token of tokens) reportEmbeddedToken(token, base, raw, context);
  for (const url of urls) reportUrl(url, { span, base, raw, value, plain, target }, context);
  for (const found of queries) reportQuery(found, { span, base, raw, value, plain, target }, context);
  if (tokens.length > 0 || urls.length > 0 || queries.length > 0 || !plain) return;
  if (mayBeDsnLiteral(raw) && reportDsnLiteral(raw, base, { span, value }, target, context)) return;

  if (target?.credential) reportCredentialLiteral(node, span, value, target, context);
  // `Env: ['DB_PASSWORD=…']` (dockerode): one item of an environment list.
  else if (!reportEnvAssignment(raw, base, envRead, context)) reportJsonLiteral(raw, base, context, envRead, target?.label);
}


/** A plain literal whose target names a credential, reported when its value reads as one. */
export function reportCredentialLiteral(node: Literal, span: Span, value: string, target: Target, context: RuleContext): void {
  const credential = target.credential;
  if (!credential) return;
  const report = (confidence?: Confidence) => {
    const found = wholeLiteralReport({ span, value, what: credential.noun, isToken: false, target, defaultEnvName: target.envName }, envRead);
    return confidence ? { ...found, confidence } : found;
  };
  if (isPublicByFormat(value)) return;
  if (target.kind === 'fallback' && isPlaceholderSigningFallback(value, target.name ?? target.envName, context.scope)) {
    context.report(placeholderFallbackReport(report(), target.name ?? target.envName));
    return;
  }
  if (isLiveStub(value, target, context.scope, context.text)) {
    context.report(unfilledPlaceholderReport(report()));
    return;
  }
  const sink = isSecretSink(node, target);
  const serviceLogin = target.comparison !== true && namesServiceLogin(target.label);
  const options = { weakName: credential.strength === 'weak', sink, comparison: target.comparison === true, serviceLogin, passwordByPlace: isPairedPass(target, credential), ...(target.name ? { name: target.name } : {}) };
  if (isSecretLikeValue(value, options) || isScaffoldKeys(value, target)) {
    const found = report(sink ? 'sink' : undefined);
    context.report(loginBesideReport(value, target, credential, found, context.text) ?? found);
    return;
  }
  // Chosen words and the key's own name as a signing secret's fallback: reported only here, where nothing above did (own-name-fallback.ts).
  if (target.kind === 'fallback' && isOwnNameSigningFallback(value, target.name ?? target.envName, context.scope)) {
    context.report(placeholderFallbackReport(report(), target.name ?? target.envName));
    return;
  }
  const wordKey = wordKeyInSinkReport(value, target, credential, context.scope, report());
  if (wordKey) context.report(wordKey);
  else if (target.comparison !== true && isProjectNamedSecret(value, target.name, context.text)) context.report(report());
}

/**
 * Egg's and Midway's generators write the cookie-signing `keys` as a millisecond timestamp and random
 * digits (`'1698123456789_4821'`, appended to the app's name: `'_1513765449219_5858'`): all digits, yet generated.
 */
const SCAFFOLD_KEYS = /^_?\d{13}_\d{1,8}$/;
/**
 * A key typed to look random (`app.keys = ['kT4vQ9xLm2Zp']`, probe29 14): letters of both cases that spell no camel-case
 * words (a capital inside a run of capitals, a digit between letters), too short for the randomness measure to
 * call generated. `'homepage'`, `'myAppKeys'` stay silent: a name or chosen words, as the weak name wants.
 */
const MIXED_KEY = /^(?=[A-Za-z0-9]{8,64}$)(?=.*[a-z])(?=.*[A-Z])/;
const CAMEL_WORDS = /^[A-Za-z]?[a-z]*(?:[A-Z][a-z]+)*\d*$/;

function isScaffoldKeys(value: string, target: Target): boolean {
  return target.name === 'keys' && (SCAFFOLD_KEYS.test(value) || (MIXED_KEY.test(value) && !CAMEL_WORDS.test(value)));
}

/** Option names that only ever hold a signing or session secret. */
export const SECRET_OPTIONS = new Set(['secret', 'secretOrKey', 'secretOrPrivateKey', 'jwtSecret', 'sessionSecret', 'cookieSecret']);

/**
 * A secret-taking API's argument (`jwt.sign(payload, 'lit')`), or a `secret` option passed straight
 * to a call (`session({ secret })`, `JwtModule.register({ secret })`): whatever it reads like, it is the key.
 */
function isSecretSink(node: Literal, target: Target): boolean {
  if (target.kind === 'api' || (target.credential && isNamedSecretSink(target, target.credential))) return true;
  const property = node.parent;
  if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name) || !SECRET_OPTIONS.has(property.name.text)) return false;
  const object = property.parent;
  return ts.isObjectLiteralExpression(object) && ts.isCallExpression(object.parent) && object.parent.arguments.includes(object);
}

/** `password: 6742530`: a numeric password written as a number. No fix: the environment gives a string. */
function inspectDigits(node: ts.NumericLiteral, scope: Scope, context: RuleContext): void {
  // As written: the compiler's `text` gives 0x00400000 (a flag, mysql2's CAN_HANDLE_EXPIRED_PASSWORDS) as 4194304.
  const written = node.getText(scope.source);
  if (!mayBeDigitSecret(written)) return;
  const target = targetOf(node as unknown as Literal, scope);
  if (target?.kind !== 'name' || !isDigitPassword(written, target)) return;
  const span = { start: node.getStart(scope.source), end: node.getEnd() };
  const noFix = { ...target, noFix: true };
  context.report(wholeLiteralReport({ span, value: node.text, what: 'password', isToken: false, target: noFix, defaultEnvName: target.envName }, envRead));
}

/**
 * A Google API key in a Firebase web config (`{ apiKey, authDomain, messagingSenderId }`) identifies the
 * project to the browser; Firebase documents it as not secret (security rules guard the data). So does one
 * in config the framework ships to the browser (Nuxt's `runtimeConfig.public`, Nuxt 2's `publicRuntimeConfig`),
 * as `NEXT_PUBLIC_…` names are in .env files.
 */
function isPublicByDesign(token: TokenMatch, node: Literal): boolean {
  const value = stringified(node);
  if (token.id !== 'google-api-key' || !ts.isPropertyAssignment(value.parent)) return false;
  const object = value.parent.parent;
  const owner = object.parent;
  if (ts.isPropertyAssignment(owner) && BROWSER_CONFIG_KEYS.has(propertyName(owner.name) ?? '')) return true;
  if (ts.isNewExpression(owner) && /(?:^|\.)DefinePlugin$/.test(dottedName(owner.expression) ?? '')) return true;
  return ts.isObjectLiteralExpression(object) && FIREBASE_KEYS.some((key) => objectProperty(object, key) !== undefined);
}

/**
 * Config blocks a framework ships to the browser: Nuxt 3's `runtimeConfig.public`, Nuxt 2's `publicRuntimeConfig`;
 * a bundler's `define` (Vite's, and webpack's `new DefinePlugin({…})`), inlined into the bundle as a `VITE_…` variable is.
 */
const BROWSER_CONFIG_KEYS = new Set(['public', 'publicRuntimeConfig', 'define']);

/** `JSON.stringify('…')`, how a bundler's define is given a string, for the literal inside it. */
function stringified(node: Literal): ts.Node {
  const call = node.parent;
  const isStringify = ts.isCallExpression(call) && call.arguments[0] === node && dottedName(call.expression) === 'JSON.stringify';
  return isStringify ? call : node;
}

function reportEmbeddedToken(token: TokenMatch, base: number, raw: string, context: RuleContext): void {
  const span = { start: base + token.start, end: base + token.end };
  context.report(embeddedTokenReport(span, raw.slice(token.start, token.end), token.format, token.envName, envRead));
}

interface LiteralInfo {
  span: { start: number; end: number };
  base: number;
  raw: string;
  value: string;
  plain: boolean;
  target: Target | undefined;
}

function reportUrl(url: UrlPassword, literal: LiteralInfo, context: RuleContext): void {
  const isWhole = literal.plain && url.urlStart === 0 && url.urlEnd === literal.raw.length;
  context.report(
    urlPasswordReport({
      passwordSpan: { start: literal.base + url.start, end: literal.base + url.end },
      password: literal.raw.slice(url.start, url.end),
      scheme: url.scheme,
      ...(isWhole ? { whole: { span: literal.span, value: literal.value } } : {}),
      ...(literal.target ? { target: literal.target } : {}),
      envName: connectionEnvName(literal.target) ?? urlEnvName(url.scheme),
    }, envRead),
  );
}


/** `'https://oapi.dingtalk.com/robot/send?access_token=…'`: the fix moves the whole URL when it is the whole literal. */
function reportQuery(found: UrlQuerySecret, literal: LiteralInfo, context: RuleContext): void {
  const span = { start: literal.base + found.start, end: literal.base + found.end };
  const whole = literal.plain ? { span: literal.span, value: literal.value } : undefined;
  const target = literal.target;
  const finding = { found, span, secret: literal.raw.slice(found.start, found.end), scheme: schemeOf(literal.raw), ...(whole ? { whole } : {}), ...(target ? { target } : {}) };
  context.report(urlQueryReport(finding, envRead));
}
