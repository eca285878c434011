// Known token formats, gitleaks style: each has lowercase keywords (a literal that must be in
// the text before its regex runs) and a linear-time regex: bounded quantifiers, a left boundary
// in a lookbehind (so a run of token characters is tried from its start only), a right boundary.
import { isSeedPhrase, SEED_PHRASE_QUICK, WORD_RUN } from './mnemonic';
import { findPemPrivateKeys } from './pem';
import { findSasSignatures } from './sas';

export interface TokenFormat {
  id: string;
  /** Human name, safe to show: "GitHub personal access token". */
  name: string;
  /** Lowercase literals; the format is tried only when the text contains one. */
  keywords: readonly string[];
  /** Global regex; when it has a capture group 1, that group is the secret. */
  pattern?: RegExp;
  /**
   * A test every match of `pattern` that `validate` accepts passes, far cheaper on a whole file: led
   * by a character or a literal the regex engine skips to (`-`, `-us`), with what comes before it in
   * a lookbehind, where the pattern starts with a class tried at every letter; or a match that leaves
   * out what validation would reject (a seed phrase's run with a word BIP-39 lacks). Prefilters only.
   */
  quick?: RegExp;
  /** For formats a regex cannot bound in linear time (PEM blocks). */
  find?: (text: string) => { start: number; end: number }[];
  /** Conventional environment variable for it. */
  envName: string;
  /** Extra check on the matched secret (e.g. a JWT header must decode to JSON). */
  validate?: (secret: string) => boolean;
}

const W = 'A-Za-z0-9_';
const START = `(?<![${W}])`;
const END = `(?![${W}])`;
const START_DASH = `(?<![${W}-])`;
const END_DASH = `(?![${W}-])`;

function re(source: string, flags = ''): RegExp {
  return new RegExp(source, `g${flags}`);
}

function token(id: string, name: string, keywords: string[], source: string, envName: string): TokenFormat {
  return { id, name, keywords, pattern: re(source), envName };
}

const GITHUB = (prefix: string, id: string, name: string): TokenFormat =>
  token(id, name, [`${prefix}_`], `${START}${prefix}_[A-Za-z0-9]{36}${END}`, 'GITHUB_TOKEN');

