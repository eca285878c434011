// A committed `.env` whose key is a token signer's bare name: `JWT=amberquill5081` (probe30 1: the code reads
// `process.env.JWT` into its `JWT_SECRET`). `JWT` names no credential word, so only a generated value counted there, and a
// chosen one was silent where the same word under `JWT_SECRET` is an error. The .env is read without the code that uses it,
// so the name decides by convention, narrowly: only the signer's own bare names, and only a value shaped like a password
// somebody typed (words then digits). `JWT=true`, `JWT_ALGORITHM=HS256`, `JWT_EXPIRES=1d`, `JWT_ISSUER=shop-api` stay
// settings; so do `SESSION=redis` and `COOKIE=tickets.sid`, bare names that hold a store's or a cookie's name.
import type { RuleContext } from '../../rule';
import { withNote } from '../../sentences';
import type { Report } from '../../types';

/** `JWT`, `JWT_SIGN`, `JWT_SIGNING`, `JWT_SIGNATURE`: a key whose only words are the signer's. */
const BARE_SIGNING_NAME = /^jwt(?:[-_]?sign(?:ing|ature)?)?$/i;

/** Words a person typed, then digits: `amberquill5081`, `copper-finch77`. Not `HS256` or `RS512` (one letter before the digits' run is no word). */
const WORDS_THEN_DIGITS = /^[A-Za-z][a-z]{3,30}(?:[-_][a-z]{2,30}){0,3}[-_]?\d{2,8}$/;

/** An algorithm's name written in lower case, `hmac256`, `sha512`, `ecdsa384`: a setting, not a password. */
const ALGORITHM = /^(?:hmac|sha|rsa|ecdsa|eddsa|aes|blake)[-_]?\d+$/i;

/** Whether a committed .env's `key=value` is a signer's bare name holding a typed password. */
export function isBareSigningKey(key: string, value: string): boolean {
  const text = value.trim();
  return BARE_SIGNING_NAME.test(key) && WORDS_THEN_DIGITS.test(text) && !ALGORITHM.test(text);
}

const NOTE = ' Its name is a token signer\'s bare name (JWT), which holds the key the app signs with, and the value is a typed password, not a setting.';

/** Reports through `context` with the note that says why a name with no credential word is read as a signing key. */
export function asBareSigningKey(context: RuleContext): RuleContext {
  return { ...context, report: (found: Report) => context.report({ ...found, message: withNote(found.message, NOTE) }) };
}
