// Randomness as a signal, never the only test: a generated key looks random, but so does a
// git SHA, and `hunter2` does not while being a real password.

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  const length = [...value].length;
  for (const count of counts.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** How many of lowercase, uppercase, digits and symbols the value uses. */
export function characterClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(value)).length;
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** A git commit or a content hash: 40 or 64 hex characters. */
export function isHexDigest(value: string): boolean {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(value);
}

/** The longest value a name is judged on; a generated hex key may run longer (isLongRandomHex). */
export const MAX_JUDGED_LENGTH = 1000;

/**
 * `crypto.randomBytes(256).toString('hex')` (what the Feathers CLI writes as `authentication.secret`), `openssl rand -hex 1024`:
 * a hex key past the length a name is otherwise judged on (probe30c 4). One case of hex digits and nothing else, up to 16,384,
 * as random as hex gets (a generator's draw is near 4 bits a character; a counted or repeated fill is far below). The name still
 * decides: a digest, a checksum or a public key is no credential's name, so its blob stays silent.
 */
export function isLongRandomHex(value: string): boolean {
  return value.length > MAX_JUDGED_LENGTH && value.length <= 16_384 && /^(?:[0-9a-f]+|[0-9A-F]+)$/.test(value) && shannonEntropy(value) > 3.9;
}

/**
 * A generated key whose alphabet has the space in it (WordPress' salts: `x8 #Q|k@  !w^3Lr=[tB + Hq}z…`): 32
 * characters or more on one line, two thirds of them in space-separated runs (two or more) that mix three
 * classes of characters with a symbol no name, address or encoding is written with (`#Q|k@`, `!w^3Lr=[tB`). Sentences, even
 * ones that quote a token, are words; an SSH public key's line (`ssh-ed25519 AAAAC3Nz… deploy@ci`) is a
 * key type, base64 and an address.
 */
export function isSpacedNoise(value: string): boolean {
  if (value.length < 32 || value.length > 1000 || !value.includes(' ') || /[\t\r\n]/.test(value)) return false;
  const runs = value.split(/ +/).filter(Boolean);
  const noisy = runs.filter((run) => characterClasses(run) >= 3 && NOISE_SYMBOL.test(run));
  const noisyLength = noisy.reduce((sum, run) => sum + run.length, 0);
  return noisy.length >= 2 && noisyLength * 3 > runs.join('').length * 2;
}

/** ASCII punctuation, counted by kind. */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * A salt generator's draw (WordPress' 64 characters of letters, digits and punctuation, a space now and then): 32
 * characters or more, at most three single spaces, eight kinds of punctuation or more, no URL. No sentence, list or
 * template a person writes has that many kinds; probe28c: one space beside a single noisy run, `{#GT}` read as a macro.
 */
export function isPunctuatedSalt(value: string): boolean {
  if (value.length < 32 || value.length > 200 || /[\r\n\t]/.test(value) || (value.match(/ /g)?.length ?? 0) > 3 || value.includes('://')) return false;
  return new Set(value.match(PUNCTUATION) ?? []).size >= 8;
}

