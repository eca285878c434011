// Files whose whole purpose is the app's secrets: Figaro's `config/application.yml`, Rails' `config/secrets.yml`, a
// committed `.env`. Every key in them is a setting the app reads from ENV, so a generated value there is a credential
// whatever its name says (probe27c 8: `NYTIMES_TOP_STORIES: <32 hex>:<d>:<digits>`, an API key named for its endpoint).
// Only a generated-looking value counts (looksRandom, 32+ hex digits: values.ts' weak-name test), never a word, a
// number, a UUID, a URL, a colour or a digest; and never under a name that says it is an id, a public half or a place.
import type { YamlNode } from '../../languages/yaml';
import { readOnce } from '../../readOnce';
import { credentialName, splitWords } from '../../secrets';
import { BROWSER_PREFIX, endsOnPublicHalfKey, NAMELESS_NOT_SECRET_WORDS, SEARCH_KEY_NAME } from '../../secrets/notSecretNames';
import type { Report } from '../../types';
import { withNote } from '../../sentences';
import type { RuleContext } from '../../rule';

/** The stage blocks of a Figaro or Rails secrets file: `development:`, `test:`, `production:`, `staging:`. */
const STAGE_KEY = /^(?:dev|development|test|testing|staging|stage|production|prod|shared|default)$/i;

/**
 * Rails' `config/secrets.yml`, or a Figaro `config/application.yml`: flat settings at the top or in stage blocks, as
 * `figaro install` writes it (Spring's `config/application.yml` nests `spring: datasource: …`, which is not this).
 */
export function isYamlSecretsFile(context: RuleContext): boolean {
  const path = context.path.replace(/\\/g, '/');
  if (/(?:^|\/)config\/secrets\.ya?ml$/.test(path)) return true;
  return /(?:^|\/)config\/application\.yml$/.test(path) && isFlatStages(context.parsed.yaml);
}

const isFlatStages = readOnce((documents: readonly { contents: YamlNode | undefined }[]): boolean => {
  const root = documents.length === 1 ? documents[0]!.contents : undefined;
  if (root?.kind !== 'map' || root.pairs.length === 0) return false;
  // Spring's flat spelling (`spring.datasource.password: …`) has dotted keys; Figaro's are ENV names.
  const envName = (pair: { key?: { value?: unknown } | null }) => !String(pair.key?.value ?? '').includes('.');
  return root.pairs.every((pair) => envName(pair) && (isScalarOrEmpty(pair.value) || (pair.value?.kind === 'map' && STAGE_KEY.test(String(pair.key?.value ?? '')) && pair.value.pairs.every((inner) => envName(inner) && isScalarOrEmpty(inner.value)))));
});

function isScalarOrEmpty(node: YamlNode | null | undefined): boolean {
  return node === undefined || node === null || node.kind === 'scalar';
}

/**
 * A vendor's object id (`price_1N…`, `prod_…`, `cus_…`, `acct_…`): a lowercase type word and an underscore before the
 * generated part. Keys with such prefixes (`sk_live_`, `rk_`, `whsec_`) are known formats, found by the token check.
 */
const VENDOR_OBJECT_ID = /^[a-z]{2,8}_[A-Za-z0-9]{8,}$/;

/** SOPS' own metadata keys (`sops_mac`, `sops_age__list_0__map_recipient`) describe the encryption. */
const SOPS_METADATA = /^sops_/i;

/**
 * A generated value's characters, whole: base64 or hex letters, with at most two numeric fields after colons (NYT's
 * `<32 hex>:<d>:<digits>`). Not an address (`kafka-1.internal:9092`), a time, a ciphertext envelope (`ENC[…]`) or a sentence.
 */
const GENERATED_CHARACTERS = /^[A-Za-z0-9+/=_-]{16,512}(?::\d{1,12}){0,2}$/;

/**
 * The prefilter's line for the YAML check (which is not told the path): a flat or stage-indented key whose value starts with a
 * generated value's characters, as Figaro and Rails write them. No credential word need be near.
 */
export const NAMELESS_KEY_LINE = /^(?: {2})?[A-Za-z_][\w-]{0,80}:[ \t]{1,8}['"]?[A-Za-z0-9+/=_-]{24}/m;

/** Whether `value` has a generated value's characters (the weak-name test then decides whether it looks random). */
function hasGeneratedCharacters(value: string): boolean {
  return GENERATED_CHARACTERS.test(value.trim());
}

/** A name that names no credential and nothing else a generated value is known to be: its value may be a name-less key. */
export function mayHoldNamelessKey(name: string | undefined, value: string): boolean {
  if (name === undefined || BROWSER_PREFIX.test(name) || SOPS_METADATA.test(name) || SEARCH_KEY_NAME.test(name) || endsOnPublicHalfKey(name)) return false;
  if (!hasGeneratedCharacters(value) || VENDOR_OBJECT_ID.test(value.trim()) || credentialName(name)) return false;
  return !splitWords(name).some((word) => NAMELESS_NOT_SECRET_WORDS.has(word.toLowerCase()));
}

const NAMELESS_NOTE = ' Its name says nothing of a credential, but the value looks generated, in a file that holds the app\'s secrets.';

/**
 * Reports through `context` with the note that says why a name-less value is read as a credential; the note only where
 * the name really says nothing. `REF_TOKEN_SECRET` (probe28 4) ends in a credential's words, which a first word read as
 * a reference (`ref`) or a deny list (`common`) keeps credentialName from taking whole.
 */
export function asNamelessKey(context: RuleContext, name: string): RuleContext {
  const note = endsInCredentialWords(name) ? '' : NAMELESS_NOTE;
  return { ...context, report: (found: Report) => context.report({ ...found, confidence: 'name-and-entropy', message: note === '' ? found.message : withNote(found.message, note) }) };
}

/** Whether the name's last words, a first word or more left off, name a credential: `REF_TOKEN_SECRET`'s `TOKEN_SECRET`. */
function endsInCredentialWords(name: string): boolean {
  const words = splitWords(name);
  return words.some((_, at) => at > 0 && credentialName(words.slice(at).join('_')) !== undefined);
}
