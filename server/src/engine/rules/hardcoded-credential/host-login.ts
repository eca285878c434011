// (host, port, user, password), with a transport security mode after the port or without, or (url, user,
// password), given to a call that connects or sends, in any language and whatever
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
 * then within the call a first argument and a port number, or a URL first (a literal with a scheme, or a name ending in url). Bounded runs, so linear in the text.
 * The words are CONNECTING_CALL's: change the two together.
 */
export const HOST_LOGIN_SHAPE =
  /(?:mail|smtp|dial|connect|login|auth|client|session|transport|ftp|ssh|imap|pop3|ldap|broker|queue)\w{0,40}\s*\((?:[^(),\n]{1,200},\s*\d{1,5}\s*,|\s*["'][a-z][\w+.-]{0,20}:\/\/|\s*[\w.$]{0,60}(?:url|uri|endpoint)\s*,)/i;

const HOST_LITERAL = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

const isHost = (arg: ArgumentView): boolean => (arg.literal !== undefined ? HOST_LITERAL.test(arg.literal) : /(?:host|addr|address|server)$/i.test(arg.name ?? ''));
const isPort = (arg: ArgumentView): boolean => arg.integer === true || /port$/i.test(arg.name ?? '');
const isUser = (arg: ArgumentView): boolean => arg.literal !== undefined || /(?:user|username|login|email|account|id)$/i.test(arg.name ?? '');

/** Transport security named between the port and the user: Fat-Free's `new SMTP($host, 465, 'ssl', $user, '…')`. */
const SECURITY_MODE = /^(?:ssl|tls|starttls|ssl\/tls|smtps|implicit|explicit)$/i;

/** An address given whole, scheme first (`https://…`, `ldaps://…`), or an expression named for one. */
const URL_LITERAL = /^[a-z][a-z0-9+.-]*:\/\/[^\s/?#]+/i;
const isUrl = (arg: ArgumentView): boolean => (arg.literal !== undefined ? URL_LITERAL.test(arg.literal) : /(?:url|uri|endpoint)$/i.test(arg.name ?? ''));

/** Whether argument `index` of a call with `count` arguments may be the password of the shape: always the last. */
export function mayBeHostLoginPassword(count: number, index: number): boolean {
  return count >= 3 && count <= 5 && index === count - 1;
}

/**
 * The user and password of a login: after a host and a port (`(host, 587, user, pw)`), with a security
 * mode after the port (`(host, 465, 'ssl', user, pw)`), or after a URL that holds both
 * (`new WorkdayClient("https://…", user, pw)`); undefined when the arguments before them are no address.
 */
function loginArguments(args: readonly ArgumentView[]): readonly [ArgumentView, ArgumentView] | undefined {
  const [first, second, third, fourth, fifth] = args;
  if (args.length === 3) return isUrl(first!) ? [second!, third!] : undefined;
  if (!isHost(first!) || !isPort(second!)) return undefined;
  if (args.length === 4) return [third!, fourth!];
  return args.length === 5 && SECURITY_MODE.test(third!.literal ?? '') ? [fourth!, fifth!] : undefined;
}

/** The password target of argument `index` of `callee(args…)` when the call has that shape. */
export function hostLoginPasswordTarget(callee: string, args: readonly ArgumentView[], index: number): Target | undefined {
  if (!mayBeHostLoginPassword(args.length, index) || !CONNECTING_CALL.test(callee.slice(callee.lastIndexOf('.') + 1))) return undefined;
  const login = loginArguments(args);
  if (!login || !isUser(login[0])) return undefined;
  const password = login[1].literal ?? '';
  // A guess from position: one lowercase word last is a format or a mode (`NewClient(host, 443, "v2", "json")`), not a password;
  // nor is a media type or a sentence (`connect(url, "GET", "application/json")`).
  if (/^[a-z]+$/.test(password) || /^[\w.+-]+\/[\w.+-]+$/.test(password) || /\s/.test(password)) return undefined;
  const envName = args.length === 3 ? `${envWords(callee)}_PASSWORD` : 'SMTP_PASSWORD';
  return { kind: 'api', label: callee, name: 'password', credential: { noun: 'password', strength: 'strong' }, envName };
}

/** `WorkdayClient` -> WORKDAY_CLIENT, `NewClient` -> CLIENT: the env var a URL login's password goes to. */
function envWords(callee: string): string {
  const name = callee.slice(callee.lastIndexOf('.') + 1).replace(/^(?:New|new)(?=[A-Z])/, '');
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase() || 'LOGIN';
}
