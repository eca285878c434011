// What an import specifier names: a package (and which), or something no manifest lists
// (a relative path, a builtin, a URL, an alias of the project's own code).
import { NODE_BUILTINS } from './node-builtins';

/** npm's rules for a name: lowercase-ish, url-safe, optional scope. */
const PACKAGE_NAME = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i;
/** Protocols of other runtimes and bundlers: `bun:sqlite`, `npm:x`, `virtual:pwa`, `data:`, `https:`. */
const PROTOCOL = /^[a-z][a-z0-9+.-]*:/i;

/** `lodash/fp` -> `lodash`; `@aws-sdk/client-s3/dist` -> `@aws-sdk/client-s3`; undefined for anything that is not a package. */
export function packageOf(specifier: string, localPrefixes: readonly string[]): string | undefined {
  if (specifier === '' || specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('#') || specifier.startsWith('~')) return undefined;
  if (specifier.startsWith('@/') || specifier.includes('!') || PROTOCOL.test(specifier)) return undefined;
  // Meteor's own packages (`meteor/meteor`, `meteor/accounts-base`): its build tool resolves them from `.meteor/packages`, not npm.
  if (specifier.startsWith('meteor/')) return undefined;
  // k6's built-in modules (`k6/http`, `k6/metrics`, extensions under `k6/x/`): the k6 binary provides them to its scripts.
  if (specifier === 'k6' || specifier.startsWith('k6/')) return undefined;
  // Bun's own module (`import { $, serve } from 'bun'`): the runtime provides it, as `bun:sqlite`.
  if (specifier === 'bun') return undefined;
  if (NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0]!)) return undefined;
  if (localPrefixes.some((prefix) => specifier === prefix || specifier.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`))) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return PACKAGE_NAME.test(name) ? name : undefined;
}
