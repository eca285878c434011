// A value under a credential's name that is text for a person, not the credential: a prompt ("Enter your password"),
// a label (`Password:`, `Confirm password`), a translation (`Mot de passe`, `パスワード`), a state a field is compared
// with (`reset`). values.ts' isSecretLikeValue asks isTextForPeople before it reads the value as a secret.
import { decodeCharacterReferences } from '../characterReferences';
import { isPunctuatedSalt, isSpacedNoise } from './entropy';

/** Words that only open UI text: "Enter your password", "Show password", "Invalid token". */
const UI_OPENERS = new Set([
  'enter', 'please', 'type', 'confirm', 'your', 'must', 'invalid', 'incorrect', 'wrong', 'forgot', 'reset', 'change',
  'show', 'hide', 'new', 'current', 'repeat', 'choose', 'create', 'missing', 'expired', 'no', 'the', 'a', 'an',
]);

/**
 * Whether `value` is text for a person, read as a page shows it: ZoneMinder's `'NewPassword' => 'Parola nou&#259;'` is a
 * label with its letters as HTML character references (a named one, `&eacute;`, reads as a letter). Where a secret-taking
 * API takes it (`sink`) only a prompt is; a capitalised word is a label unless the name is a service's login, and under a
 * password's name (`password`) only when it is a label's word (isLabelWord).
 */
export function isTextForPeople(value: string, options: { sink?: boolean; serviceLogin?: boolean; password?: boolean }): boolean {
  const shown = decodeCharacterReferences(value, accentedLetter);
  if (options.sink) return opensUiText(shown);
  const label = isCapitalizedWord(shown) && options.serviceLogin !== true && (options.password !== true || isLabelWord(shown));
  return looksLikeUiText(shown) || label || isCapitalizedPhrase(shown) || isNonLatinProse(shown) || isFieldLabel(shown);
}

/**
 * `Password`, `Passwort`, `Contraseña`, `Required`: the words a label or a form's note holds where a password goes. A
 * capitalised name (`Rosalind`, probe29c 7) is among the commonest passwords people choose, in every language alike;
 * a word with a letter outside ASCII is a translation's (`Lösenord`, `Jelszó`).
 */
function isLabelWord(word: string): boolean {
  return /[^\x00-\x7F]/.test(word) || LABEL_WORDS.has(word.toLowerCase()) || UI_OPENERS.has(word.toLowerCase());
}

/** A password's name in the languages forms are written in (accents off), and the notes a form shows beside it. */
const LABEL_WORDS = new Set([
  'password', 'passwords', 'passwort', 'kennwort', 'contrasena', 'contrasenya', 'contrasinal', 'senha', 'wachtwoord', 'parola',
  'parole', 'parool', 'heslo', 'haslo', 'jelszo', 'sifre', 'salasana', 'losenord', 'passord', 'adgangskode', 'lozinka', 'geslo',
  'sandi', 'katalaluan', 'pasahitza', 'clave', 'passphrase', 'passcode', 'pin', 'secret', 'token', 'key', 'credentials', 'login',
  'required', 'optional', 'mandatory', 'hidden', 'masked', 'secured', 'protected', 'encrypted', 'hashed', 'empty', 'blank',
  'none', 'unknown', 'unset', 'text', 'string', 'field', 'input', 'submit', 'save', 'cancel', 'update', 'verify', 'retype',
  'again', 'strength', 'weak', 'strong', 'medium', 'good', 'fair', 'poor', 'excellent', 'mismatch', 'match', 'valid',
]);

/** "Enter your password", "Password must be at least 8 characters", "Mot de passe". */
export function looksLikeUiText(value: string): boolean {
  // Four groups of four letters is a Google app password (`abcd efgh ijkl mnop`), not a sentence.
  if (!/\s/.test(value) || /^[a-z]{4}(?: [a-z]{4}){3}$/.test(value) || isSpacedNoise(value) || isPunctuatedSalt(value)) return false;
  const words = value.split(/\s+/).filter(Boolean);
  if (words.length >= 3 || /[.!?:…]$/.test(value)) return true;
  return UI_OPENERS.has((words[0] ?? '').toLowerCase());
}

/** In a secret sink only a prompt is UI text: "Enter your secret", "Invalid token". Articles open passphrases too. */
function opensUiText(value: string): boolean {
  const first = (value.split(/\s+/)[0] ?? '').toLowerCase();
  return /\s/.test(value) && UI_OPENERS.has(first) && !['a', 'an', 'the'].includes(first);
}

