// (host, port, user, password), with a transport security mode after the port or without, given to a call that connects or sends, in any language and whatever
// the library: gomail's `NewDialer("smtp.example.com", 587, "user", "…")`, JavaMail's
// `transport.connect(host, 587, user, "…")`, an app's own `new Mailer("smtp.example.com", 587, "user", "…")`
// declared in another file. The order says what the last argument is, not a vendor list.
import type { Target } from './target';

/** One argument as the language reads it: a string literal's text, an integer literal, or an expression's dotted name. */
export interface ArgumentView {
  literal?: string;
  integer?: boolean;
  name?: string;
}

/** What a call that logs in to a host is named for; `NewServer("api.example.com", 443, "v1", "production")` is not one. */
const CONNECTING_CALL = /mail|smtp|dial|connect|login|auth|client|session|transport|ftp|ssh|imap|pop3|ldap|broker|queue/i;

/**
 * The prefilter of the shape, for a file with no credential word in it: a connecting call's name,
 * then within the call a first argument and a port number. Bounded runs, so linear in the text.
 * The words are CONNECTING_CALL's: change the two together.
 */
export const HOST_LOGIN_SHAPE = /(?:mail|smtp|dial|connect|login|auth|client|session|transport|ftp|ssh|imap|pop3|ldap|broker|queue)\w{0,40}\s*\([^(),\n]{1,200},\s*\d{1,5}\s*,/i;

const HOST_LITERAL = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

const isHost = (arg: ArgumentView): boolean => (arg.literal !== undefined ? HOST_LITERAL.test(arg.literal) : /(?:host|addr|address|server)$/i.test(arg.name ?? ''));
const isPort = (arg: ArgumentView): boolean => arg.integer === true || /port$/i.test(arg.name ?? '');
const isUser = (arg: ArgumentView): boolean => arg.literal !== undefined || /(?:user|username|login|email|account|id)$/i.test(arg.name ?? '');

/** Transport security named between the port and the user: Fat-Free's `new SMTP($host, 465, 'ssl', $user, '…')`. */
const SECURITY_MODE = /^(?:ssl|tls|starttls|ssl\/tls|smtps|implicit|explicit)$/i;

/** Whether argument `index` of a call with `count` arguments may be the password of the shape: the last of 4, or of 5 with a mode. */
export function mayBeHostLoginPassword(count: number, index: number): boolean {
  return (count === 4 || count === 5) && index === count - 1;
}

/** Host, port, user and password, without the security mode a five-argument call names after the port. */
function loginArguments(args: readonly ArgumentView[]): readonly ArgumentView[] | undefined {
  if (args.length === 4) return args;
  return args.length === 5 && SECURITY_MODE.test(args[2]!.literal ?? '') ? [args[0]!, args[1]!, args[3]!, args[4]!] : undefined;
}

/** The password target of argument `index` of `callee(args…)` when the call has that shape. */
export function hostLoginPasswordTarget(callee: string, all: readonly ArgumentView[], index: number): Target | undefined {
  const args = loginArguments(all);
  if (!args || index !== all.length - 1 || !CONNECTING_CALL.test(callee.slice(callee.lastIndexOf('.') + 1))) return undefined;
  if (!isHost(args[0]!) || !isPort(args[1]!) || !isUser(args[2]!)) return undefined;
  // A guess from position: one lowercase word last is a format or a mode (`NewClient(host, 443, "v2", "json")`), not a password.
  if (/^[a-z]+$/.test(args[3]!.literal ?? '')) return undefined;
  return { kind: 'api', label: callee, name: 'password', credential: { noun: 'password', strength: 'strong' }, envName: 'SMTP_PASSWORD' };
}
