// The shared vocabulary of secrets: used by hardcoded-credential in every language and
// config format. STUB signatures; the implementation is being filled in.

/** A known token format found inside a string. Offsets are relative to the searched string. */
export interface TokenMatch {
  /** Human name of the format, e.g. "AWS access key ID"; safe to show. */
  format: string;
  start: number;
  end: number;
}

/** Known token formats (AWS, GitHub, Stripe, PEM private keys, JWTs, ...) found in `text`. */
export function findTokens(text: string): TokenMatch[] {
  void text;
  return [];
}

/** Whether an identifier/key names a credential: password, db_pass, apiKey, CLIENT_SECRET, authToken, ... */
export function isCredentialName(name: string): boolean {
  return /pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|credential/i.test(name);
}

/** Whether a value is a placeholder, not a secret: '', changeme, <your-key>, xxx, ${VAR}, YOUR_TOKEN_HERE, ... */
export function isPlaceholder(value: string): boolean {
  return value.trim() === '';
}

/**
 * Whether a literal assigned to a credential-named target is plausibly a real secret:
 * not a placeholder, not a UI sentence, not a UUID or git SHA, not an env var name, ...
 */
export function isSecretLikeValue(value: string): boolean {
  return !isPlaceholder(value);
}

/** The password inside a connection URL (postgres://user:PASS@host/db), if it has a real one. */
export function findUrlPassword(value: string): { start: number; end: number } | undefined {
  void value;
  return undefined;
}

/** UPPER_SNAKE_CASE env var name from name parts: ['config','db','password'] -> DB_PASSWORD. */
export function envNameFrom(parts: readonly string[]): string {
  return parts.join('_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
}
