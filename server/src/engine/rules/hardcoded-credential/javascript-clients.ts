// API clients in JS/TS that take their token by position or under a bare `key`, whatever the
// argument is named: `new postmark.ServerClient('…')`, `algoliasearch(appId, '…')`,
// `mailgun.client({ username: 'api', key: '…' })`. Weak: only a generated value counts there, so a
// URL, a region, a locale or a name passed in the same place stays silent. A package's export given
// one literal is left alone: `new Pusher('…')` and analytics write keys are public browser keys,
// `new Hashids('…')` takes a salt, `md5('…')` data.
import ts from 'typescript';
import { dottedName, isStringLike, unwrap } from '../../languages/ts-ast';
import { onCommentLine, skipTrivia } from '../../prefilter';
import { clientTokenTarget, isClientClass, isSoleKeyValue, type Target } from './target';
import { CLIENT_FACTORY_METHODS } from './sdk-factories';

/**
 * A long unbroken literal with a letter and a digit, passed as an argument (`('…'`, `, '…'`): what
 * the prefilter needs to see before a client's token can be found, since no credential word need be
 * in the file. Paths and module names (`'./routes/users'`, `'express-rate-limit'`) and numbers
 * (`BigInt('18446744073709551615')`) do not pass it. A string left open at the line's end counts
 * (the parser ends it there and the check reads it). Linear: the run after each `(` or `,` is
 * disjoint from the others'.
 */