export const TOKEN_FORMATS: readonly TokenFormat[] = [
  token(
    'aws-access-key-id',
    'AWS access key ID',
    ['akia', 'asia', 'abia', 'acca', 'a3t'],
    `${START}(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}${END}`,
    'AWS_ACCESS_KEY_ID',
  ),
  // Alibaba Cloud's AccessKey ID: `LTAI` and 12 to 20 letters and digits (older keys 16 in all, newer 24).
  // Like AWS's key id it names the key pair, and it is what leaks beside the AccessKey secret.
  token('alibaba-access-key-id', 'Alibaba Cloud AccessKey ID', ['ltai'], `${START}LTAI[A-Za-z0-9]{12,20}${END}`, 'ALIBABA_CLOUD_ACCESS_KEY_ID'),
  {
    id: 'aws-secret-access-key',
    name: 'AWS secret access key',
    keywords: ['aws'],
    // Only next to a name saying what it is: 40 base64 characters alone are anything.
    pattern: re(
      String.raw`(?<![a-z0-9])aws[\w.-]{0,20}?secret[\w.-]{0,20}?key['"\x60\s]{0,3}[:=]{1,2}>?['"\x60\s]{0,3}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
      'id',
    ),
    envName: 'AWS_SECRET_ACCESS_KEY',
  },
  GITHUB('ghp', 'github-pat', 'GitHub personal access token'),
  GITHUB('gho', 'github-oauth', 'GitHub OAuth token'),
  GITHUB('ghu', 'github-user-to-server', 'GitHub App user token'),
  GITHUB('ghs', 'github-server-to-server', 'GitHub App installation token'),
  GITHUB('ghr', 'github-refresh', 'GitHub refresh token'),
  token('github-fine-grained', 'GitHub fine-grained token', ['github_pat_'], `${START}github_pat_[A-Za-z0-9_]{82}${END}`, 'GITHUB_TOKEN'),
  token('gitlab', 'GitLab token', ['glpat-', 'gldt-', 'glrt-'], `${START_DASH}gl(?:pat|dt|rt)-[A-Za-z0-9_-]{20,64}${END_DASH}`, 'GITLAB_TOKEN'),
  token('slack-token', 'Slack token', ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-'], `${START_DASH}xox[abprs]-[0-9]{1,13}-[A-Za-z0-9-]{10,250}${END_DASH}`, 'SLACK_TOKEN'),
  // Socket Mode app-level tokens: `xapp-<version>-<app id>-<digits>-<64 hex>`, given positionally (`SocketModeHandler(app, "xapp-…")`).
  token('slack-app-token', 'Slack app-level token', ['xapp-'], `${START_DASH}xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,13}-[a-f0-9]{64}${END_DASH}`, 'SLACK_APP_TOKEN'),
  token(
    'slack-webhook',
    'Slack webhook URL',
    ['hooks.slack.com'],
    String.raw`(?<![\w.-])(?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/+-]{40,120}(?![A-Za-z0-9_/+-])`,
    'SLACK_WEBHOOK_URL',
  ),
  // Ethereum RPC endpoints carry the account's API key in their path: the whole URL is the secret.
  token(
    'alchemy-url',
    'Alchemy RPC URL with an API key',
    ['alchemy.com'],
    String.raw`(?<![\w.-])(?:https|wss)://[a-z0-9-]{1,40}\.g\.alchemy\.com/v2/[A-Za-z0-9_-]{32}(?![\w-])`,
    'ALCHEMY_RPC_URL',
  ),
  token(
    'infura-url',
    'Infura RPC URL with an API key',
    ['infura.io'],
    String.raw`(?<![\w.-])(?:https|wss)://[a-z0-9-]{1,40}\.infura\.io/(?:ws/)?v3/[0-9a-f]{32}(?![\w-])`,
    'INFURA_RPC_URL',
  ),
  token('stripe-secret', 'Stripe secret key', ['sk_live_', 'sk_test_'], `${START}sk_(?:live|test)_[A-Za-z0-9]{24,247}${END}`, 'STRIPE_SECRET_KEY'),
  token('stripe-restricted', 'Stripe restricted key', ['rk_live_', 'rk_test_'], `${START}rk_(?:live|test)_[A-Za-z0-9]{24,247}${END}`, 'STRIPE_RESTRICTED_KEY'),
  // Supabase's API keys since 2025: `sb_secret_…` is the server's (its `sb_publishable_…` twin ships in browsers, values.ts).
  token('supabase-secret', 'Supabase secret API key', ['sb_secret_'], `${START}sb_secret_[A-Za-z0-9_-]{20,80}${END}`, 'SUPABASE_SECRET_KEY'),
  token('stripe-webhook-secret', 'Stripe webhook signing secret', ['whsec_'], `${START}whsec_[A-Za-z0-9]{32,64}${END}`, 'STRIPE_WEBHOOK_SECRET'),
  token('sendgrid', 'SendGrid API key', ['sg.'], String.raw`${START_DASH}SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}${END_DASH}`, 'SENDGRID_API_KEY'),
  token('google-api-key', 'Google API key', ['aiza'], `${START_DASH}AIza[A-Za-z0-9_-]{35}${END_DASH}`, 'GOOGLE_API_KEY'),
  // Google OAuth client secrets since 2021: a fixed prefix, so found in any positional argument (`google.New(id, "GOCSPX-…", cb)`).
  token('google-oauth-client-secret', 'Google OAuth client secret', ['gocspx-'], `${START_DASH}GOCSPX-[A-Za-z0-9_-]{24,32}${END_DASH}`, 'GOOGLE_CLIENT_SECRET'),
  token('npm', 'npm access token', ['npm_'], `${START}npm_[A-Za-z0-9]{36}${END}`, 'NPM_TOKEN'),
  token('openai-project', 'OpenAI API key', ['sk-proj-', 'sk-svcacct-', 'sk-admin-'], `${START_DASH}sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250}${END_DASH}`, 'OPENAI_API_KEY'),
  token('openai-legacy', 'OpenAI API key', ['t3blbkfj'], `${START_DASH}sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}${END}`, 'OPENAI_API_KEY'),
  token('anthropic', 'Anthropic API key', ['sk-ant-'], `${START_DASH}sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA${END_DASH}`, 'ANTHROPIC_API_KEY'),
  {
    id: 'jwt',
    name: 'JSON Web Token',
    keywords: ['eyj'],
    pattern: re(String.raw`${START_DASH}eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,2000}${END_DASH}`),
    envName: 'AUTH_TOKEN',
    validate: isSecretJwt,
  },
  { id: 'private-key', name: 'private key', keywords: ['private key'], find: findPemPrivateKeys, envName: 'PRIVATE_KEY' },
  // The same block base64-encoded, as kubeconfig's `client-key-data`, a Secret's `tls.key` or a Helm value
  // carry it: `LS0tLS1CRUdJTi` is `-----BEGIN`; the decoded text must hold a private key block (a
  // certificate's `client-certificate-data` is public).
  {
    ...token('private-key-base64', 'base64-encoded private key', ['ls0tls1crudjtib'], `(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{80,40000}={0,2}(?![A-Za-z0-9+/=])`, 'PRIVATE_KEY'),
    validate: (encoded: string) => findPemPrivateKeys(Buffer.from(encoded, 'base64').toString('latin1')).length > 0,
  },
  // An RSA private key's DER bytes in base64 with no PEM armour, as payment SDKs take it (`alipay.private-key=MIIEvQ…`,
  // WeChat Pay's, a JWT signer's): PKCS#8 or PKCS#1, 1024 to 4096 bits. The bytes must open as one: a SEQUENCE, then
  // version 0, then an algorithm or a modulus. A certificate or a public key (`MIIBIjAN…`) has no version 0 there.
  {
    ...token('private-key-der', 'base64-encoded private key', ['miic', 'miie', 'miig', 'miij'], `(?<![A-Za-z0-9+/])MII[CEGJ][A-Za-z0-9+/]{600,6000}={0,2}(?![A-Za-z0-9+/=])`, 'PRIVATE_KEY'),
    validate: isDerPrivateKey,
  },
  // Any text with a space may hold one: the quick regex (twelve words at least, none a common word the list lacks)
  // is the prefilter, the word list the proof.
  { id: 'bip39-mnemonic', name: 'wallet mnemonic (BIP-39 seed phrase)', keywords: [' '], pattern: WORD_RUN, quick: SEED_PHRASE_QUICK, validate: isSeedPhrase, envName: 'WALLET_MNEMONIC' },
  token('mailgun', 'Mailgun API key', ['key-'], `${START_DASH}key-[0-9a-f]{32}${END_DASH}`, 'MAILGUN_API_KEY'),
  // Mailgun's private API keys since 2023 (and its webhook signing keys): 32, 8 and 8 hex digits, no prefix word,
  // so found by the regex alone (`Mailgun::Client.new('…', 'api.eu.mailgun.net')`). No UUID or hash has that shape.
  {
    ...token('mailgun-private', 'Mailgun API key', ['-'], `${START_DASH}[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}${END_DASH}`, 'MAILGUN_API_KEY'),
    quick: /-[0-9a-f]{8}-[0-9a-f]{8}(?![A-Za-z0-9_-])/,
  },
  token('shopify', 'Shopify access token', ['shpat_', 'shpca_', 'shppa_', 'shpss_'], `${START}shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}${END}`, 'SHOPIFY_ACCESS_TOKEN'),
  token('heroku', 'Heroku API key', ['hrku-'], `${START_DASH}HRKU-AA[A-Za-z0-9_-]{58}${END_DASH}`, 'HEROKU_API_KEY'),
  token('digitalocean', 'DigitalOcean token', ['dop_v1_', 'doo_v1_', 'dor_v1_'], `${START}do[por]_v1_[a-f0-9]{64}${END}`, 'DIGITALOCEAN_TOKEN'),
  {
    // Its first part is the bot's user id (a 17-20 digit snowflake) in base64, which is what tells it
    // apart: the word `discord` is rarely inside the literal (`client.run('…')`), so none is asked.
    ...token(
      'discord-bot',
      'Discord bot token',
      ['.'],
      String.raw`(?<![\w.-])[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}(?![\w.-])`,
      'DISCORD_TOKEN',
    ),
    validate: startsWithSnowflake,
  },
  token(
    'discord-webhook',
    'Discord webhook URL',
    ['discord'],
    String.raw`(?<![\w.-])(?:https?://)?(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,80}${END_DASH}`,
    'DISCORD_WEBHOOK_URL',
  ),
  // Ably's API key, `<app id>.<key id>:<secret>` (`new Ably.Rest('…')`, `AblyRest('…')`): six and six characters, then a
  // 43-character secret; the secret must mix cases and digits (a host and port never reaches that length).
  {
    ...token('ably', 'Ably API key', [':'], '', 'ABLY_API_KEY'),
    // Group 1 (flag d): the secret only; the app and key ids before it are not.
    pattern: re(`${START_DASH}[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{6}:([A-Za-z0-9_-]{43})${END_DASH}`, 'd'),
    quick: /\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
    validate: (secret: string) => /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /[0-9]/.test(secret),
  },
  token('square', 'Square access token', ['eaaa', 'sq0atp-', 'sq0csp-'], `${START_DASH}(?:EAAA[A-Za-z0-9_-]{60}|sq0(?:atp|csp)-[A-Za-z0-9_-]{22,43})${END_DASH}`, 'SQUARE_ACCESS_TOKEN'),
  token('vault', 'HashiCorp Vault token', ['hvs.', 'hvb.'], String.raw`${START_DASH}hv[sb]\.[A-Za-z0-9_-]{90,300}${END_DASH}`, 'VAULT_TOKEN'),
  token('doppler', 'Doppler token', ['dp.'], String.raw`${START}dp\.(?:st|ct|sa|scim|audit|pt)\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44}${END}`, 'DOPPLER_TOKEN'),
  {
    id: 'azure-storage-key',
    name: 'Azure storage account key',
    keywords: ['accountkey='],
    pattern: re(String.raw`AccountKey=([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])`, 'id'),
    envName: 'AZURE_STORAGE_CONNECTION_STRING',
  },
  // An Azure Storage shared access signature (sas.ts): its `sig=`, after the `sv=` every issuer writes first.
  { id: 'azure-sas', name: 'Azure shared access signature', keywords: ['sig='], find: findSasSignatures, envName: 'AZURE_STORAGE_SAS_TOKEN' },
  {
    // A conda channel behind a token: anaconda.org's and private channels' `https://<host>/t/<token>/<channel>` (.condarc,
    // environment.yml, `conda install -c …`). Group 1 the token; letters and digits both, as issued tokens have.
    id: 'conda-channel-token',
    name: 'conda channel token',
    keywords: ['/t/'],
    pattern: re(String.raw`(?<![\w.-])https?://[A-Za-z0-9.-]{1,253}(?::\d{1,5})?/t/([A-Za-z0-9_-]{20,80})/`, 'd'),
    envName: 'CONDA_TOKEN',
    // Not a forum topic's slug: Discourse's `https://forum.example.org/t/rclone-1-39-vs-1-40-mount-issue/5112` (words and numbers).
    validate: (secret) => /[0-9]/.test(secret) && /[A-Za-z]/.test(secret) && !isTopicSlug(secret),
  },
  // Convex deploy keys: `prod:<deployment>|<key>`, `preview:<team>:<project>|<key>` (`npx convex deploy` reads
  // CONVEX_DEPLOY_KEY). A deployment's name alone (`CONVEX_DEPLOYMENT=dev:happy-otter-123`) has no `|<key>`.
  // Announced by the `|` and the key after it: `prod:` and `dev:` are in too many files to pass them all to parsers.
  {
    ...token(
      'convex-deploy-key',
      'Convex deploy key',
      ['|'],
      String.raw`(?<![\w-])(?:prod|preview|dev|project):[a-z0-9][a-z0-9-]{2,60}(?::[a-z0-9][a-z0-9-]{0,60}){0,2}\|[A-Za-z0-9+/=_-]{40,400}(?![A-Za-z0-9+/=_-])`,
      'CONVEX_DEPLOY_KEY',
    ),
    quick: /\|(?<=[a-z0-9]\|)[A-Za-z0-9+/=_-]{40}/,
  },
  // Appwrite API keys (`new Client().setKey(…)`, APPWRITE_API_KEY): `standard_` and 256 hex digits.
  token('appwrite', 'Appwrite API key', ['standard_'], `${START}standard_[0-9a-f]{256}${END}`, 'APPWRITE_API_KEY'),
  token('databricks', 'Databricks token', ['dapi'], `${START}dapi[a-f0-9]{32}(?:-[0-9])?${END}`, 'DATABRICKS_TOKEN'),
  token('rubygems', 'RubyGems API key', ['rubygems_'], `${START}rubygems_[0-9a-f]{48}${END}`, 'GEM_HOST_API_KEY'),
  token('pypi', 'PyPI upload token', ['pypi-ageicHlwaS5vcmc'.toLowerCase()], `${START_DASH}pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}${END_DASH}`, 'PYPI_TOKEN'),
  token('huggingface', 'Hugging Face token', ['hf_'], `${START}hf_[A-Za-z]{34}${END}`, 'HF_TOKEN'),
  {
    // Apollo GraphOS graph API keys: `service:<graph id>:<22 base64url characters>`. The random part has
    // digits and both cases, which no `service:<name>:<EventName>` label has.
    ...token('apollo-graph-key', 'Apollo graph API key', ['service:'], `(?<![\\w:-])service:[A-Za-z0-9][\\w-]{0,63}:[A-Za-z0-9_-]{22}${END_DASH}`, 'APOLLO_KEY'),
    validate: (key: string) => /\d/.test(key.slice(-22)) && /[a-z]/.test(key.slice(-22)) && /[A-Z]/.test(key.slice(-22)),
  },
  token('postman', 'Postman API key', ['pmak-'], `${START_DASH}PMAK-[a-f0-9]{24}-[a-f0-9]{34}${END_DASH}`, 'POSTMAN_API_KEY'),
  token('linear', 'Linear API key', ['lin_api_'], `${START}lin_api_[A-Za-z0-9]{40}${END}`, 'LINEAR_API_KEY'),
  token('newrelic', 'New Relic user key', ['nrak-'], `${START_DASH}NRAK-[A-Z0-9]{27}${END_DASH}`, 'NEW_RELIC_API_KEY'),
  // The agents' ingest license key: 40 characters ending in `NRAL` (EU accounts' start `eu01xx`).
  {
    ...token('newrelic-license', 'New Relic license key', ['nral'], `${START}(?:eu01xx[a-f0-9]{30}|[a-f0-9]{36})NRAL${END}`, 'NEW_RELIC_LICENSE_KEY'),
    quick: /NRAL(?<=[a-z0-9]{36}NRAL)/,
  },
  // Grafana Cloud access policy tokens: `glc_` and base64 of a JSON naming the org, the token and the region.
  token('grafana-cloud', 'Grafana Cloud access policy token', ['glc_ey'], `${START}glc_eyJ[A-Za-z0-9+/]{40,400}={0,2}(?![A-Za-z0-9+/=])`, 'GRAFANA_CLOUD_TOKEN'),
  token('grafana', 'Grafana service account token', ['glsa_'], `${START}glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}${END}`, 'GRAFANA_TOKEN'),
  token('sentry-user', 'Sentry user token', ['sntryu_'], `${START}sntryu_[a-f0-9]{64}${END}`, 'SENTRY_AUTH_TOKEN'),
  token('age', 'age secret key', ['age-secret-key-1'], `${START_DASH}AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}${END_DASH}`, 'AGE_SECRET_KEY'),
  token('telegram', 'Telegram bot token', [':aa'], `(?<![0-9])[0-9]{8,10}:AA[A-Za-z0-9_-]{33}${END_DASH}`, 'TELEGRAM_BOT_TOKEN'),
  {
    // `-us` is in many a bundle (`--user`): the quick test starts at it and looks back for the hex.
    ...token('mailchimp', 'Mailchimp API key', ['-us'], `${START_DASH}[0-9a-f]{32}-us[0-9]{1,2}${END_DASH}`, 'MAILCHIMP_API_KEY'),
    quick: /-us[0-9](?<=[0-9a-f]{32}-us[0-9])/,
  },
];

