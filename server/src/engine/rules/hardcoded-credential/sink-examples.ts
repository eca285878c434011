// Secrets that read like a sentence but sit where only a secret goes (a JWT signer, a session or
// cookie key, an HMAC), and wallet mnemonics, in every language; with the hard negatives beside
// them: the same sinks fed from the environment or config, error messages, and tests at info.
// Values are made up for these examples; the mnemonics are random BIP-39 words.
import type { Examples, InvalidExample } from '../../rule';
import type { LanguageId } from '../../types';

const SENTENCE = 'A String Very Very Strong!!@##$';
const MNEMONIC = 'code fan double tell oval reform approve arch base riot time violin';
const MNEMONIC_24 =
  'blush portion symbol audit keen roast baby spray vast verb metal ritual thought leisure unlock boring supreme resemble spray sea spell autumn mercy buyer';
const PROSE = 'Write down your recovery phrase and keep it somewhere safe and never share it with anyone';

const sink = (name: string, path: string, code: string): InvalidExample => ({ name, path, code, severity: 'error', confidence: 'sink' });
const mnemonic = (name: string, path: string, code: string): InvalidExample => ({
  name,
  path,
  code,
  severity: 'error',
  confidence: 'format',
  messageIncludes: ['wallet mnemonic'],
});
const sinkInTest = (path: string, code: string): InvalidExample => ({
  name: 'a sentence passed to the signer in a test: a guess, so information',
  path,
  code,
  severity: 'info',
  confidence: 'sink',
});

