// The literal right after the public half of a credential pair is its secret half, whatever the
// SDK: Braintree's `new BraintreeGateway(env, merchantId, publicKey, "…")`, an OAuth flow's
// `(…, clientId, "…")`, `(accessKeyId, "…")`, `(consumerKey, "…")`. The argument before says so by
// its name (notSecretNames.ts PUBLIC_HALVES), which the app chose for what it holds. Weak: only a
// generated-looking value counts, so `(clientId, "profile")` or `(appId, "eu-west-1")` stay silent. A
// literal in the shape of a cloud access key id is such a public half too: `NewClientWithAccessKey(region, "LTAI…", "…")`.
import { splitWords } from '../../secrets';
import { isWordList } from '../../secrets/entropy';
import { PUBLIC_HALVES } from '../../secrets/notSecretNames';
import type { Target } from './target';

/** The secret target of a literal whose argument before is named `previous` (a variable, field or dotted name). */
// `viaKeyword`: a guess from the neighbour's name, not a known secret-taking API, so its confidence stays a name's.
export function secretAfterPublicHalf(previous: string | undefined, label: string): Target | undefined {
  if (previous === undefined) return undefined;
  const words = splitWords(previous);
  const half = PUBLIC_HALVES.find((ending) => ending.every((word, at) => words[words.length - ending.length + at] === word));
  if (!half) return undefined;
  return { kind: 'api', viaKeyword: true, label, name: 'secret', credential: { noun: 'secret', strength: 'weak' }, envName: half[0] === 'public' ? 'PRIVATE_KEY' : 'CLIENT_SECRET' };
}

/**
 * Access key ids of the cloud SDKs that take (id, secret) in that order: Alibaba's `LTAI…`, Tencent's
 * `AKID…`, AWS' `AKIA…`/`ASIA…`. Whatever the id's own verdict (AWS' and Alibaba's are token formats,
 * Tencent's is not), the literal after it is the secret.
 */
const ACCESS_KEY_ID = /^(?:LTAI[A-Za-z0-9]{12,30}|AKID[A-Za-z0-9]{13,40}|(?:AKIA|ASIA)[A-Z2-7]{16})$/;

/**
 * A generated app key written just before: Pusher's `new Pusher('<20 hex>', '<20 hex>', $appId)`, a
 * consumer key before its consumer secret, an OAuth 1 access token (`1458…-Xb3…`) before its
 * secret. Hex with digits and letters (16 to 40), or mixed-case letters with digits (16 to 60, `-`
 * and `_` inside); a UUID is an id and stays out, and so does an identifier of words with a version's
 * digits in it (WMI's class `Win32_PhysicalMemory`: secretAfterKeyId asks isWordList).
 */
const GENERATED_KEY = /^(?:(?=[a-f\d]*\d)(?=[a-f\d]*[a-f])[a-f\d]{16,40}|(?=[\w-]*\d)(?=[\w-]*[a-z])(?=[\w-]*[A-Z])[A-Za-z\d][\w-]{15,59})$/;

/**
 * The prefilter of a generated key then a literal, for a file with no credential word in it:
 * `('<16-40 letters and digits>', '<12 or more>'`. Bounded runs, so linear in the text.
 */
export const GENERATED_PAIR_SHAPE = /(["'])[\w-]{16,60}\1\s{0,20},\s{0,20}(["'])[\w+/=.-]{12,200}\2/;

/** The secret target of a literal whose argument before is the literal `previous`, when that is an access key id or a generated key. */
export function secretAfterKeyId(previous: string | undefined, label: string): Target | undefined {
  if (previous === undefined) return undefined;
  if (ACCESS_KEY_ID.test(previous)) return { kind: 'api', viaKeyword: true, label, name: 'secret', credential: { noun: 'access key secret', strength: 'weak' }, envName: 'ACCESS_KEY_SECRET' };
  if (!GENERATED_KEY.test(previous) || isWordList(previous)) return undefined;
  return { kind: 'api', viaKeyword: true, label, name: 'secret', credential: { noun: 'secret', strength: 'weak' }, envName: 'API_SECRET' };
}