/**
 * A JWT's header must decode to a JSON object naming its algorithm. Supabase `anon` keys are JWTs
 * meant to ship in frontends (row-level security guards the data), so they are not secrets.
 */
function isSecretJwt(jwt: string): boolean {
  const [header, payload, signature] = jwt.split('.');
  const decoded = decodeJson(header);
  if (typeof decoded?.alg !== 'string' || !isSignatureOf(decoded.alg, signature ?? '')) return false;
  return decodeJson(payload)?.role !== 'anon';
}

/**
 * A JWT whose claims give the `anon` role (Supabase's anon key, and any PostgREST anonymous key): public
 * wherever it is written, also under a key's name (`SUPABASE_ANON_KEY = 'eyJ…'`); `service_role` stays secret.
 */
export function isAnonJwt(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 3 && parts[0]!.startsWith('eyJ') && parts[1]!.startsWith('eyJ') && decodeJson(parts[1])?.role === 'anon';
}

/** RSA signatures are as long as the key: 1024, 2048, 3072 or 4096 bits, base64url-encoded. */
const RSA_SIGNATURE_LENGTHS = [171, 342, 512, 683];

/** The base64url length of each algorithm's signature: HMAC's digest, ECDSA's r and s, Ed25519's 64 bytes. */
const SIGNATURE_LENGTHS: Readonly<Record<string, readonly number[]>> = {
  HS256: [43], HS384: [64], HS512: [86], ES256: [86], ES384: [128], ES512: [176], EdDSA: [86], ES256K: [86],
  RS256: RSA_SIGNATURE_LENGTHS, RS384: RSA_SIGNATURE_LENGTHS, RS512: RSA_SIGNATURE_LENGTHS,
  PS256: RSA_SIGNATURE_LENGTHS, PS384: RSA_SIGNATURE_LENGTHS, PS512: RSA_SIGNATURE_LENGTHS,
};