export const SINK_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  python: {
    valid: [
      {
        name: 'signers and Flask/Django keys fed from the environment or config, and error messages',
        path: 'app/auth.py',
        code: `import os, jwt\napp.secret_key = os.environ["SECRET_KEY"]\napp.config['SECRET_KEY'] = os.getenv('SECRET_KEY', '')\ntoken = jwt.encode(payload, settings.SECRET_KEY, algorithm="HS256")\njwt.encode(payload, current_app.config["JWT_SECRET"], algorithm="HS256")\nif not app.secret_key:\n    raise RuntimeError("Set SECRET_KEY in the environment before starting the app!")\nHINT = "${PROSE}"\n`,
      },
    ],
    invalid: [
      sink('a sentence passed to jwt.encode', 'app/tokens.py', `import jwt\n\ndef issue(payload):\n    return jwt.encode(payload, ⟦"${SENTENCE}"⟧, algorithm="HS256")\n`),
      { name: 'Flask secret_key and SECRET_KEY as sentences', path: 'app/__init__.py', code: `app = Flask(__name__)\napp.secret_key = ⟦"${SENTENCE}"⟧\napp.config['SECRET_KEY'] = ⟦"${SENTENCE}"⟧\n`, severity: 'error' },
      { name: 'a Django SECRET_KEY that reads like a sentence', path: 'mysite/settings.py', code: `SECRET_KEY = ⟦"${SENTENCE}"⟧\n`, severity: 'error' },
      {
        name: 'a password in a SQLAlchemy URL with a driver after +',
        path: 'app/core/settings.py',
        code: `class Settings(BaseSettings):\n    database_url: str = "postgresql+asyncpg://notes:⟦Orch1d!189wm⟧@db.internal:5432/notes"\n`,
        severity: 'error',
      },
      mnemonic('a mnemonic passed to a wallet API', 'app/wallet.py', `account = Account.from_mnemonic(⟦"${MNEMONIC}"⟧)\n`),
      sinkInTest('tests/test_tokens.py', `def test_issue():\n    assert jwt.encode({}, ⟦"${SENTENCE}"⟧, algorithm="HS256")\n`),
    ],
  },
  go: {
    valid: [
      {
        name: 'the signing key from the environment or config, and an error message',
        path: 'internal/auth/jwt.go',
        code: `package auth\n\nimport "os"\n\nfunc sign() {\n\ts, _ := token.SignedString([]byte(os.Getenv("JWT_SECRET")))\n\ts2, _ := token.SignedString(cfg.JWTSecret)\n\t_, _ = s, s2\n\tpanic("JWT secret must be set in the environment!")\n}\n`,
      },
    ],
    invalid: [
      sink('a sentence passed to SignedString', 'internal/auth/jwt.go', `package auth\n\nfunc sign() (string, error) {\n\treturn token.SignedString([]byte(⟦"${SENTENCE}"⟧))\n}\n`),
      sink(
        'a sentence passed to a chained SignedString',
        'internal/auth/issue.go',
        `package auth\n\nfunc issue() (string, error) {\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(⟦"${SENTENCE}"⟧))\n}\n`,
      ),
      sink(
        'sentences as securecookie keys',
        'internal/web/cookies.go',
        `package web\n\nimport "github.com/gorilla/securecookie"\n\nvar codec = securecookie.New([]byte(⟦"${SENTENCE}"⟧), []byte(⟦"Another long passphrase here!!"⟧))\n`,
      ),
      mnemonic('a mnemonic passed to an HD wallet', 'internal/chain/wallet.go', `package chain\n\nfunc open() {\n\twallet, _ := hdwallet.NewFromMnemonic(⟦"${MNEMONIC}"⟧)\n\t_ = wallet\n}\n`),
      sink(
        'a sentence in a variable later passed to a chained SignedString',
        'internal/auth/refresh.go',
        `package auth\n\nvar refreshKey = []byte(⟦"payments refresh key: never share it!"⟧)\n\nfunc issue() (string, error) {\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(refreshKey)\n}\n`,
      ),
      sink('a password passed to SetBasicAuth', 'internal/billing/client.go', `package billing\n\nfunc auth(req *http.Request) {\n\treq.SetBasicAuth("ops", ⟦"Kest7rel*412xq"⟧)\n}\n`),
      sinkInTest('internal/auth/jwt_test.go', `package auth\n\nfunc TestSign(t *testing.T) {\n\t_, _ = token.SignedString([]byte(⟦"${SENTENCE}"⟧))\n}\n`),
    ],
  },
  java: {
    valid: [
      {
        name: 'signers fed from the environment or properties, and an error message',
        path: 'src/main/java/com/acme/auth/Jwt.java',
        code: `class Jwt {\n  void f() {\n    headers.setBasicAuth(user, password);\n    Algorithm a = Algorithm.HMAC256(System.getenv("JWT_SECRET"));\n    Key k = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));\n    Key k2 = Keys.hmacShaKeyFor(Decoders.BASE64.decode(properties.getSecret()));\n    throw new IllegalStateException("JWT secret must be at least 256 bits long!");\n  }\n}\n`,
      },
    ],
    invalid: [
      sink(
        'sentences passed to JWT and HMAC key APIs',
        'src/main/java/com/acme/auth/Jwt.java',
        `class Jwt {\n  void f() {\n    Algorithm a = Algorithm.HMAC256(⟦"${SENTENCE}"⟧);\n    Key k = Keys.hmacShaKeyFor(⟦"${SENTENCE}"⟧.getBytes());\n    String t = Jwts.builder().signWith(SignatureAlgorithm.HS256, ⟦"${SENTENCE}"⟧).compact();\n    SecretKeySpec spec = new SecretKeySpec(⟦"${SENTENCE}"⟧.getBytes(), "HmacSHA256");\n  }\n}\n`,
      ),
      sink(
        'a password passed to HttpHeaders.setBasicAuth',
        'src/main/java/com/acme/ledger/Gateway.java',
        `class Gateway {\n  HttpHeaders headers() {\n    HttpHeaders headers = new HttpHeaders();\n    headers.setBasicAuth("ledger", ⟦"Marb1e%207kd"⟧);\n    return headers;\n  }\n}\n`,
      ),
      mnemonic(
        'a mnemonic passed to web3j',
        'src/main/java/com/acme/chain/Wallet.java',
        `class Wallet {\n  Credentials open() {\n    return WalletUtils.loadBip39Credentials(password, ⟦"${MNEMONIC_24}"⟧);\n  }\n}\n`,
      ),
    ],
  },
  kotlin: {
    valid: [
      {
        name: 'the signing key from the environment, and an error message',
        path: 'src/main/kotlin/com/acme/auth/Jwt.kt',
        code: `fun algorithm(): Algorithm {\n    val secret = System.getenv("JWT_SECRET") ?: error("JWT secret must be set in the environment!")\n    return Algorithm.HMAC256(secret)\n}\n`,
      },
    ],
    invalid: [
      sink(
        'sentences passed to JWT and HMAC key APIs',
        'src/main/kotlin/com/acme/auth/Jwt.kt',
        `fun keys() {\n    val a = Algorithm.HMAC256(⟦"${SENTENCE}"⟧)\n    val k = Keys.hmacShaKeyFor(⟦"${SENTENCE}"⟧.toByteArray())\n    val spec = SecretKeySpec(⟦"${SENTENCE}"⟧.toByteArray(), "HmacSHA256")\n}\n`,
      ),
      mnemonic('a mnemonic in a constant', 'src/main/kotlin/com/acme/chain/Wallet.kt', `object Wallet {\n    const val SEED = ⟦"${MNEMONIC}"⟧\n}\n`),
    ],
  },
  ruby: {
    valid: [
      {
        name: 'the signer and secret_key_base from credentials or ENV, and an error message',
        path: 'app/lib/auth.rb',
        code: `token = JWT.encode(payload, Rails.application.credentials.secret_key_base, 'HS256')\ntoken = JWT.encode(payload, ENV.fetch('JWT_SECRET'), 'HS256')\nconfig.secret_key_base = ENV['SECRET_KEY_BASE']\nraise ArgumentError, 'JWT secret is missing, set it in the environment!' if secret.nil?\n`,
      },
    ],
    invalid: [
      sink('a sentence passed to JWT.encode', 'app/lib/json_web_token.rb', `def self.encode(payload)\n  JWT.encode(payload, ⟦'${SENTENCE}'⟧, 'HS256')\nend\n`),
      { name: 'secret_key_base as a sentence', path: 'config/application.rb', code: `config.secret_key_base = ⟦'${SENTENCE}'⟧\n`, severity: 'error' },
      mnemonic('a mnemonic passed to a wallet', 'app/services/wallet.rb', `wallet = Eth::Wallet.from_mnemonic(⟦'${MNEMONIC}'⟧)\n`),
      sinkInTest('spec/lib/json_web_token_spec.rb', `token = JWT.encode({}, ⟦'${SENTENCE}'⟧, 'HS256')\n`),
    ],
  },
  php: {
    valid: [
      {
        name: 'signers fed from env() and config(), and an error message',
        path: 'app/Services/Tokens.php',
        code: `<?php\n$jwt = JWT::encode($payload, env('JWT_SECRET'), 'HS256');\n$decoded = JWT::decode($jwt, new Key(config('jwt.secret'), 'HS256'));\n$sig = hash_hmac('sha256', $data, $this->secret);\nthrow new RuntimeException('The JWT secret is not configured, please set it!');\n`,
      },
    ],
    invalid: [
      sink(
        'sentences passed to JWT::encode, new Key and hash_hmac',
        'app/Services/Tokens.php',
        `<?php\n$jwt = JWT::encode($payload, ⟦'${SENTENCE}'⟧, 'HS256');\n$decoded = JWT::decode($jwt, new Key(⟦'${SENTENCE}'⟧, 'HS256'));\n$sig = hash_hmac('sha256', $data, ⟦'${SENTENCE}'⟧);\n`,
      ),
      mnemonic('a mnemonic in a config array', 'config/wallet.php', `<?php\nreturn [\n    'seed' => ⟦'${MNEMONIC}'⟧,\n];\n`),
      sinkInTest('tests/Unit/TokensTest.php', `<?php\n$jwt = JWT::encode([], ⟦'${SENTENCE}'⟧, 'HS256');\n`),
    ],
  },
  javascript: {
    valid: [
      { name: 'a sentence about the recovery phrase, not one', path: 'src/copy.js', code: `export const hint = '${PROSE}';\n` },
      {
        name: "Ganache's published development mnemonic",
        path: 'truffle-config.js',
        code: "module.exports = { networks: { development: { mnemonic: 'candy maple cake sugar pudding cream honey rich smooth crumble sweet treat' } } };\n",
      },
    ],
    invalid: [mnemonic('a mnemonic passed to ethers', 'src/wallet.js', `const wallet = ethers.Wallet.fromPhrase(⟦'${MNEMONIC}'⟧);\n`)],
  },
  yaml: {
    valid: [],
    invalid: [mnemonic('a mnemonic in deploy config', 'config/deploy.yml', `deployer:\n  seed: ⟦${MNEMONIC}⟧\n`)],
  },
  json: {
    valid: [],
    invalid: [mnemonic('a mnemonic in committed config', 'config/default.json', `{\n  "chain": { "deployerPhrase": ⟦"${MNEMONIC}"⟧ }\n}\n`)],
  },
};
