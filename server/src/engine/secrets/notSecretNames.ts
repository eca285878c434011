// The words of a name that say its value is no secret, whatever else the name says: a public half, a search-only key, a
// bundler's browser prefix, an id or a place. Two readers: credentialName (names.ts), which vetoes a credential's name
// with them, and the name-less key reading of a secrets file (rules/hardcoded-credential/secrets-files.ts), which asks
// of a name that says nothing of a credential whether it says the value is something else.

/** Public by design: `publicKey`, `STRIPE_PUBLISHABLE_KEY`, `pubKey`, `NEXT_PUBLIC_MAPS`. */
export const PUBLIC_WORDS: readonly string[] = ['public', 'publishable', 'pub'];

/**
 * A pair's public half, by the last words of its name: what an SDK takes beside the secret (`(clientId, "…")`,
 * `(accessKeyId, "…")`, `(consumerKey, "…")`, `(accessKey, "…")`: MinIO's user), a public key, an app id, an account SID.
 * Two readers: the literal after an argument so named is its secret half (rules/hardcoded-credential/public-half.ts), and
 * a key so qualified names no secret (PUBLIC_HALF_WORDS, read by names.ts and endsOnPublicHalfKey).
 */
export const PUBLIC_HALVES: readonly (readonly [string, string])[] = [
  ['public', 'key'],
  ['client', 'id'],
  ['key', 'id'],
  ['consumer', 'key'],
  ['access', 'key'],
  ['app', 'id'],
  ['application', 'id'],
  ['account', 'sid'],
];

/** What a pair's public half is named by, beside its secret: an access key (MinIO's user, AWS' key id), OAuth 1's consumer key. */
export const PUBLIC_HALF_WORDS: readonly string[] = PUBLIC_HALVES.filter(([word, last]) => last === 'key' && !PUBLIC_WORDS.includes(word)).map(([word]) => word);

/**
 * Algolia's and Typesense's search-only API key (`search_only_api_key`, `ALGOLIA_SEARCH_ONLY_KEY`)
 * is made to be shipped to browsers: it can only search the indices it names, as a publishable key.
 * (Shopify's storefront tokens stay credentials: apps name the private, server-side one the same way.)
 */
export function isSearchOnly(words: readonly string[]): boolean {
  // Algolia's DocSearch (`docsearch_api_key` in Sphinx, `docsearch.apiKey`) is given its search-only key alone.
  return words.includes('docsearch') || words.some((word, index) => word === 'search' && words[index + 1] === 'only');
}

/**
 * A search-only key read from a raw name's end, as the name-less reading reads it: `ALGOLIA_SEARCH_KEY`, `SEARCH_ONLY_API_KEY`.
 * (It and isSearchOnly disagree on a `SEARCH_ONLY_TOKEN` and a `DOCSEARCH_APP`, which only isSearchOnly reads as search-only.)
 */
export const SEARCH_KEY_NAME = /search[-_]?(?:only[-_]?)?(?:api[-_]?)?key$/i;

/** A public half's key read from a raw name's end (PUBLIC_HALF_WORDS): `MINIO_ACCESS_KEY`, `TWITTER_CONSUMER_KEY`, `accessKey`. */
export function endsOnPublicHalfKey(name: string): boolean {
  const lower = name.toLowerCase();
  if (!lower.endsWith('key')) return false;
  const before = lower.slice(0, -'key'.length).replace(/[-_]$/, '');
  return PUBLIC_HALF_WORDS.some((word) => before.endsWith(word));
}

/** Prefixes a bundler ships to the browser (`GATSBY_ALGOLIA_SEARCH_KEY`, `NEXT_PUBLIC_…`, `VITE_…`): public by design. */
export const BROWSER_PREFIX = /^(?:GATSBY|NEXT_PUBLIC|VITE|REACT_APP|VUE_APP|EXPO_PUBLIC|NUXT_PUBLIC|PUBLIC)_/i;

/**
 * Words that say a value is no secret wherever they stand in a name: an id (`NEWS_CLIENT_ID`, `TWILIO_ACCOUNT_SID`,
 * `FACEBOOK_APP_ID`), a public half (`STRIPE_PUBLISHABLE`, `NEXT_PUBLIC_MAPS`), a digest or a build's mark
 * (`ASSET_DIGEST`, `GIT_SHA`, `RELEASE`), a place (`FEED_URL`, `DB_HOST`), a person or a look (`ADMIN_EMAIL`, `HEADER_COLOUR`).
 * Only the name-less reading asks: its names hold no credential's word, so nothing else says what their value is, while
 * credentialName reads a word here as a credential's qualifier (`hashKey`, `appKey`, `accountKey` are keys).
 */
export const NAMELESS_NOT_SECRET_WORDS: ReadonlySet<string> = new Set([
  ...PUBLIC_WORDS,
  'id', 'ids', 'sid', 'uid', 'uuid', 'guid', 'digest', 'hash', 'sha', 'checksum', 'fingerprint', 'etag',
  'version', 'revision', 'rev', 'commit', 'release', 'build', 'url', 'uri', 'endpoint', 'host', 'hostname', 'domain', 'path', 'dir', 'file',
  'port', 'region', 'bucket', 'user', 'username', 'login', 'email', 'mail', 'name', 'color', 'colour', 'theme', 'channel', 'room', 'topic',
  'queue', 'sender', 'number', 'phone', 'project', 'tenant', 'org', 'account', 'site', 'app', 'application', 'container', 'tracking', 'analytics', 'measurement', 'property',
  'server', 'servers', 'broker', 'brokers', 'addr', 'address', 'recipient', 'recipients', 'ak', 'appid', 'clientid', 'mchid', 'openid', 'unionid', 'partnerid',
  // What a generated id names in a vendor's catalogue or workspace (`STRIPE_PRICE_PRO=price_…`, `MAPBOX_STYLE=ck…`,
  // `NOTION_DATABASE=<32 hex>`, `CONTENTFUL_SPACE=…`, `MAILCHIMP_AUDIENCE=…`): a record's address, not a key.
  'price', 'prices', 'product', 'plan', 'sku', 'style', 'space', 'workspace', 'database', 'table', 'base', 'dataset', 'index', 'collection',
  'audience', 'list', 'form', 'template', 'model', 'board', 'sheet', 'folder', 'page', 'cluster', 'zone', 'namespace', 'cloud', 'slug',
]);
