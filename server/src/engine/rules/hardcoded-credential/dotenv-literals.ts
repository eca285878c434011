// Values of a committed `.env` that read like something else but are the secret itself, because dotenv reads every
// value as it is written: it expands no bare name and opens no file (probe27c 5 and 6).
import { MappedText } from '../../languages/mapped-text';
import { isPlaceholder, splitWords } from '../../secrets';
import type { RuleContext } from '../../rule';
import type { Report } from '../../types';
import { withNote } from '../../sentences';
import { namesOwnSigningSecret } from './credential-value';

/** `SHOWTIX_GATE`: what reads as another variable's name elsewhere (values.ts REFERENCE_SHAPES). */
const ENV_NAME_SHAPE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** `showtix-secret.key`: a file's name of words, with no folder (`keys/jwt.pem` is a path the app opens). */
const KEY_FILE_NAME = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*\.(?:key|pem)$/i;

/** Words of a name that holds a file's name or a key pair's half, never the string it signs with: `JWT_KEY_FILE`, `JWT_PRIVATE_KEY`. */
const FILE_OR_PAIR_WORDS = new Set(['file', 'path', 'dir', 'location', 'private', 'public', 'pub', 'cert', 'certificate', 'pem']);

const CAPS_NOTE = ' dotenv expands no bare name, so the upper-case word is the secret itself.';
const FILE_NOTE = ' Under a secret\'s own name (not a *_FILE or *_PATH setting) the app signs with this string, not with a file of that name.';

/**
 * A signing secret's value in a committed `.env` that another reading would dismiss, with the text to judge it as and the
 * note that says why: an upper-case word (`SECRET_TOKEN_KEY = MY_SECRET_WORD`) is judged as the same word in lower case
 * (`CHANGE_ME`, `YOUR_SECRET_HERE` stay placeholders); a key file's name of words under a secret's name
 * (`JWT_SECRET=shop-secret.key`) as a chosen phrase. Only the secrets the app signs with itself (namesOwnSigningSecret):
 * `DB_PASSWORD=POSTGRES_PASSWORD` is more likely a reference the author meant to expand than a password.
 */
export function literalOfSigningSecret(key: string, value: MappedText): { value: MappedText; note: string } | undefined {
  const text = value.text.trim();
  if (!namesOwnSigningSecret(key)) return undefined;
  if (ENV_NAME_SHAPE.test(text)) {
    const lower = text.toLowerCase();
    return isPlaceholder(lower) ? undefined : { value: new MappedText(lower, value.whole), note: CAPS_NOTE };
  }
  if (KEY_FILE_NAME.test(text) && splitWords(key).includes('secret') && !splitWords(key).some((word) => FILE_OR_PAIR_WORDS.has(word))) {
    return { value: new MappedText(text.replace(/[.]/g, '-'), value.whole), note: FILE_NOTE };
  }
  return undefined;
}

/** Reports through `context` with the value as written (never the form it was judged as) and the note. */
export function asWrittenLiteral(context: RuleContext, written: string, note: string): RuleContext {
  return { ...context, report: (found: Report) => context.report({ ...found, secret: written, message: withNote(found.message, note) }) };
}
