// A PHP class constant whose use says it is a secret, whatever it is called: `private const KEY = '…'`
// then `sodium_crypto_secretbox($m, $nonce, sodium_hex2bin(self::KEY))`, `hash_hmac('sha256', $b, self::SEED)`.
// Its name (`KEY`, `SEED`) says nothing; the secret-taking call it reaches does (php-apis.ts). A global constant
// (`define('JWT_SECRET', '…')`, a top-level `const SIGNING_KEY = '…'`) is followed the same way through its file.
import { callOf, named, type PhpCall } from '../../languages/php';
import type { SyntaxNode } from '../../languages/treeSitter';
import { namesOwnSigningSecret } from './credential-value';
import { secretArgumentOf } from './php-apis';
import type { Target } from './target';

/** Decoders a key passes through on its way to the API: the decoded constant is still the key. */
const DECODERS = new Set(['hex2bin', 'base64_decode', 'sodium_hex2bin', 'sodium_base642bin']);

/** A constant worth following: one word of 16 characters or more (a generated key), not a phrase or a path. */
const KEY_LIKE = /^[A-Za-z0-9+/=_.$!*#-]{16,}$/;

/** How many nodes of the class body are walked: a class is small; a generated one must not stall the scan. */
const MAX_NODES = 20_000;

/**
 * What `self::NAME` (or `static::NAME`, `Holder::NAME`) becomes in the class that declares it: the
 * first secret-taking call it is passed to, through decoders. Undefined when no use says so. With
 * `ownSigningKeyOnly` (a constant whose name already says credential: `const JWT_KEY = 'your-secret-key'` then
 * `JWT::encode($payload, self::JWT_KEY, 'HS256')`), any value, and only a call that signs with the app's own key: there
 * the signer decides the value's shape, as for an argument (a template's stub or a word is the live key), where the name
 * alone reads it as a placeholder.
 */
export function constantUseTarget(name: string, value: string, classNode: SyntaxNode | undefined, ownSigningKeyOnly = false): Target | undefined {
  return classNode ? followedConstant(name, value, classNode, ownSigningKeyOnly, false) : undefined;
}

/**
 * The same for a global constant, `define('JWT_SECRET', '…')` or a top-level `const SIGNING_KEY = '…'`: its bare
 * name handed to a call anywhere in `root`, the file (a constant another file uses is not seen: one file is scanned).
 */
export function globalConstantUseTarget(name: string, value: string, root: SyntaxNode, ownSigningKeyOnly: boolean): Target | undefined {
  return followedConstant(name, value, root, ownSigningKeyOnly, true);
}

function followedConstant(name: string, value: string, holderNode: SyntaxNode, ownSigningKeyOnly: boolean, global: boolean): Target | undefined {
  if (!ownSigningKeyOnly && !KEY_LIKE.test(value)) return undefined;
  const holder = global ? undefined : holderNode.childForFieldName('name')?.text;
  const parents = new Map<number, SyntaxNode>();
  const stack: SyntaxNode[] = [holderNode];
  for (let visited = 0; stack.length > 0 && visited < MAX_NODES; visited++) {
    const node = stack.pop()!;
    const access = global ? node.type === 'name' && node.text === name && parents.get(node.id)?.type === 'argument' : node.type === 'class_constant_access_expression' && accessesConstant(node, name, holder);
    if (access) {
      const target = sinkOf(node, parents);
      if (target && ownSigningKeyOnly && !namesOwnSigningSecret(target.envName)) return undefined;
      // Judged as the signer's argument (kind `api`) where the name alone would read a stub as a placeholder.
      if (target) return { ...target, ...(ownSigningKeyOnly ? { kind: 'api' as const } : {}), name, label: `${global ? '' : `${holder ?? 'self'}::`}${name} (${target.label})` };
    }
    for (const child of named(node)) {
      parents.set(child.id, node);
      stack.push(child);
    }
  }
  return undefined;
}

function accessesConstant(node: SyntaxNode, name: string, holder: string | undefined): boolean {
  const [scope, constant] = named(node);
  if (constant?.text !== name) return false;
  const scopeName = scope?.text.replace(/^\\/, '').split('\\').pop();
  return scopeName === 'self' || scopeName === 'static' || (holder !== undefined && scopeName === holder);
}

/** Climbs from the constant through decoders to the call it is an argument of, if that call takes a secret there. */
function sinkOf(access: SyntaxNode, parents: ReadonlyMap<number, SyntaxNode>): Target | undefined {
  let value = access;
  for (let depth = 0; depth < 8; depth++) {
    const argument = parents.get(value.id);
    const list = argument?.type === 'argument' ? parents.get(argument.id) : undefined;
    const callNode = list?.type === 'arguments' ? parents.get(list.id) : undefined;
    const call = callNode ? callOf(callNode) : undefined;
    if (!callNode || !call) return undefined;
    const index = call.args.findIndex((candidate) => candidate.value.id === value.id);
    if (isDecoder(call)) {
      value = callNode;
      continue;
    }
    const secret = index >= 0 ? secretArgumentOf(call, index, call.args[index]?.name) : undefined;
    return secret ? { kind: 'name', label: secret.label, credential: { noun: secret.noun, strength: 'strong' }, envName: secret.envName } : undefined;
  }
  return undefined;
}

function isDecoder(call: PhpCall): boolean {
  return call.kind === 'function' && DECODERS.has(call.name.toLowerCase()) && call.args.length >= 1;
}