/**
 * A signature of its algorithm's length: a test's `eyJ….eyJ….invalid_signature` or a truncated
 * one was never signed, so it proves nothing. An algorithm not listed here is taken as is.
 */
function isSignatureOf(algorithm: string, signature: string): boolean {
  const lengths = SIGNATURE_LENGTHS[algorithm];
  return lengths === undefined || lengths.includes(signature.length);
}

function decodeJson(segment: string | undefined): Record<string, unknown> | undefined {
  const text = Buffer.from(segment ?? '', 'base64url').toString('utf8').trim();
  // Checked before parsing: throwing on every JWT-shaped fragment of a long text is slow.
  if (!text.startsWith('{') || !text.endsWith('}')) return undefined;
  try {
    const decoded: unknown = JSON.parse(text);
    return typeof decoded === 'object' && decoded !== null ? (decoded as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A Discord token's first part decodes to the bot's id: 17 to 20 digits. */
function startsWithSnowflake(secret: string): boolean {
  const id = secret.slice(0, secret.indexOf('.'));
  return /^\d{17,20}$/.test(Buffer.from(id, 'base64url').toString('latin1'));
}

/** A URL slug of three or more parts, most of them words: a topic's title, not an issued token. */
function isTopicSlug(value: string): boolean {
  const parts = value.split('-');
  if (parts.length < 3 || !parts.every((part) => /^[a-z0-9]+$/.test(part))) return false;
  // Words with a version or a name among them (`md5`, `b2`, `http2`, `v0`): most parts are still words.
  const words = parts.filter((part) => /^[a-z]{2,}$/.test(part)).length;
  return words >= 3 && words * 2 >= parts.length;
}

/** `30 82 LL LL 02 01 00` then `30` (PKCS#8's algorithm) or `02` (PKCS#1's modulus), the length matching the bytes. */
function isDerPrivateKey(encoded: string): boolean {
  const bytes = Buffer.from(encoded.slice(0, 16), 'base64');
  if (bytes[0] !== 0x30 || bytes[1] !== 0x82 || bytes[4] !== 0x02 || bytes[5] !== 0x01 || bytes[6] !== 0x00) return false;
  if (bytes[7] !== 0x30 && bytes[7] !== 0x02) return false;
  const length = ((bytes[2]! << 8) | bytes[3]!) + 4;
  let padding = 0;
  while (padding < 2 && encoded.charAt(encoded.length - 1 - padding) === '=') padding++;
  const decoded = Math.floor(((encoded.length - padding) * 3) / 4);
  return Math.abs(decoded - length) <= 2;
}