const SOPS_ENVELOPE = /^ENC\[[A-Z0-9_]{1,40},data:/;

/** A salt generator's draw (isPunctuatedSalt) that is random once its spaces are left out, both cases among its letters. */
export function isGeneratedSalt(value: string): boolean {
  // SOPS' envelope (`ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]`) is ciphertext the file is meant to hold.
  return !SOPS_ENVELOPE.test(value) && isPunctuatedSalt(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && looksRandom(value.replace(/ /g, ''));
}

/** Symbols of a salt generator's alphabet that names, URLs, base64 and addresses do without. */
const NOISE_SYMBOL = /[!#$%^&*()[\]{}<>~`|;,?'"\\]/;

/**
 * Whether a value looks machine-generated: long enough, varied characters, mixed classes.
 * UUIDs and hex digests are excluded: they look random and are usually identifiers.
 */
export function looksRandom(value: string): boolean {
  // WordPress' salt generator draws spaces too: a salt of three runs is noise, not words.
  if (isSpacedNoise(value) || (value.includes(' ') && isPunctuatedSalt(value))) return looksRandom(value.replace(/ /g, ''));
  if (value.length < 16 || /\s/.test(value) || isUuid(value) || isHexDigest(value) || isWordList(value) || looksLikePattern(value)) return false;
  // Punctuation does not count: `no-referrer-when-downgrade` is words, not noise.
  const alphanumericClasses = characterClasses(value.replace(/[^A-Za-z0-9]/g, ''));
  return shannonEntropy(value) >= 3 && alphanumericClasses >= 2;
}

/**
 * A camel- or Pascal-case compound: `DescribeScalingParametersResponse`, `clientExtensions`, an acronym first
 * (`JSONPredefinedCharRef`). Each hump is a capital and lowercase letters; `OAuth` is one hump, and a word of
 * three letters or more may end in a version's digit (`OAuth2`, `Sheets4`: n8n's credential types,
 * `googleSheetsOAuth2Api`); a digit after a shorter hump (`S3`, `Q2m`) is left to randomness. An acronym,
 * plural or not, may end it (ZooKeeper's `quorumListenOnAllIPs`, `parentIDs`).
 */
const CAMEL_COMPOUND =
  /^(?:[a-z]{2,15}(?:(?:O(?=Auth))?[A-Z][a-z]{1,15}(?:(?<=[a-z]{3})\d)?)+|[A-Z]{0,5}(?:(?:O(?=Auth))?[A-Z][a-z]{1,15}(?:(?<=[a-z]{3})\d)?){2,})(?:[A-Z]{2,4}s?)?$/;

/** A compound as one part of a list: humps of three letters or more, as words are (`yieldMetricsValue`, `StrictHostKeyChecking`). */
const CAMEL_PART = /^(?:[a-z]{2,15}|[A-Z]{0,5}[A-Z][a-z]{2,15})(?:[A-Z][a-z]{2,15})+$/;

/** A word written one way: lowercase, capitals or Capitalized, a version's digit or two at its end. */
const PLAIN_WORD = /^(?:[a-z]{2,12}|[a-z]{1,12}[0-9]{1,2}|[A-Z]{2,12}|[A-Z][a-z]{1,11})[0-9]{0,2}$/;

/**
 * `google_oauth2_csrf_token`, `EVP_PKEY_new_raw_private_key`, `Setup-Requires-Dist`, camel case
 * (`DescribeScalingParametersResponse`, each hump a capital and lowercase letters), and lists of
 * those (`stats-yieldMetricsValue`, `StrictHostKeyChecking=no`), with numbers of a digit or two
 * between them (`s3_us_east_1_regional_endpoint`, `markup.heading.1`, `useClipboardData-0`): an
 * identifier, a key's name or an option, not noise. A generator writes long runs that mix classes within them.
 */
export function isWordList(value: string): boolean {
  // `_sa_default`, `__currentStepValid`: a private or internal name's underscores around it.
  const core = value.replace(/^_+|_+$/g, '');
  if (CAMEL_COMPOUND.test(core)) return true;
  const parts = core.split(/[_.\-/=|,]/);
  if (parts.length < 2) return false;
  let words = 0;
  for (const part of parts) {
    if (/^[0-9]{1,2}$/.test(part)) continue;
    if (PLAIN_WORD.test(part)) words += 1;
    else if (CAMEL_PART.test(part)) words += 2;
    else return false;
  }
  return words >= 2;
}

/** Escapes and groups of a regular expression: `\w`, `\d`, `(?:`, `[^`, a quantified group or class. */
const PATTERN_TOKENS = ['\\s', '\\S', '\\w', '\\W', '\\d', '\\D', '\\b', '\\B', '(?', '[^', ')*', ')+', ')?', ']*', ']+', ']?', '*?', '+?'];

/**
 * `[^\W\d]\w*`, `(\\|[^"\\])*?"`: two or more of a regular expression's tokens make a pattern (a
 * lexer's, a validator's), which no generator of keys writes. A pattern in a string escapes something
 * (`\w`, `\.`, `\\`); the generators of salts and keys draw from alphabets without a backslash, and a random
 * 64-character WordPress salt holds `)*` and `*?` often enough (`)*?`: probe28c) to be silenced otherwise.
 */
export function looksLikePattern(value: string): boolean {
  if (!value.includes('\\')) return false;
  let found = 0;
  for (const token of PATTERN_TOKENS) if (value.includes(token) && ++found >= 2) return true;
  return false;
}

/**
 * `qwhfurnvbzkeoplxmtysadjgiwcq…`: twenty letters or more in one case that no language spells, the Emaily course's
 * `cookieKey` typed as a keyboard mash (probe29c 6). One class of characters, so looksRandom passes it over; words run
 * together (`emailysurveyresponses`, `donaudampfschifffahrt`, `contrasenadelabase`) are told from it by their letter
 * pairs: in words 0.83 of the pairs or more are English's commonest (COMMON_PAIRS), in a mash 0.5 or less, in 24 drawn
 * letters 0.39 (0.65 at the 99th percentile).
 */
export function isLetterMash(value: string): boolean {
  if (value.length < 20 || value.length > 200 || !/^(?:[a-z]+|[A-Z]+)$/.test(value)) return false;
  const lower = value.toLowerCase();
  return uncommonPairs(lower) / (lower.length - 1) > 1 - MASH_SHARE;
}

/** Below this share of common pairs a run of letters is no words. */
const MASH_SHARE = 0.7;

/** The commonest letter pairs of English words, the ones a word run together is made of. */
const COMMON_PAIRS = new Set(
  ('th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de hi ri ro ic ne ea ra ce li ch ll be ma si om ur ' +
    'ca el ta la ns di fo ho pe ec pr no ct us ac ot il tr ly nc et ut ss so rs un lo wa ge ie wh ee wi em ad ol rt po we na ul ni ts mo ow pa im mi ai sh ' +
    'ir su id os iv ia am fi ci vi pl ig tu ev ld ry mp fe bl ab gh ty op wo sa ay ex ke fr oo av ag if ap gr od bo sp rd do uc bu ei ov by rm ep tt oc fa ' +
    'ef cu rn sc gi da yo cr cl du ga qu ue ff ba ey ls va um pp ua up lu go ht ru ug ds lt pi rc rr eg au ck ew mu br bi pt ak pu ui rg ib tl ny ki rk ys ' +
    'ob mm fu ph og ms ye ud mb ip ub oi rl gu dr hr cc tw ft wn nu af hu nn eo vo rv nf xp gn sm fl iz ok nl my gl aw ju oa sy sl ps jo rp yp wr sk ks kn lf lk nk cy').split(' '),
);

export function uncommonPairs(value: string): number {
  let count = 0;
  for (let i = 0; i + 1 < value.length; i++) if (!COMMON_PAIRS.has(value.slice(i, i + 2))) count++;
  return count;
}
