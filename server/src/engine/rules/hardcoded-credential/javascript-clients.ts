// API clients in JS/TS that take their token by position or under a bare `key`, whatever the
// argument is named: `new postmark.ServerClient('…')`, `new Analytics('…')`, `algoliasearch(appId, '…')`,
// `mailgun.client({ username: 'api', key: '…' })`. Weak: only a generated value counts there, so a
// URL, a region, a locale or a name passed in the same place stays silent.
import ts from 'typescript';
import { dottedName, isStringLike, unwrap } from '../../languages/ts-ast';
import { clientTokenTarget, isClientClass, type Target } from './target';

/**
 * A long unbroken literal with a digit, passed as an argument (`('…'`, `, '…'`): what the prefilter
 * needs to see before a client's token can be found, since no credential word need be in the file.
 * Paths and module names (`'./routes/users'`, `'express-rate-limit'`) do not pass it. Linear: the
 * run after each `(` or `,` is disjoint from the others'.
 */
export const CLIENT_TOKEN_ARGUMENT = /[(,]\s*(['"`])(?=[\w+=-]{16,}\1)[A-Za-z_+=-]*\d/;

/** Modules whose exports are app code or the runtime's, not a vendor's client. */
const NOT_A_VENDOR = /^(?:\.|@\/|~\/|#|node:)|^(?:assert|buffer|child_process|crypto|events|fs|http|https|net|os|path|stream|url|util|zlib)(?:\/|$)/;

/** Exports that take an id or a public value, not a token: `ObjectId('…')`, `Types.Uuid('…')`, `new PublicKey('…')`. */
const ID_CLASS = /(?:Id|ID|Uuid|UUID|PublicKey|Address)$/;

/**
 * The token a client constructor or a vendor package's default export takes by position: the only
 * argument, or one after the first (which is an account id or a URL more often than not).
 */
export function clientArgumentTarget(call: ts.CallExpression | ts.NewExpression, index: number, bindings: ReadonlyMap<string, string>): Target | undefined {
  const args = call.arguments ?? [];
  // The first argument counts when no other one is a string: `new Analytics('…', { flushAt: 20 })`.
  if (index < 1 && args.some((argument, at) => at !== index && isStringLike(argument))) return undefined;
  const written = dottedName(unwrap(call.expression));
  if (written === undefined || ID_CLASS.test(written)) return undefined;
  const segments = written.split('.');
  const label = ts.isNewExpression(call) ? `new ${written}` : written;
  if (ts.isNewExpression(call) && isClientClass(segments[segments.length - 1] ?? '')) return clientTokenTarget(segments, label);
  const module = segments.length === 1 ? importedFrom(written, bindings) : undefined;
  if (module === undefined || NOT_A_VENDOR.test(module)) return undefined;
  return { ...clientTokenTarget([`${vendorName(module)}Client`], label)!, label };
}

/**
 * The package a local name is imported from: a class it exports by name (`{ GiphyFetch }` from
 * '@giphy/js-fetch-api' is bound as `@giphy/js-fetch-api.GiphyFetch`), else its default export or
 * namespace (`Analytics` from 'analytics-node'; a dot there is the package's own, as in `socket.io`).
 */
function importedFrom(local: string, bindings: ReadonlyMap<string, string>): string | undefined {
  const bound = bindings.get(local);
  const namedClass = bound === undefined ? undefined : /^(.+)\.[A-Z][\w$]*$/.exec(bound);
  return namedClass ? namedClass[1] : bound;
}

/** `mailgun.client({ key })`, `createClient({ key })`, `new MailgunClient({ key })`: calls that build an API client. */
export function buildsClient(call: ts.CallExpression | ts.NewExpression): boolean {
  const callee = unwrap(call.expression);
  // `new Mailgun(formData).client(…)`: the method's own name is what says it builds a client.
  const last = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
  return ts.isNewExpression(call) ? isClientClass(last) : /^(?:client|createClient)$/.test(last);
}

/** `@segment/analytics-node` -> `AnalyticsNode`, for the env name. */
function vendorName(module: string): string {
  const base = module.slice(module.lastIndexOf('/') + 1);
  return base.replace(/(?:^|[-_.])(\w)/g, (_, letter: string) => letter.toUpperCase());
}