/** `reset`, `invalid`, `pending`, `not_set`: a state or mode a credential field is compared with. */
export function isStateWord(value: string): boolean {
  return /^[a-z]+(?:[_-][a-z]+)?$/.test(value) && value.length <= 16;
}

/**
 * `请提供密码`, `パスワード`, `รหัสผ่าน`, `пароль`: letters of a non-Latin script and no ASCII letter or
 * digit is a translation (scripts without spaces never look like sentences), not a password.
 */
function isNonLatinProse(value: string): boolean {
  // Translations keep acronyms in Latin letters (`API-токен`, `API 密钥`, `PIN コード`) and the
  // placeholders the app fills in (`รหัสผ่านถูกกำหนดเป็น $PASSWORD`, `{name}`, `%s`, `:attribute`).
  const prose = value.replace(INTERPOLATION, ' ').replace(/(?<![A-Za-z])[A-Z]{2,5}(?![A-Za-z])/g, '');
  // Persian and Arabic join and part letters with ZWNJ/ZWJ (`گذرواژه‌ی جدید`): format characters, not letters.
  if (!/[A-Za-z0-9]/.test(prose) && (prose.match(/[^\x00-\x7F]/gu)?.length ?? 0) >= 2 && /^[\p{L}\p{M}\p{P}\p{Zs}\u200c\u200d]+$/u.test(prose)) return true;
  return quotesCodeInProse(prose);
}

/**
 * Tomcat's `LocalStrings_ja.properties`: `getPassword() メソッドを呼び出してはいけません。`, `Cookie属性名[{0}]は…`:
 * a sentence that quotes the code it is about. Letters of another script, four or more and at least half as
 * many as the Latin ones (one ideograph is a word), are a translation's; no generator writes them.
 */
function quotesCodeInProse(prose: string): boolean {
  // Most values are ASCII: no letter of another script, nothing to count.
  if (!/[^\x00-\x7F]/.test(prose)) return false;
  let latin = 0;
  let other = 0;
  for (const letter of prose.match(/\p{L}/gu) ?? []) {
    if (/[A-Za-z]/.test(letter)) latin++;
    else other++;
  }
  return other >= 4 && other * 2 >= latin;
}

/** A translation's placeholders: `$PASSWORD`, `${name}`, `{count}`, `{{ user }}`, `%{user}`, `%s`, `:attribute`. */
const INTERPOLATION = /\$\{[^}]{0,40}\}|\$[A-Za-z_]\w{0,40}|\{\{[^{}]{0,40}\}\}|\{[^{}]{0,40}\}|%\{[^}]{0,40}\}|%[sd]|:[a-z_]{1,40}/g;

/** A letter with an accent by its HTML name (`&eacute;`, `&Auml;`): a letter outside ASCII, which is what the prose tests ask. */
function accentedLetter(name: string): string | undefined {
  return /^[a-z]{1,2}(?:acute|grave|circ|uml|tilde|cedil|ring|slash|lig)$/i.test(name) ? 'é' : undefined;
}

/** `Password:`, `TEXT:` (a device's type tag for the field): one word and the colon a label or a prompt ends in. */
function isFieldLabel(value: string): boolean {
  return /^\p{L}{2,}:$/u.test(value);
}

/** `Password`, `Contraseña`, `Passwort`: a label, not a secret. */
function isCapitalizedWord(value: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}]{2,}$/u.test(value);
}

/**
 * `Kennwort bestätigen`, `Confirm password`, `Nova Senha`, `Clé API`: a capitalised label of letters only
 * (acronyms allowed), in any script. Led by an acronym (Redmine's `API açar`, `API klíč`) or joined by
 * hyphens (`API-Schlüssel`) only with a letter outside ASCII: `API prod`, `Dev-Secret` may be typed secrets.
 */
function isCapitalizedPhrase(value: string): boolean {
  // Title Case too: NodeBB's `"new_password": "Nova Senha"`, `"Novo Contrasinal"`.
  if (/^\p{Lu}[\p{Ll}\p{M}]+(?: (?:\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}{2,5}))+$/u.test(value)) return true;
  return /[^\x00-\x7F]/.test(value) && /^\p{Lu}{2,5}(?:[ -]\p{Lu}?[\p{Ll}\p{M}]{2,})+$|^\p{Lu}[\p{Ll}\p{M}]+(?:-(?:\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}{2,5}))+$/u.test(value);
}
