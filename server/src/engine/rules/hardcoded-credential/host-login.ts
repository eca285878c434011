// (host, port, user, password) given to a call that connects or sends, in any language and whatever
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

/** The password target of argument `index` of `callee(args…)` when the call has that shape. */
export function hostLoginPasswordTarget(callee: string, args: readonly ArgumentView[], index: number): Target | undefined {
  if (args.length !== 4 || index !== 3 || !CONNECTING_CALL.test(callee.slice(callee.lastIndexOf('.') + 1))) return undefined;
  if (!isHost(args[0]!) || !isPort(args[1]!) || !isUser(args[2]!)) return undefined;
  // A guess from position: one lowercase word last is a format or a mode (`NewClient(host, 443, "v2", "json")`), not a password.
  if (/^[a-z]+$/.test(args[3]!.literal ?? '')) return undefined;
  return { kind: 'api', label: callee, name: 'password', credential: { noun: 'password', strength: 'strong' }, envName: 'SMTP_PASSWORD' };
}
