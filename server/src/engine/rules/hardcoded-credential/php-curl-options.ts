// cURL options whose constant's name says what the literal given to it is: `CURLOPT_SSLKEYPASSWD`,
// `CURLOPT_KEYPASSWD` (a private key's passphrase), in `curl_setopt` and `curl_setopt_array` alike.
// The `user:password` options are php-userpwd.ts's, which report the password part only.
import { callOfArgument, named, parentOf, type Parents } from '../../languages/php';
import type { SyntaxNode } from '../../languages/treeSitter';

/** cURL's options that take `user:password`, as a constant's name: `CURLOPT_USERPWD`, `\\CURLOPT_PROXYUSERPWD`. */
export const USERPWD_OPTION = /(?:^|\\)CURLOPT_(?:USERPWD|PROXYUSERPWD)$/;

/**
 * The cURL option a literal is the value of, when it is not a `user:password` one: `CURLOPT_SSLKEYPASSWD`,
 * `CURLOPT_KEYPASSWD`, `CURLOPT_PROXY_KEYPASSWD` (the constant's name then says what the value is).
 */
export function curlOptionName(node: SyntaxNode, parents: Parents): string | undefined {
  const element = parentOf(node, parents);
  let option: string | undefined;
  if (element?.type === 'array_element_initializer' && named(element)[1]?.id === node.id) option = named(element)[0]?.text;
  else {
    const found = callOfArgument(node, parents);
    if (found?.call.kind === 'function' && found.call.name.toLowerCase() === 'curl_setopt' && found.index === 2) option = found.call.args[1]?.value.text;
  }
  const name = option?.replace(/^\\/, '');
  return name !== undefined && /^CURLOPT_\w+$/.test(name) && !USERPWD_OPTION.test(name) ? name : undefined;
}

