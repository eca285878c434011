// Go calls whose arguments say by their order, not by a vendor list, that one of them is a secret:
// - a key right after an HMAC algorithm name: `jwtauth.New("HS256", []byte("…"), nil)`,
//   `NewSigner("HS512", key)`: an HMAC algorithm takes nothing but its shared secret next;
// - the value of a key/value pair whose key names a credential, in calls that take pairs (gRPC's
//   `metadata.Pairs("x-api-key", "…")`, `metadata.AppendToOutgoingContext(ctx, "authorization", "…")`);
// - the second of two arguments to a call named for a user and password pair:
//   `nats.UserInfo("svc", "…")`, `BasicAuth(user, "…")`, `Credentials("id", "…")`, `Login(u, "…")`,
//   also after a handler it guards (`BasicAuth(stats, "ops", "…")`);
// - the last of (host, port, user, password) given to a call that connects or sends: gomail's
//   `NewDialer`, an app's own `NewMailer("smtp.example.com", 587, "user", "…")` declared in another file;
// - a literal `user:password` base64-encoded, which is how a Basic authorization header is built.
import { dottedGoName, goStringValue, isGoString, lastSegment, unwrapGo } from '../../languages/go';
import { nameTarget } from './target';
import { isUserPasswordPair, splitWords } from '../../secrets';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { Target } from './target';
import { hostLoginPasswordTarget, mayBeHostLoginPassword, type ArgumentView } from './host-login';
import { secretAfterKeyId, secretAfterPublicHalf } from './public-half';
import { argvFlagTarget } from './argv-flags';

const HMAC_ALGORITHM = /^HS(?:256|384|512)$/;

/** Callee names whose two arguments are a user and a password (or an id and a secret). */
const USER_PASSWORD_CALL = /^(?:New|With|Set)?(?:UserInfo|UserPassword|BasicAuth|PlainAuth|(?:Static)?Credentials?|Login|Authenticate)$/;

/** Callee names for a key and its secret, in that order: Vonage's `CreateAuthFromKeySecret(key, "…")`, `WithKeyAndSecret`. */
const KEY_SECRET_CALL = /(?:Key|Id|ID)(?:And)?Secret(?:Auth|Credentials?)?$/;

/** `qualified` is the callee resolved through the imports; it differs from `callee` only for a package function. */
export function positionalSecretTarget(callee: string, qualified: string, args: readonly SyntaxNode[], index: number): Target | undefined {
  const previous = index > 0 ? unwrapGo(args[index - 1]!) : undefined;
  if (previous && isGoString(previous) && HMAC_ALGORITHM.test(goStringValue(previous) ?? '')) {
    return { kind: 'api', label: `${callee} (${goStringValue(previous)} key)`, credential: { noun: 'HMAC signing key', strength: 'strong' }, envName: 'JWT_SECRET' };
  }
  const flag = previous && isGoString(previous) ? argvFlagTarget(goStringValue(previous)) : undefined;
  if (flag) return flag;
  const pair = pairValueTarget(callee, args, index) ?? hostPortLoginTarget(callee, args, index) ?? basicAuthTarget(callee, args, index);
  if (pair) return pair;
  const half = previous && (isGoString(previous) ? secretAfterKeyId(goStringValue(previous), callee) : secretAfterPublicHalf(dottedGoName(previous), callee));
  if (half) return half;
  if (args.length === 2 && index === 1 && KEY_SECRET_CALL.test(lastSegment(callee))) {
    return { kind: 'api', label: callee, name: 'secret', credential: { noun: 'API secret', strength: 'strong' }, envName: 'API_SECRET' };
  }
  // The pair last, after what it guards: a middleware's `BasicAuth(handler, "ops", "…")`.
  const pairLast = (args.length === 2 || args.length === 3) && index === args.length - 1;
  if (pairLast && USER_PASSWORD_CALL.test(lastSegment(callee)) && isUserArgument(args[index - 1]!) && (args.length === 2 || !isGoString(unwrapGo(args[0]!)))) {
    // `nats.UserInfo` -> NATS_PASSWORD; a method on a variable (`client.BasicAuth`) says no service.
    const qualifier = qualified !== callee && callee.includes('.') ? callee.slice(0, callee.indexOf('.')) : '';
    const envName = /^[a-z][a-z0-9]*$/i.test(qualifier) ? `${qualifier.toUpperCase()}_PASSWORD` : 'PASSWORD';
    return { kind: 'name', label: callee, name: 'password', credential: { noun: 'password', strength: 'strong' }, envName };
  }
  return undefined;
}

/** Words that name who logs in: `user`, `cfg.Username`, `clientID`, `accessKey`, `sid`. */
const USER_WORDS = new Set(['user', 'username', 'usr', 'login', 'name', 'id', 'account', 'email', 'key', 'sid', 'principal']);

/** The first argument is a user: a literal, or a name that says so (`ctx` first is some other `Login`). */
function isUserArgument(node: SyntaxNode): boolean {
  const inner = unwrapGo(node);
  if (isGoString(inner)) return true;
  const words = splitWords(dottedGoName(inner) ?? '');
  return USER_WORDS.has(words[words.length - 1] ?? '');
}

/** Calls whose arguments from this index on are key, value, key, value, ... */
const PAIR_CALLS: Readonly<Record<string, number>> = { Pairs: 0, AppendToOutgoingContext: 1, AppendToIncomingContext: 1 };

function pairValueTarget(callee: string, args: readonly SyntaxNode[], index: number): Target | undefined {
  const start = PAIR_CALLS[lastSegment(callee)];
  if (start === undefined || index <= start || (index - start) % 2 !== 1) return undefined;
  const key = goStringValue(unwrapGo(args[index - 1]!));
  const target = key === undefined ? undefined : nameTarget([key]);
  return target?.credential ? { ...target, label: `${callee}("${key}")` } : undefined;
}

/** `NewMailer("smtp.example.com", 587, "user", "…")` (host-login.ts). */
function hostPortLoginTarget(callee: string, args: readonly SyntaxNode[], index: number): Target | undefined {
  if (!mayBeHostLoginPassword(args.length, index)) return undefined;
  const views = args.map((arg): ArgumentView => {
    const inner = unwrapGo(arg);
    const name = dottedGoName(inner);
    const integer = inner.type === 'int_literal';
    if (isGoString(inner)) return { literal: goStringValue(inner) ?? '' };
    return { integer, ...(name !== undefined ? { name } : {}) };
  });
  return hostLoginPasswordTarget(callee, views, index);
}

/** `base64.StdEncoding.EncodeToString([]byte("user:…"))`: a Basic authorization's `user:password`. */
function basicAuthTarget(callee: string, args: readonly SyntaxNode[], index: number): Target | undefined {
  if (args.length !== 1 || index !== 0 || lastSegment(callee) !== 'EncodeToString') return undefined;
  let inner = unwrapGo(args[0]!);
  if (inner.type === 'type_conversion_expression') inner = inner.childForFieldName('operand') ?? inner;
  if (!isGoString(inner) || !isUserPasswordPair(goStringValue(inner) ?? '')) return undefined;
  return { kind: 'api', label: callee, name: 'password', credential: { noun: 'Basic auth password', strength: 'strong' }, envName: 'BASIC_AUTH_CREDENTIALS' };
}
