// The keyword prefilter of hardcoded-credential, one list for every language: a file that holds
// none of these words is never parsed for this rule. Inclusive on purpose (a missing word costs
// a finding, an extra one only a parse); languages add the APIs and formats they alone use.
import { TOKEN_FORMATS } from '../../secrets';

const CREDENTIAL_WORDS = ['pass', 'pwd', 'pw', 'secret', 'token', 'key', 'auth', 'cred', 'private', '-----begin', '://', 'jwt', 'hmac', 'mnemonic', 'phrase', 'seed', 'wallet'];

/** Format keywords too short to prefilter anything (`sk` is in "task"); such files almost always say "key" anyway. */
const FORMAT_WORDS = TOKEN_FORMATS.flatMap((format) => format.keywords).filter((keyword) => keyword.length >= 3 && keyword !== '-us');

/** The shared words plus a language's own (lowercase). */
export function credentialKeywords(...languageWords: string[]): readonly string[] {
  return [...new Set([...CREDENTIAL_WORDS, ...FORMAT_WORDS, ...languageWords])];
}

export const CREDENTIAL_KEYWORDS = credentialKeywords();
