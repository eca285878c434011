// Hard negatives: code a reviewer would call clearly fine. Fixture values are generated, never real.
import type { ValidExample } from '../../rule';

export const validExamples: ValidExample[] = [
  {
    name: "envalid's devDefault: used only outside production (envalid throws in production when the variable is unset)",
    path: 'server/env.js',
    code: `const { cleanEnv, str } = require('envalid');\nmodule.exports = cleanEnv(process.env, {\n  JWT_SECRET: str({ devDefault: 'devsecretvalue' }),\n  SESSION_SECRET: str({ devDefault: 'Tz8mQ4vL2xRk7WnC' }),\n});\n`,
  },
  {
    name: "constants sent as headers that name no credential, a scheme or a header's name kept in a constant, an env-read token, a stub in a test",
    path: 'src/providers/forecast.ts',
    code: `const ACCEPT = 'application/json';
const SCHEME = 'Bearer';
const KEY_HEADER = 'X-Api-Key';
const CLIENT_NAME = 'weather-dashboard';
const api = ky.create({ headers: { Accept: ACCEPT, 'X-Client': CLIENT_NAME, Authorization: \`\${SCHEME} \${process.env.FORECAST_TOKEN}\` } });
request.get(URL).set(KEY_HEADER, process.env.FORECAST_KEY).set('User-Agent', CLIENT_NAME);
`,
  },
  {
    name: "a stub key sent as a header in a test",
    path: 'test/forecast.test.ts',
    code: `const STUB = 'test-forecast-key';\nnock(URL, { reqheaders: { 'X-Api-Key': STUB } });\nawait fetch(URL, { headers: { Authorization: \`Bearer \${STUB}\` } });\n`,
  },
  {
    name: "parameter defaults that are no key: an env read, a namespace, an expiry; a parameter named key whose function only builds a cache key; a test's dummy",
    path: 'src/lib/tokens.ts',
    code: `import { createHmac } from 'node:crypto';
import jwt from 'jsonwebtoken';
export function verify(token: string, key = process.env.REWARDS_JWT_SECRET ?? '') { return jwt.verify(token, key); }
export function issue(payload: object, key: string, expiresIn = '1h') { return jwt.sign(payload, key, { expiresIn }); }
export function cacheKey(id: string, key = 'rewards:v1') { return key + ':' + id; }
export const mac = (body: string, key: string = process.env.MAC_KEY!) => createHmac('sha256', key).update(body).digest('hex');
`,
  },
  {
    name: "n8n's credential types: a node's authentication default and its comparisons name a type (`googleSheetsOAuth2Api`), not a secret",
    path: 'nodes/Sheets/GoogleSheets.node.js',
    code: `const defaults = { authentication: 'googleSheetsOAuth2Api' };\nfunction credentialType(authentication) {\n  if (authentication === 'microsoftOAuth2Api') return 'microsoftOAuth2Api';\n  return defaults.authentication;\n}\n`,
  },
  {
    name: "command-line options whose defaults read the environment, or name no credential",
    path: 'bin/release.js',
    code: `program.option('-t, --token <token>', 'GitHub token', process.env.GITHUB_TOKEN).option('--registry <url>', 'npm registry', 'https://registry.npmjs.org/')\nyargs(argv).option('api-key', { default: process.env.CROWDIN_API_KEY }).option('project', { default: 'acme-web' })\n`,
  },
  {
    name: "a Google API key shipped to the browser: Nuxt's runtimeConfig.public and Nuxt 2's publicRuntimeConfig; destructured names that hold no secret",
    path: 'nuxt.config.ts',
    code: `export default defineNuxtConfig({
  runtimeConfig: {
    public: { mapsKey: 'AIzaSyB7uMp5ZEArSKba8aoSwPdT2pWZL5K3oeh', siteUrl: 'https://volunteers.example.org' },
  },
  publicRuntimeConfig: { googleKey: 'AIzaSyC2pWZL5K3oehrOLUzpyRgVCzB6IoHOtPV' },
});
const [host, port] = ['reports.example.org', '443'];
`,
  },
  {
    name: "a Hardhat config whose keys come from the environment, the node's own accounts, an OpenAPI apiKey scheme, a wallet's public address",
    path: 'hardhat.config.ts',
    code: `const config = {
  networks: {
    hardhat: { accounts: { count: 20 } },
    local: { url: 'http://127.0.0.1:8545', accounts: 'remote' },
    mainnet: { url: process.env.MAINNET_RPC_URL ?? '', accounts: process.env.DEPLOYER_KEY ? [process.env.DEPLOYER_KEY] : [] },
  },
  etherscan: { apiKey: { mainnet: process.env.ETHERSCAN_API_KEY || '' } },
};
const spec = { components: { securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'X-API-KEY' } } } };
const ROYALTY_RECEIVER = '0x44d2b1897dd5c29b202fee4d1a9f57456120004e';
export default config;
`,
  },
  {
    name: 'sign-ins with the password from a form or the environment',
    path: 'src/login.js',
    code: `await signInWithEmailAndPassword(auth, form.email.value, form.password.value);
Meteor.loginWithPassword(username, process.env.KIOSK_PASSWORD);
`,
  },
  {
    name: 'bindings of settings that are no secrets, and a secret bound from the environment',
    path: 'src/application.ts',
    code: `this.bind(TokenServiceBindings.TOKEN_EXPIRES_IN).to('3600');
this.bind(TokenServiceBindings.TOKEN_SECRET).to(process.env.JWT_SECRET!);
container.bind<string>(TYPES.LogLevel).toConstantValue('info');
`,
  },
  {
    name: "a bearer token from the environment given to superagent's .auth, a test's stock password, a JWT payload's own key",
    path: 'src/partners.js',
    code: `const feed = superagent.get(url).auth(process.env.FEED_TOKEN, { type: 'bearer' });
const graph = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD));
const token = app.jwt.sign({ tenant, key: 'tenant-settings-v2' }, { expiresIn: '15m' });
`,
  },
  {
    name: "otplib's seed made at run time",
    path: 'src/twofactor.ts',
    code: `import { authenticator } from 'otplib'\nconst secret = authenticator.generateSecret()\nconst code = authenticator.generate(secret)\n`,
  },
  {
    name: "a client of a server on this machine, with that server's placeholder key (Ollama, LM Studio)",
    path: 'src/llm.ts',
    code: `const local = new OpenAI({ baseURL: 'http://localhost:11434/v1', apiKey: 'ollama' })\nconst studio = new OpenAI({ baseURL: 'http://127.0.0.1:1234/v1', apiKey: 'lm-studio' })\n`,
  },
  {
    name: 'request values by key compared with states, kinds and other reads',
    path: 'src/middleware/auth.js',
    code: `if (req.get('Authorization') === undefined) next()\nif (req.header('x-auth-mode') === 'token') next()\nif (req.query.get('grant_type') === 'password') next()\nif (req.header('x-api-key') !== process.env.API_KEY) res.sendStatus(401)\n`,
  },
  {
    name: 'environment reads',
    path: 'src/db.ts',
    code: `const password = process.env.DB_PASSWORD;\nconst secret = process.env['JWT_SECRET'];\nconst key = import.meta.env.VITE_API_KEY;\n`,
  },
  {
    name: 'fallbacks that are not credentials, and an empty fallback',
    path: 'src/config.js',
    code: `const port = process.env.PORT || 3000;\nconst env = process.env.NODE_ENV || 'development';\nconst level = process.env.LOG_LEVEL ?? 'info';\nconst secret = process.env.JWT_SECRET || '';\n`,
  },
  {
    name: 'placeholders',
    path: 'src/config.ts',
    code: `export const config = {\n  password: 'changeme',\n  apiKey: '<your-api-key>',\n  token: 'YOUR_TOKEN_HERE',\n  secret: '\${JWT_SECRET}',\n  clientSecret: 'xxx',\n  dbPassword: '********',\n  signingKey: 'change-me',\n};\n`,
  },
  {
    name: 'obviously dummy values',
    path: 'src/defaults.js',
    code: `module.exports = { password: 'test', secret: 'secret', jwtSecret: 'your-jwt-secret', adminPassword: 'changeme', sessionSecret: 'uuid-uuid-uuid-uuid-uuid', token: 'TODO', apiKey: 'dummy' };\n`,
  },
  {
    name: 'UI text about passwords',
    path: 'src/messages.ts',
    code: `export const messages = { password: 'Enter your password', passwordTooShort: 'Password must be at least 8 characters' };\nconst label = 'Password';\nthrow new Error('Invalid password');\n`,
  },
  {
    name: "a header's text under a UI container is still UI text, a map of headers under a schema reads the environment, and a record's key is an id",
    path: 'src/messages.ts',
    code: `export const messages = { headers: { authorization: 'Bearer token required' } };\nexport const config = { schema: [{ 'https://api.acme.io/graphql': { headers: { Authorization: \`Bearer \${process.env.API_TOKEN}\` } } }] };\nconst recordKey = '9e8cfd69-5497-4509-acda-0d1710223f02';\n`,
  },
  {
    name: "Bun and Deno commands whose secrets come from the environment, and a port after -p",
    path: 'tasks/backup.ts',
    code: `Bun.spawn(['redis-cli', '-h', 'cache', '-a', process.env.REDIS_PASSWORD ?? '', 'PING']);\nBun.spawnSync(['ssh', '-p', '2222', 'deploy@bastion', 'uptime']);\nawait new Deno.Command('rclone', { args: ['copy', 'a', 'offsite:b'], env: { RCLONE_CONFIG_OFFSITE_PASS: Deno.env.get('OFFSITE_PASS') ?? '' } }).output();\n`,
  },
  {
    name: "commands whose secrets come from the environment, a port after -p, and an exec that runs no command",
    path: 'scripts/release.mjs',
    code: `import { execFileSync, spawn } from 'node:child_process';\nimport { $ } from 'zx';\nexecFileSync('curl', ['-fsS', '-u', \`release-bot:\${process.env.ARTIFACTS_PASSWORD}\`, 'https://artifacts.example.com/']);\nspawn('ssh', ['-p', '2222', 'deploy@jump.example.com']);\nawait $\`redis-cli -h cache.example.com -a \${process.env.REDIS_PASSWORD} FLUSHDB\`;\nconst match = /-p(\\w+)/.exec('mysql -u seed -pKd9Lf2Gh5Jk8Zx1C');\n`,
  },
  {
    name: 'translations',
    path: 'src/locales/fr.ts',
    code: `export default { login: { password: 'Mot de passe', confirmPassword: 'Confirmer le mot de passe' }, signup: { password: 'Contraseña' } };\n`,
  },
  {
    name: 'schema and field names',
    path: 'src/models/user.js',
    code: `const UserSchema = new Schema({ email: String, password: { type: String, required: true, select: false } });\npassport.use(new LocalStrategy({ usernameField: 'email', passwordField: 'password' }, verify));\n`,
  },
  {
    name: "the string 'password' as a field name",
    path: 'src/routes/login.js',
    code: `const { password } = req.body;\nconst user = await User.findOne({ email }).select('+password');\nif (!req.body.password) return res.status(400).json({ field: 'password' });\n`,
  },
  {
    name: 'hashing a password',
    path: 'src/auth.ts',
    code: `const hash = await bcrypt.hash(password, 10);\nconst ok = await bcrypt.compare(req.body.password, user.passwordHash);\n`,
  },
  {
    name: 'Stripe publishable keys and env-read secret keys',
    path: 'src/payments.ts',
    code: `import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\nconst publishableKey = 'pk_live_IdBLIeeVBweyCuyyfkoEDTt6';\nconst client = loadStripe('pk_live_IdBLIeeVBweyCuyyfkoEDTt6');\n`,
  },
  {
    name: 'UUIDs, git SHAs and account SIDs',
    path: 'src/ids.ts',
    code: `const requestId = '0e811177-5c70-4b15-b47f-fdb577764346';\nconst commit = '0cf34e0abad40cd5b18e50ba2e1fa9081eb956be';\nconst token = '0e811177-5c70-4b15-b47f-fdb577764346';\nconst accountSid = 'AC98a498a60b05170c66e4c42a0e8932bf';\n`,
  },
  {
    name: 'URLs without passwords',
    path: 'src/urls.ts',
    code: `const db = 'postgres://localhost:5432/app';\nconst tokenEndpoint = 'https://oauth2.example.com/token';\nconst cache = \`redis://:\${process.env.REDIS_PASSWORD}@cache:6379\`;\nconst docs = 'postgres://user:<password>@host/db';\nconst masked = 'mongodb://app:****@cluster.example.net/db';\n`,
  },
  {
    name: 'words that only contain credential words',
    path: 'src/misc.js',
    code: `const tokenizer = 'whitespace';\nconst bypass = 'cache';\nconst compass = 'north';\nconst keyboard = 'qwerty-layout';\nconst secretary = 'Jane';\nconst passage = 'chapter-one';\nconst tokens_count = '12';\n`,
  },
  {
    name: 'names of things about secrets',
    path: 'src/routes.ts',
    code: `const secretName = 'prod/db/password';\nconst PASSWORD_RESET_ROUTE = '/reset-password';\nconst forgotPasswordUrl = 'https://example.com/forgot';\nconst passwordRegex = '^(?=.*[A-Z]).{8,}$';\nconst passwordPlaceholder = 'at least 8 chars';\nconst passwordMinLength = '8';\nconst nextToken = 'b2Zmc2V0PTIw';\n`,
  },
  {
    name: 'lexer tokens and auth schemes (weak names need random-looking values)',
    path: 'src/lexer.ts',
    code: `let token = 'return';\nconst options = { auth: 'basic', authorization: 'oauth2' };\ntokens.push({ type: 'keyword', token: 'function' });\n`,
  },
  {
    name: 'secrets read from the environment where an API takes one',
    path: 'src/server.js',
    code: `const jwt = require('jsonwebtoken');\njwt.sign(payload, process.env.JWT_SECRET, { algorithm: 'HS256', expiresIn: '1h' });\ncrypto.createHmac('sha256', process.env.WEBHOOK_SECRET);\napp.use(session({ secret: process.env.SESSION_SECRET, resave: false }));\nconst sequelize = new Sequelize(process.env.DB_NAME, process.env.DB_USER, process.env.DB_PASSWORD, { dialect: 'postgres' });\n`,
  },
  {
    name: 'PEM headers used as constants',
    path: 'src/pem.ts',
    code: `if (pem.startsWith('-----BEGIN PRIVATE KEY-----')) return 'pkcs8';\nconst footer = '-----END RSA PRIVATE KEY-----';\n`,
  },
  {
    name: 'DOM and JSX about passwords',
    path: 'src/Login.tsx',
    code: `document.querySelector('input[type=password]');\ninput.type = 'password';\nexport const Field = () => <input type="password" name="password" autoComplete="current-password" placeholder="Password" />;\n`,
  },
  {
    name: 'storage keys named after tokens',
    path: 'src/storage.ts',
    code: `const TOKEN_KEY = 'auth_token';\nlocalStorage.setItem(TOKEN_KEY, token);\nconst ACCESS_TOKEN_STORAGE_KEY = 'accessToken';\nconst cacheKey = 'session:user:42';\n`,
  },
  {
    name: 'env var names and schema metadata as values',
    path: 'src/schema.js',
    code: `const conf = convict({ secret: { doc: 'The JWT secret', format: String, default: '', env: 'JWT_SECRET', sensitive: true } });\nconst secretEnv = { secret: 'JWT_SECRET' };\n`,
  },
  {
    name: 'paths and file names of keys',
    path: 'src/keys.ts',
    code: `const privateKey = fs.readFileSync('./keys/private.pem');\nconst credentials = require('./credentials.json');\nconst opts = { keyFilename: 'service-account.json', privateKeyPath: '/etc/ssl/private/key.pem', secret: './secrets/jwt.key' };\n`,
  },
  {
    name: 'test files with dummy values',
    path: 'test/auth.test.ts',
    code: `await login('alice@example.com', 'password123');\nconst user = { email: 'a@b.co', password: 'test1234' };\nconst secret = 'test-secret';\n`,
  },
  {
    name: 'password hashes are not credentials',
    path: 'src/seed.ts',
    code: `const admin = { email: 'admin@example.com', password: '$2b$10$xq65qBCyPtVsLrqMInJR2RJrb.nIeSWcWj4fRi5DN2a84CffcY3kG' };\n`,
  },
  {
    name: 'suppressed with a comment',
    path: 'src/local.ts',
    code: `// twelve-factor-ignore-next-line hardcoded-credential -- local fixture\nconst password = 'hunter2';\n`,
  },
  {
    name: 'allowed by the allowedValues option',
    path: 'src/app.ts',
    code: `app.use(session({ secret: 'local-dev-secret-7f3a' }));\n`,
    options: { allowedValues: ['local-dev-secret-7f3a'] },
  },
  {
    name: 'dummy tokens in a known format',
    path: 'src/docs.ts',
    code: `const example = 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';\nconst aws = 'AKIAXXXXXXXXXXXXXXXX';\nconst stripe = 'sk_live_000000000000000000000000';\n`,
  },
  {
    name: 'interpolated and templated values',
    path: 'src/headers.ts',
    code: `const headers = { Authorization: \`Bearer \${token}\`, 'X-Api-Key': apiKey };\nconst auth = { user: 'api', pass: process.env.SMTP_PASS };\nconst password = '{{ db_password }}';\nconst basic = { headers: { Authorization: 'Basic dXNlcjpwYXNzd29yZA==' } };\n`,
  },
  {
    name: 'public config sections',
    path: 'nuxt.config.ts',
    code: `export default defineNuxtConfig({ runtimeConfig: { public: { apiKey: 'public-maps-key-31' } } });\n`,
  },
  {
    name: 'Firebase web config and Supabase anon keys are public by design',
    path: 'src/firebase.ts',
    code: `const firebaseConfig = { apiKey: 'AIzaNriNlHPsD0Qc0QdKSCLAizWRcipTXWkseDQ', authDomain: 'shop.firebaseapp.com', messagingSenderId: '1234' };\nconst supabase = createClient('https://xyz.supabase.co', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6IjQxMjI5YjViZTMyYTFmZDBlMGY2Iiwicm9sZSI6ImFub24iLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MjAwMDAwMDAwMH0.8szEYegkLnjulPZM5X6WLpTwuXU87L-6DvGARObRLt4');\n`,
  },
  {
    name: 'constants that spell their own name, action types, error codes',
    path: 'src/constants.ts',
    code: `export const EXPIRED_TOKEN = 'expired_token';\nexport const AcquireToken = 'acquireToken';\nexport const LOGIN_TOKEN = 'auth/LOGIN_TOKEN';\nexport const ERROR_INVALID_TOKEN = 'invalid_token';\nconst grants = { REFRESH_TOKEN: 'RefreshToken' };\n`,
  },
  {
    name: 'validation rules and fetch credentials modes',
    path: 'src/validate.js',
    code: `const rules = { email: 'required|email', password: 'required|min:8' };\nconst passwordRule = { password: 'required|string|min:8' };\nfetch(url, { credentials: 'include' });\nif (opts.credentials === 'same-origin') {}\n`,
  },
  {
    name: 'constants passed where no secret goes, lookups without a credential key or with a placeholder, keys that are names',
    path: 'src/lib/crypto.ts',
    code: `import crypto from 'crypto';
const ALGORITHM = 'aes-256-gcm';
const DIGEST = 'sha256-hmac-v2-2024';
const iv = crypto.randomBytes(12);
const cipher = crypto.createCipheriv(ALGORITHM, Buffer.from(process.env.ENCRYPTION_KEY!, 'hex'), iv);
const hmac = crypto.createHmac(DIGEST, process.env.HMAC_SECRET!);
const theme = config.get('ui.theme', 'midnight-blue-2024');
const secret = config.get('JWT_SECRET', 'changeme');
const index = { keys: 'tenant_id' };
`,
  },
  {
    name: 'basic-auth users read from the environment, an OAuth client id alone, an address, a public RPC URL, DefinePlugin of a non-secret',
    path: 'src/server.js',
    code: `const basicAuth = require('express-basic-auth');
const { ethers } = require('ethers');
app.use(basicAuth({ users: { ops: process.env.OPS_PASSWORD }, challenge: true, realm: 'ops-console-2024' }));
const oauth = new OAuth2Client(process.env.GOOGLE_CLIENT_ID, process.env.GOOGLE_CLIENT_SECRET);
const TREASURY = '0x9b074f2ed6d4c257c8e02c43252e94b54e27591e';
const provider = new ethers.JsonRpcProvider('https://cloudflare-eth.com');
new webpack.DefinePlugin({ 'process.env.APP_VERSION': JSON.stringify('2024.11.3-build7') });
`,
  },
  {
    name: 'constant-time compares of two reads, and of a name that is no credential',
    path: 'src/webhooks.ts',
    code: `import { timingSafeEqual } from 'node:crypto';
const same = timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
const kind = timingSafeEqual(Buffer.from(eventType), Buffer.from('invoice.payment_succeeded'));
const lookup = { key: Buffer.from('orders-2024-archive', 'utf8') };
`,
  },
  {
    name: "a password validator's deny list, a bundled package.json's versions, a mail password that says it is unsecure",
    path: 'core/server/lib/validate-password.js',
    code: `const disallowedPasswords = ['password', 'ghost', 'passw0rd'];
const COMMON_PASSWORDS = ['1q2w3e4r5t', 'qwertyuiop', '12345asdfg'];
const badPasswords = ['0987654321', 'asdfghjkl;'];
const bundled = { dependencies: { jsonwebtoken: '9.0.3', 'passport-jwt': '^4.0.1' } };
const mail = { auth: { user: 'dev', pass: 'unsecure' } };
const keys = { session: 'clientExtensions' };
const confluence = { headers: { 'X-Atlassian-Token': 'nocheck' } };
const jira = { headers: { 'X-Atlassian-Token': 'no-check' } };
if (body.forceChangePassword === 'forceChangePasswordNextSignIn') body.forceChangePassword = true;
exports.CAN_HANDLE_EXPIRED_PASSWORDS = 0x00400000;
const ADMIN_PIN_FLAGS = 0x7f3a91c2;
`,
  },
  {
    name: "an editor's highlighting rules and key bindings: lexer tokens, shortcuts, clipboard markers",
    path: 'modules/ace/mode-markdown.js',
    code: `const rules = [
  { token: 'markup.heading.1', regex: '^=+(?=\\s*$)' },
  { token: 'markup.heading.2', regex: '^\\-+(?=\\s*$)' },
];
JSONiqTokenizer.TOKEN = ['(0)', 'JSONPredefinedCharRef', 'CDataSectionContents'];
const startCommand = { name: 'startAutocomplete', bindKey: 'Ctrl-Space|Ctrl-Shift-Space|Alt-Space' };
if (clipboardKey === 'useClipboardData-0') paste();
const pages = { RemoveCredentials: ['Odstranění_přihlašovacích_údajů'] };
exports.emacsKeys = { 'C-r': 'iSearchBackwards', 'M-x': 'executeExtendedCommand', 'C-x C-s': 'saveBuffer' };
const mysqlDocKeyword = { OLD_PASSWORD: ['encryption-functions', 'function_old_password'], PASSWORD: ['encryption-functions', 'function_password'] };
`,
  },
  {
    name: "a REST client's endpoint map (Octokit's routes under method names)",
    path: 'src/github/endpoints.ts',
    code: `export const Endpoints = {
  actions: {
    deleteRepoSecret: ['DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}'],
    getOrgPublicKey: ['GET /orgs/{org}/actions/secrets/public-key'],
  },
  apps: { deleteToken: ['DELETE /applications/{client_id}/token'] },
};
`,
  },
  {
    name: 'telemetry ids of operations on a password (a number under a name with a verb)',
    path: 'src/telemetry/PublicApiId.ts',
    code: `export const SIGN_IN_SUBMIT_PASSWORD = 100004;
export const PASSWORD_RESET_SUBMIT_PASSWORD = 100043;
export const CHANGE_PASSWORD_REQUEST = 208431;
`,
  },
  {
    name: 'key names with a version digit, a format field, a validation pattern, C identifiers',
    path: 'src/session.ts',
    code: `export const CSRF_KEY = 'myapp_oauth2_csrf_token';
export const FLOW_KEY = 'myapp_oauth2_flow_{0}';
export const tokens = { identifier: '^[A-Za-z_][\\\\w$]*(?:\\\\.[A-Za-z_][\\\\w$]*)*$', digits: '(?:\\\\d+)+' };
export const rawKeyFunctions = ['EVP_PKEY_new_raw_private_key', 'EVP_PKEY_get_raw_public_key'];
`,
  },
  {
    name: 'sentinel keys of a map: a dunder token wrapped in punctuation (vsce marks folder sizes so)',
    path: 'src/tree.js',
    code: `const FOLDER_SIZE_KEY = "/__FOlDER_SIZE__\\\\";
const FILES_TOTAL_KEY = '@__FOLDER_CHILDREN__@';
`,
  },
  {
    name: "a DocSearch box's key in a site theme's config: the search-only key every reader's browser gets",
    path: 'docusaurus.config.js',
    code: `module.exports = {
  themeConfig: {
    algolia: { appId: 'BH4D9OD16A', apiKey: 'f2b8a6c41e7d93052b6c8f1a4e9d7c30', indexName: 'relay' },
  },
};
docsearch({ container: '#search', appId: 'R2IYF7ETH7', apiKey: '599cec31baffa4868cae4e79f180729b', indexName: 'guides' });
`,
  },
  {
    name: "Function#bind's arguments are no login",
    path: 'src/handlers.js',
    code: `const onSave = save.bind(null, 'settings', 'e3b0c44298fc1c149afbf4c8996fb924');\nconst greet = format.bind(this, 'Hello', 'world');\n`,
  },
  {
    name: 'a JSON literal whose password field is a placeholder or a schema',
    path: 'src/docs.ts',
    code: `export const sample = '{"username": "svc", "password": "<your-password>"}';\nexport const schema = '{"type": "object", "properties": {"password": {"type": "string", "minLength": 12}}}';\n`,
  },
];
