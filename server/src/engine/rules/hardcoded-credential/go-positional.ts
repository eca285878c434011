// Go calls whose arguments say by their order, not by a vendor list, that one of them is a secret:
// - a key right after an HMAC algorithm name: `jwtauth.New("HS256", []byte("…"), nil)`,
//   `NewSigner("HS512", key)`: an HMAC algorithm takes nothing but its shared secret next;
// - the second of two arguments to a call named for a user and password pair:
//   `nats.UserInfo("svc", "…")`, `BasicAuth(user, "…")`, `Credentials("id", "…")`, `Login(u, "…")`.
import { dottedGoName, goStringValue, isGoString, lastSegment, unwrapGo } from '../../languages/go';
import { splitWords } from '../../secrets';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { Target } from './target';

const HMAC_ALGORITHM = /^HS(?:256|384|512)$/;

/** Callee names whose two arguments are a user and a password (or an id and a secret). */
const USER_PASSWORD_CALL = /^(?:New|With|Set)?(?:UserInfo|UserPassword|BasicAuth|PlainAuth|(?:Static)?Credentials?|Login|Authenticate)$/;

/** `qualified` is the callee resolved through the imports; it differs from `callee` only for a package function. */
export function positionalSecretTarget(callee: string, qualified: string, args: readonly SyntaxNode[], index: number): Target | undefined {
  const previous = index > 0 ? unwrapGo(args[index - 1]!) : undefined;
  if (previous && isGoString(previous) && HMAC_ALGORITHM.test(goStringValue(previous) ?? '')) {
    return { kind: 'api', label: `${callee} (${goStringValue(previous)} key)`, credential: { noun: 'HMAC signing key', strength: 'strong' }, envName: 'JWT_SECRET' };
  }
  if (args.length === 2 && index === 1 && USER_PASSWORD_CALL.test(lastSegment(callee)) && isUserArgument(args[0]!)) {
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
