// `user:password` strings that PHP HTTP clients take as basic auth: cURL's
// `curl_setopt($ch, CURLOPT_USERPWD, 'user:password')` and Symfony HttpClient's
// `'auth_basic' => 'user:password'`, and the `base64_encode('user:password')` a hand-built
// `Authorization: Basic` header encodes. The part after the first colon is the password.
import { callOfArgument, named, parentOf, stringValue, type Parents } from '../../languages/php';
import type { MappedText } from '../../languages/mapped-text';
import type { SyntaxNode } from '../../languages/treeSitter';
import { isPlaceholder, isSecretLikeValue } from '../../secrets';
import { BASIC_AUTH_KEYS } from './php-targets';
import { USERPWD_OPTION } from './php-curl-options';

export interface UserPassword {
  /** Offsets of the password inside the literal's decoded text. */
  start: number;
  end: number;
  /** `curl_setopt(CURLOPT_USERPWD)`, `'auth_basic'`: where the pair goes, for messages. */
  kind: string;
  /** The variable the whole literal moves to, when not a basic-auth pair's. */
  envName?: string;
}

/** The password of a `user:password` literal in a basic-auth position, or of a scheme-less connection URI, if it is one. */
export function userPasswordOf(node: SyntaxNode, text: MappedText, parents: Parents): UserPassword | undefined {
  const uri = connectionUriPassword(node, text, parents);
  if (uri) return uri;
  const kind = curlUserPwd(node, parents) ?? authBasicKey(node, parents) ?? basicEncoded(node, text, parents);
  const colon = text.text.indexOf(':');
  if (!kind || colon <= 0) return undefined;
  const password = text.text.slice(colon + 1);
  return isSecretLikeValue(password) ? { start: colon + 1, end: text.text.length, kind } : undefined;
}


function curlUserPwd(node: SyntaxNode, parents: Parents): string | undefined {
  // `curl_setopt_array($ch, [CURLOPT_USERPWD => 'user:password', …])`
  const element = parentOf(node, parents);
  if (element?.type === 'array_element_initializer' && named(element)[1]?.id === node.id && USERPWD_OPTION.test(named(element)[0]?.text ?? '')) {
    return 'a cURL user:password option';
  }
  const found = callOfArgument(node, parents);
  const call = found?.call;
  if (call?.kind !== 'function' || call.name.toLowerCase() !== 'curl_setopt' || found?.index !== 2) return undefined;
  return USERPWD_OPTION.test(call.args[1]?.value.text ?? '') ? 'a cURL user:password option' : undefined;
}

function authBasicKey(node: SyntaxNode, parents: Parents): string | undefined {
  const element = parentOf(node, parents);
  if (element?.type !== 'array_element_initializer' || named(element)[1]?.id !== node.id) return undefined;
  const key = stringValue(named(element)[0]);
  return key !== undefined && BASIC_AUTH_KEYS.has(key) ? `an '${key}' user:password pair` : undefined;
}

/** `base64_encode('user:password')`: only that shape (a user name, one colon, no spaces, quotes or braces), so encoded data (`'{"a":1}'`) stays out. */
function basicEncoded(node: SyntaxNode, text: MappedText, parents: Parents): string | undefined {
  const found = callOfArgument(node, parents);
  if (found?.call.kind !== 'function' || found.call.name.toLowerCase() !== 'base64_encode' || found.index !== 0) return undefined;
  return /^[\w.@+-]{1,64}:[^\s:"'{}]+$/.test(text.text) ? 'a base64-encoded user:password (Basic authorization)' : undefined;
}

/** `user:password@host[:port][/db][?options]`: a connection URI written without its scheme. Bounded runs, so linear. */
const SCHEMELESS_URI = /^[\w.+-]{1,64}:[^\s/]{1,200}@[A-Za-z0-9.-]{1,253}(?::\d{1,5})?(?:\/[\w.-]*)?(?:\?\S*)?$/;

/**
 * ReactPHP MySQL's `$factory->createLazyConnection('user:password@host/db')` (and `createConnection`):
 * the first argument of a call named for a connection, written without a scheme. The password runs
 * from the first colon to the last `@`.
 */
function connectionUriPassword(node: SyntaxNode, text: MappedText, parents: Parents): UserPassword | undefined {
  const found = callOfArgument(node, parents);
  const value = text.text;
  if (found?.index !== 0 || !/connect/i.test(found.call.name) || !SCHEMELESS_URI.test(value)) return undefined;
  const colon = value.indexOf(':');
  const at = value.lastIndexOf('@');
  const password = value.slice(colon + 1, at);
  return isSecretLikeValue(password) && !isPlaceholder(password) ? { start: colon + 1, end: at, kind: 'a connection URI', envName: 'DATABASE_URL' } : undefined;
}
