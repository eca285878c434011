// The host's place in a URL template (Python's f-strings, `.format()` and `%`; Kotlin's templates, `String.format`):
// the template's literal text with each field as GAP, and the service of the URL whose host a field fills.
import { urlAddress, type Found } from './address';
import { isLocalHost, serviceOfScheme, urlHost, type Service } from './services';

/** What a field reads as: no character a host, a scheme or `://` can hold. */
export const GAP = '\u0000';
/** Format strings longer than this are prose, not a URL. */
export const MAX_TEMPLATE = 500;
/** The text before a host: a scheme, `://` and user info with no `/` in it. */
const BEFORE_HOST = /^((?:jdbc:)?[A-Za-z][A-Za-z0-9+.-]{1,30}):\/\/(?:[^/?#@\s]*@)?$/;
/** What may follow a host: a port, a path, a query, another host, or the end. */
const AFTER_HOST = /^(?:$|[:/?#,;])/;

/** The service of a URL template whose `index`-th field (GAP) sits in the host's place. */
export function hostSlotService(text: string, index: number): Service | undefined {
  let at = -1;
  for (let i = 0; i <= index; i++) {
    at = text.indexOf(GAP, at + 1);
    if (at < 0) return undefined;
  }
  const before = BEFORE_HOST.exec(text.slice(0, at));
  const after = text.slice(at + 1);
  // `postgresql://{user}:{pw}@…`: a field followed by `@` in the authority is the user's, not the host's.
  if (!before || !AFTER_HOST.test(after) || after.split(/[/?#]/)[0]!.includes('@')) return undefined;
  return serviceOfScheme(before[1]!);
}

/** A printf template (`"mongodb://%s:27017/x"`) with each conversion as GAP and `%%` as `%`; undefined for no URL or a `%(name)s` mapping. */
export function percentTemplate(template: string | undefined): string | undefined {
  if (template === undefined || template.length > MAX_TEMPLATE || !template.includes('://') || template.includes('%(')) return undefined;
  return template.replace(/%%|%[-#0 +]*[0-9]*(?:\.[0-9]+)?[sdrif]/g, (match) => (match === '%%' ? '%' : GAP));
}

/** A field in the port's place: after the host's `:`, before the path, the query or the end. */
const PORT_FIELD = /:\u0000(?=$|[/?#,;])/g; // `\u0000` is GAP

/**
 * The service URL a template's literal pieces spell when they name the host (`postgresql://{user}@10.0.3.9:5432/shop`,
 * fields as GAP), read with its fields as nothing. This machine with the rest from the environment
 * (`postgresql://{PGUSER}@localhost/shop`) is a developer's connection string, as JS/TS leaves such a template alone.
 */
export function templateUrlAddress(template: string): Found | undefined {
  if (!template.includes('://')) return undefined;
  // A port from a field (`redis://cache.internal:{port}/0`) leaves the host written: read the URL without it.
  const text = template.replace(PORT_FIELD, '');
  const address = urlHost(text);
  if (!address || address.host.includes(GAP) || address.scheme.includes(GAP) || isLocalHost(address.host)) return undefined;
  return urlAddress(text.split(GAP).join(''));
}

/**
 * A URL put together with `+` or `.` (`'redis://' + PRIMARY + ':6379/0'`, PHP's `"amqp://app@" . $mq . ":5672"`): the
 * operands in order, each literal's text or undefined for anything else. The service of the URL whose host the
 * `at`-th operand fills, as a template's field is read (JS/TS, Python and PHP read their own chains into this).
 */
export function concatenatedHostService(pieces: ReadonlyArray<string | undefined>, at: number): Service | undefined {
  if (pieces[at] !== undefined) return undefined;
  let text = '';
  let index = -1;
  pieces.forEach((piece, position) => {
    if (position === at) index = text.split(GAP).length - 1;
    text += piece ?? GAP;
  });
  return text.length <= MAX_TEMPLATE && text.includes('://') ? hostSlotService(text, index) : undefined;
}

/** The service URL an all-literal chain spells (`"redis://" . 'stats.internal' . ":6379/3"`), its other operands as nothing. */
export function concatenatedUrlAddress(pieces: ReadonlyArray<string | undefined>): Found | undefined {
  const text = pieces.map((piece) => piece ?? GAP).join('');
  return text.length <= MAX_TEMPLATE ? templateUrlAddress(text) : undefined;
}
