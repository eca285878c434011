// A PHP class constant whose use says it is a secret, whatever it is called: `private const KEY = '…'`
// then `sodium_crypto_secretbox($m, $nonce, sodium_hex2bin(self::KEY))`, `hash_hmac('sha256', $b, self::SEED)`.
// Its name (`KEY`, `SEED`) says nothing; the secret-taking call it reaches does (php-apis.ts). A global constant
// (`define('JWT_SECRET', '…')`, a top-level `const SIGNING_KEY = '…'`) is followed the same way through its file.
import { callOf, named, type PhpCall } from '../../languages/php';
import { parentIndexOf, walkTree, type SyntaxNode, type SyntaxTree } from '../../languages/treeSitter';
import { readOnce } from '../../readOnce';
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
  if (!classNode || (!ownSigningKeyOnly && !KEY_LIKE.test(value))) return undefined;
  const holder = classNode.childForFieldName('name')?.text;
  const parents = new Map<number, SyntaxNode>();
  const stack: SyntaxNode[] = [classNode];
  for (let visited = 0; stack.length > 0 && visited < MAX_NODES; visited++) {
    const node = stack.pop()!;
    if (node.type === 'class_constant_access_expression' && accessesConstant(node, name, holder)) {
      const target = sinkOf(node, parents);
      if (target) return followed(target, name, `${holder ?? 'self'}::${name}`, ownSigningKeyOnly);
    }
    for (const child of named(node)) {
      parents.set(child.id, node);
      stack.push(child);
    }
  }
  return undefined;
}

/**
 * The same for a global constant, `define('JWT_SECRET', '…')` or a top-level `const SIGNING_KEY = '…'`: its bare
 * name handed to a call anywhere in the file (a constant another file uses is not seen: one file is scanned).
 */
export function globalConstantUseTarget(name: string, value: string, tree: SyntaxTree, ownSigningKeyOnly: boolean): Target | undefined {
  if (!ownSigningKeyOnly && !KEY_LIKE.test(value)) return undefined;
  const parents = parentIndexOf(tree);
  for (const use of bareArguments(tree).get(name) ?? []) {
    const target = sinkOf(use, parents);
    if (target) return followed(target, name, name, ownSigningKeyOnly);
  }
  return undefined;
}

/** The bare names handed to calls in a file (`JWT::encode($p, JWT_SECRET)`), by name: read once a tree, however many constants it defines. */
const bareArguments = readOnce((tree: SyntaxTree): ReadonlyMap<string, readonly SyntaxNode[]> => {
  const uses = new Map<string, SyntaxNode[]>();
  walkTree(tree.rootNode, (node) => {
    if (node.type !== 'name' || node.parent?.type !== 'argument') return;
    const list = uses.get(node.text);
    if (list) list.push(node);
    else uses.set(node.text, [node]);
  });
  return uses;
});

/** The sink's target as the constant's: with a credential's name, only a signer of the app's own key, judged as its argument. */
function followed(target: Target, name: string, shown: string, ownSigningKeyOnly: boolean): Target | undefined {
  if (ownSigningKeyOnly && !namesOwnSigningSecret(target.envName)) return undefined;
  // Judged as the signer's argument (kind `api`) where the name alone would read a stub as a placeholder.
  return { ...target, ...(ownSigningKeyOnly ? { kind: 'api' as const } : {}), name, label: `${shown} (${target.label})` };
}

function accessesConstant(node: SyntaxNode, name: string, holder: string | undefined): boolean {
  const [scope, constant] = named(node);
  if (constant?.text !== name) return false;
  const scopeName = scope?.text.replace(/^\\/, '').split('\\').pop();
  return scopeName === 'self' || scopeName === 'static' || (holder !== undefined && scopeName === holder);
}

/** Climbs from the constant through decoders to the call it is an argument of, if that call takes a secret there. */
function sinkOf(access: SyntaxNode, parents: { get(id: number): SyntaxNode | undefined }): Target | undefined {
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
