// (host, port, user, password), with a transport security mode after the port or without, or with the
// database between a written host and the user (`connect('127.0.0.1', 'events', 'app', '…')`), with the
// database named last (`new Connection(host, '3306', user, '…', 'chat')`), or (url, user, password) with
// the URL also written `host:port` (`NewSMTP("smtp.office365.com:587", user, "…")`), given to a call that connects or sends, in any language and whatever
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
 * then within the call a first argument and a port number, or a URL first (a literal with a scheme, or a name ending in url),
 * or a written host and a database name. Bounded runs, so linear in the text.
 * The words are CONNECTING_CALL's: change the two together.
 */
export const HOST_LOGIN_SHAPE =
  /(?:mail|smtp|dial|connect|login|auth|client|session|transport|ftp|ssh|imap|pop3|ldap|broker|queue)\w{0,40}\s*\((?:[^(),]{1,200},\s*(?:\d{1,5}|(["'])\d{1,5}\1)\s*,|\s*["'`][a-z][\w+.-]{0,20}:\/\/|\s*["'`][\w-]{1,63}(?:\.[\w-]{1,63}){1,10}:\d{1,5}["'`]\s*,|\s*[\w.$]{0,60}(?:url|uri|endpoint)\s*,|\s*["'`](?:localhost|[\w-]{1,63}(?:\.[\w-]{1,63}){1,10})["'`]\s*,\s*["'`][A-Za-z_][\w-]{0,63}["'`]\s*,)/i;

const HOST_LITERAL = /^(?:localhost|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)$/;

const isHost = (arg: ArgumentView): boolean => (arg.literal !== undefined ? HOST_LITERAL.test(arg.literal) : /(?:host|addr|address|server)$/i.test(arg.name ?? ''));
/** A port number, as an integer or a string of digits (`'3306'`), or an expression named for one. */
const isPort = (arg: ArgumentView): boolean => arg.integer === true || /^\d{2,5}$/.test(arg.literal ?? '') || /port$/i.test(arg.name ?? '');
const isUser = (arg: ArgumentView): boolean => arg.literal !== undefined || /(?:user|username|login|email|account|id)$/i.test(arg.name ?? '');

/** Transport security named between the port and the user: Fat-Free's `new SMTP($host, 465, 'ssl', $user, '…')`. */
const SECURITY_MODE = /^(?:ssl|tls|starttls|ssl\/tls|smtps|implicit|explicit)$/i;

/** An address given whole, scheme first (`https://…`, `ldaps://…`) or as `host:port` (`smtp.office365.com:587`), or an expression named for one. */
const URL_LITERAL = /^[a-z][a-z0-9+.-]*:\/\/[^\s/?#]+/i;
const HOST_PORT_LITERAL = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+:\d{2,5}$/;
const isUrl = (arg: ArgumentView): boolean =>
  arg.literal !== undefined ? URL_LITERAL.test(arg.literal) || HOST_PORT_LITERAL.test(arg.literal) : /(?:url|uri|endpoint)$/i.test(arg.name ?? '');

/** A database named after the password: one word, or an expression named for one (`$dbName`). */
const isDatabase = (arg: ArgumentView): boolean =>
  arg.literal !== undefined ? /^[A-Za-z_][\w-]{0,63}$/.test(arg.literal) : /(?:db|database|dbname|schema)$/i.test(arg.name ?? '');

/** Whether argument `index` of a call with `count` arguments may be the password of the shape: the last, or the fourth of five (a database last). */
export function mayBeHostLoginPassword(count: number, index: number): boolean {
  return count >= 3 && count <= 5 && (index === count - 1 || (count === 5 && index === 3));
}

/**
 * The indexes of the user and password of a login: after a host and a port (`(host, 587, user, pw)`), with a
 * security mode after the port (`(host, 465, 'ssl', user, pw)`) or a database after the password
 * (`(host, '3306', user, pw, 'chat')`), or after a URL that holds both (`new WorkdayClient("https://…", user, pw)`);
 * undefined when the arguments before them are no address.
 */
function loginIndexes(args: readonly ArgumentView[]): readonly [number, number] | undefined {
  const [first, second, third, , fifth] = args;
  if (args.length === 3) return isUrl(first!) ? [1, 2] : undefined;
  // Leaf's `db()->connect('127.0.0.1', 'events', 'app', '…')`: a written host, then the database, user and password.
  if (args.length === 4 && first!.literal !== undefined && isHost(first!) && second!.literal !== undefined && isDatabase(second!)) return [2, 3];
  if (!isHost(first!) || !isPort(second!)) return undefined;
  if (args.length === 4) return [2, 3];
  if (args.length !== 5) return undefined;
  if (SECURITY_MODE.test(third!.literal ?? '')) return [3, 4];
  return isDatabase(fifth!) ? [2, 3] : undefined;
}

/** The password target of argument `index` of `callee(args…)` when the call has that shape. */
export function hostLoginPasswordTarget(callee: string, args: readonly ArgumentView[], index: number): Target | undefined {
  if (!mayBeHostLoginPassword(args.length, index) || !CONNECTING_CALL.test(callee.slice(callee.lastIndexOf('.') + 1))) return undefined;
  const login = loginIndexes(args);
  if (!login || login[1] !== index || !isUser(args[login[0]]!)) return undefined;
  const password = args[index]!.literal ?? '';
  // A guess from position: one lowercase word last is a format or a mode (`NewClient(host, 443, "v2", "json")`), not a password;
  // nor is a media type or a sentence (`connect(url, "GET", "application/json")`).
  if (/^[a-z]+$/.test(password) || /^[\w.+-]+\/[\w.+-]+$/.test(password) || /\s/.test(password)) return undefined;
  // A database named (last, or after a written host) says a database login; a host and port alone most often a mail server's.
  const databaseNamed = index < args.length - 1 || (args.length === 4 && !isPort(args[1]!));
  const envName = args.length === 3 ? `${envWords(callee)}_PASSWORD` : databaseNamed ? 'DB_PASSWORD' : 'SMTP_PASSWORD';
  return { kind: 'api', label: callee, name: 'password', credential: { noun: 'password', strength: 'strong' }, envName };
}

/** `WorkdayClient` -> WORKDAY_CLIENT, `NewClient` -> CLIENT: the env var a URL login's password goes to. */
function envWords(callee: string): string {
  const name = callee.slice(callee.lastIndexOf('.') + 1).replace(/^(?:New|new)(?=[A-Z])/, '');
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase() || 'LOGIN';
}