export const CLIENT_TOKEN_ARGUMENT = /[(,]\s*(['"`])(?=[\w+=-]{16,}(?:\1|[\r\n]|$))(?=[\d_+=-]*[A-Za-z])[A-Za-z_+=-]*\d/;

/**
 * The prefilter's whole test for a client's positional token: the literal's shape, and something it
 * can be given to, i.e. a name ending like a client class (the last segment of `new …Client(`) or a
 * binding from a module outside the app (`from 'x'`, `require('x')`). A bundled library with long
 * digit-bearing literals in calls and neither of those (most of them) is not parsed for it.
 */
export function mayPassClientToken(text: string): boolean {
  return hasClientTokenArgument(text) && (CLIENT_CLASS_WORD.test(text) || mayImportOutsideApp(text));
}

/** CLIENT_TOKEN_ARGUMENT to read every match (a literal: no RegExp is built at run time; a test keeps the two alike). */
export const CLIENT_TOKEN_ARGUMENTS = /[(,]\s*(['"`])(?=[\w+=-]{16,}(?:\1|[\r\n]|$))(?=[\d_+=-]*[A-Za-z])[A-Za-z_+=-]*\d/g;
const LITERAL_RUN = /[\w+=-]+/y;

/**
 * After a colon too: a broken object (`{ nodes: […], searc * / piKey: '…' })`, a comment's end typed
 * into a key) is recovered by the parser into an argument list whose next argument is the literal
 * (found by fast-check).
 */
export const RECOVERED_TOKEN_ARGUMENT = /:\s*(['"`])(?=[\w+=-]{16,}(?:\1|[\r\n]|$))(?=[\d_+=-]*[A-Za-z])[A-Za-z_+=-]*\d/;
/** RECOVERED_TOKEN_ARGUMENT to read every match. */
export const RECOVERED_TOKEN_ARGUMENTS = /:\s*(['"`])(?=[\w+=-]{16,}(?:\1|[\r\n]|$))(?=[\d_+=-]*[A-Za-z])[A-Za-z_+=-]*\d/g;

/** Some argument literal the check would read as a token (isClientTokenShape): `LE_HEAP_LOAD_F32` is none. */
function hasClientTokenArgument(text: string): boolean {
  for (const match of [...text.matchAll(CLIENT_TOKEN_ARGUMENTS), ...text.matchAll(RECOVERED_TOKEN_ARGUMENTS)]) {
    if (inDocComment(text, match.index)) continue;
    LITERAL_RUN.lastIndex = match.index + match[0].indexOf(match[1]!) + 1;
    const run = LITERAL_RUN.exec(text)?.[0];
    if (run === undefined || isClientTokenShape(run)) return true;
  }
  return false;
}

// A doc comment's `*` line with no comment end before `at` (`* a commit hash, e.g.: "60d6…"`): no argument is written there.
function inDocComment(text: string, at: number): boolean {
  if (!onCommentLine(text, at)) return false;
  const line = text.slice(text.lastIndexOf('\n', at) + 1, at);
  return !line.includes('*/') && !line.trimStart().startsWith('//');
}

const CLIENT_CLASS_WORD = /(?:Client|API|Api|Connection)(?![\w$])/;
const IMPORT_KEYWORD = /\b(?:from|require)\b/g;

/** Looser than NOT_A_VENDOR (a builtin passes): only a relative or aliased module is surely the app's. */
function mayImportOutsideApp(text: string): boolean {
  for (const match of text.matchAll(IMPORT_KEYWORD)) {
    let at = skipTrivia(text, match.index + match[0].length);
    if (at >= 0 && text[at] === '(') at = skipTrivia(text, at + 1);
    if (at < 0) return true; // an unclosed comment: unsure
    if (!QUOTES.includes(text[at] ?? '')) continue;
    const head = text.slice(at + 1, at + 6);
    if (!/^(?:\.|#|~\/|@\/|node:)/.test(head)) return true;
  }
  return false;
}

const QUOTES = ['"', "'", '`'];

/**
 * The same shape for the check (what the prefilter lets through is all a client's positional token
 * can be), less a name of words: `LE_HEAP_LOAD_F32`, `wasi_snapshot_preview1`, `UTF8ArrayToString` are
 * identifiers.
 */
export function isClientTokenShape(value: string): boolean {
  return /^[\w+=-]{16,}$/.test(value) && /\d/.test(value) && /[A-Za-z]/.test(value) && !WORDS_JOINED.test(value) && !isCamelCaseName(value);
}

/** A camelCase or PascalCase word: an initial capital, then lowercase letters, then digits. Acronyms are caps and digits. */
const CAMEL_WORDS = /[A-Z]+\d*(?![a-z])|[A-Z]?[a-z]+\d*/g;
/** Two-letter words that names use (`UTF8ArrayToString`, `readAsText`); elsewhere a part of two letters reads as noise. */
const SHORT_WORDS = new Set(['to', 'on', 'of', 'in', 'by', 'at', 'is', 'or', 'as', 'id', 'io', 'if', 'up', 'no', 'do', 'go', 'be', 'my', 'ok', 'js', 'db', 'ui']);

/**
 * `UTF8ArrayToString`, `bigintToI53Checked`, `readUInt32LE`: an identifier of camelCase words, not a
 * generated value. Each lowercase-bearing word is one names use, or three letters or more with a
 * vowel and no five consonants in a row; acronyms are short and no more than the words. A random
 * token leaves parts like `Xk`, `p`, `cbl` or `Dhxdr` (about 3 in 1,000 random 16-character values
 * pass, 5 in 10,000 of 24).
 */
function isCamelCaseName(value: string): boolean {
  if (!/^[A-Za-z0-9]+$/.test(value)) return false;
  const words = value.match(CAMEL_WORDS) ?? [];
  if (words.join('') !== value) return false;
  const letters = words.map(withoutTrailingDigits);
  const spelled = letters.filter((word) => /[a-z]/.test(word));
  const acronyms = letters.filter((word) => !/[a-z]/.test(word));
  if (acronyms.length > spelled.length || acronyms.some((word) => word.length > 5)) return false;
  return spelled.length >= 2 && spelled.every(isSpelledWord);
}

function withoutTrailingDigits(word: string): string {
  let end = word.length;
  while (end > 0 && word.charCodeAt(end - 1) >= 48 && word.charCodeAt(end - 1) <= 57) end--;
  return word.slice(0, end);
}

function isSpelledWord(word: string): boolean {
  return SHORT_WORDS.has(word.toLowerCase()) || (word.length >= 3 && /[aeiouy]/i.test(word) && !/[^aeiouy]{5}/i.test(word));
}

/** Words joined by `_` or `-`, each in one case with digits only at its end: a name, not a generated value. */
const WORDS_JOINED = /^(?:[a-z]+|[A-Z]+)\d*(?:[_-](?:[a-z]+|[A-Z]+)\d*)+$/;

/** Modules whose exports are app code or the runtime's, not a vendor's client. */
const NOT_A_VENDOR = /^(?:\.|@\/|~\/|#|node:)|^(?:assert|buffer|child_process|crypto|events|fs|http|https|net|os|path|stream|url|util|zlib)(?:\/|$)/;

/** Exports that take an id or a public value, not a token: `ObjectId('…')`, `Types.Uuid('…')`, `new PublicKey('…')`. */
const ID_CLASS = /(?:Id|ID|Uuid|UUID|PublicKey|Address)$/;

/**
 * The token a client takes by position. A class named …Client/…Api/…Connection: its only string
 * argument (`new PostmarkClient('…', options)`) or one after the first. A vendor package's export:
 * a literal after literals only (`algoliasearch('APP_ID', '…')`, `new Mux(tokenId, '…')`), the shape
 * of an id-and-secret pair.
 */
export function clientArgumentTarget(call: ts.CallExpression | ts.NewExpression, index: number, bindings: ReadonlyMap<string, string>): Target | undefined {
  const args = call.arguments ?? [];
  // The first argument counts when no other one is a string: `new PostmarkClient('…', { timeout: 5 })`.
  if (index < 1 && args.some((argument, at) => at !== index && isStringLike(argument))) return undefined;
  const written = dottedName(unwrap(call.expression));
  if (written === undefined || ID_CLASS.test(written) || NUMBER_CLASS.test(written)) return undefined;
  const segments = written.split('.');
  const label = ts.isNewExpression(call) ? `new ${written}` : written;
  if (ts.isNewExpression(call) && isClientClass(segments[segments.length - 1] ?? '')) return clientTokenTarget(segments, label);
  if (index < 1) return soleKeyTarget(call, segments, label, bindings);
  if (!args.slice(0, index).every((argument) => isStringLike(argument))) return undefined;
  const module = segments.length === 1 ? importedFrom(written, bindings) : undefined;
  if (module === undefined || NOT_A_VENDOR.test(module) || SEARCH_ONLY_CLIENT.test(module) || BROWSER_SDK.test(module)) return undefined;
  return { ...clientTokenTarget([`${vendorName(module)}Client`], label)!, label };
}

/**
 * `algoliasearch/lite`: the browser build that can only search, so the key it is given is the
 * search-only key, public by design (InstantSearch pages). The full client may be given the admin key.
 */
const SEARCH_ONLY_CLIENT = /^algoliasearch\/lite$/;

/**
 * A vendor's browser build (`mixpanel-browser`, `@amplitude/analytics-browser`, `@datadog/browser-rum`):
 * the project token it is started with ships in every page, public by design, as a publishable key.
 */
const BROWSER_SDK = /(?:^|[-/])browser(?:$|[-/])/;

/**
 * The package a local name is imported from: a class it exports by name (`{ Mux }` from '@mux/mux-node'
 * is bound as `@mux/mux-node.Mux`), a function named for the package itself (Algolia v5's `{ algoliasearch }`
 * from 'algoliasearch': its client factory), or its default export or namespace (`algoliasearch`). Any
 * other function imported by name (`{ v5 }` from 'uuid', bound as `uuid.v5`) is a helper, not a client.
 */
function importedFrom(local: string, bindings: ReadonlyMap<string, string>): string | undefined {
  const bound = bindings.get(local);
  if (bound === undefined) return undefined;
  const namedClass = /^(.+)\.[A-Z][\w$]*$/.exec(bound);
  if (namedClass) return namedClass[1];
  const namedFunction = /^(.+)\.([a-z_$][\w$]*)$/.exec(bound);
  if (!namedFunction) return bound;
  return namedFunction[2] === namedFunction[1]!.split('/').pop() ? namedFunction[1] : undefined;
}

/** Big-number classes take digits in any base: `new BN('fffffffffffffffffffffffffffffffebaaedce6af48a03b…', 16)`. */
const NUMBER_CLASS = /(?:^|\.)(?:BN|BigNumber|Big|Decimal|Long|BigInteger)$/;

/**
 * One long generated literal, not a UUID (an id), as the only argument but options given to a vendor
 * package's export, by `new X('…')`, `X.init('…')` or `X.client('…')`: SDKs built from their key alone (Segment's `new Analytics('…')`, `new GiphyFetch('…')`,
 * `Mixpanel.init('…')`, yelp-fusion's `yelp.client('…')`). Shorter ones stay silent: Pusher's 20-character app key is public by design,
 * a Hashids salt is usually a short phrase.
 */
function soleKeyTarget(call: ts.CallExpression | ts.NewExpression, segments: readonly string[], label: string, bindings: ReadonlyMap<string, string>): Target | undefined {
  const [value, ...options] = call.arguments ?? [];
  if (value === undefined || !isStringLike(value) || !isSoleKeyValue(value.text)) return undefined;
  // Only options may follow: `new Mux('<token id>', process.env.MUX_TOKEN_SECRET)` is the id of a pair.
  if (!options.every((option) => ts.isObjectLiteralExpression(unwrap(option)))) return undefined;
  const built = ts.isNewExpression(call) ? segments.length === 1 : segments.length === 2 && isSdkStarter(segments[1] ?? '');
  const module = built ? importedFrom(segments[0] ?? '', bindings) : undefined;
  if (module === undefined || NOT_A_VENDOR.test(module) || BROWSER_SDK.test(module)) return undefined;
  return { ...clientTokenTarget([`${segments[0]}Client`], label)!, label };
}

/** The methods an SDK's default export is started with: `Mixpanel.init(token)`, `Bugsnag.start(apiKey)`; or built by (sdk-factories.ts). */
const SDK_STARTERS = /^(?:init|initialize|start)$/;

const isSdkStarter = (method: string): boolean => SDK_STARTERS.test(method) || CLIENT_FACTORY_METHODS.test(method);

/** `mailgun.client({ key })`, `createClient({ key })`, `new MailgunClient({ key })`: calls that build an API client. */
export function buildsClient(call: ts.CallExpression | ts.NewExpression): boolean {
  const callee = unwrap(call.expression);
  // `new Mailgun(formData).client(…)`: the method's own name is what says it builds a client.
  const last = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
  return ts.isNewExpression(call) ? isClientClass(last) : CLIENT_FACTORY_METHODS.test(last);
}

/** `@segment/analytics-node` -> `AnalyticsNode`, for the env name. */
function vendorName(module: string): string {
  const base = module.slice(module.lastIndexOf('/') + 1);
  return base.replace(/(?:^|[-_.])(\w)/g, (_, letter: string) => letter.toUpperCase());
}
