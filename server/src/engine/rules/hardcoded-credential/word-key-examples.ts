// What held-out batch cred24 found missed, in every language it occurs in: a signing key that reads like a word
// (`secretOrKey: 'Bearer'`, `jwt.sign(p, 'aaaa')`), a fill-me-in word as the signing key of the config the app loads
// (`config/default.json`, SIMPLE_JWT), a PIN code under a bare or another's `pin` (`kiosk.pin`, `supervisor_pin`) or a
// `passcode` number, and go-sql-driver's DSN with no address (`user:pass@/db`). Hard negatives beside them: a header's
// `'Bearer ' + token`, the scheme handed to an extractor, a PIN's length, attempts and flags, a board's pin, versions,
// a password-less DSN, tests. Values are generated for these examples.
import type { Examples, InvalidExample } from '../../rule';
import type { LanguageId } from '../../types';

const WORD_KEY = ['or one repeated character', 'only key the app signs with'];
const STUB = ['placeholder never filled in'];

const wordKey = (name: string, path: string, code: string): InvalidExample => ({ name, path, code, severity: 'error', confidence: 'sink', messageIncludes: WORD_KEY });

export const WORD_KEY_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [
      {
        name: "the scheme handed to passport-jwt's extractor, a header built from it, the key from the environment",
        path: 'src/auth/strategy.js',
        code: "const { Strategy, ExtractJwt } = require('passport-jwt');\nconst opts = { jwtFromRequest: ExtractJwt.fromAuthHeaderWithScheme('Bearer'), secretOrKey: process.env.JWT_SECRET };\nconst header = (token) => ({ Authorization: 'Bearer ' + token });\nmodule.exports = { strategy: new Strategy(opts, verify), header };\n",
      },
      {
        name: "a PIN's length, attempts, a flag, a version and a label; a board's pin; a test signs with a filler key",
        path: 'src/kiosk.js',
        code: "const kiosk = { pinLength: 6, maxPinAttempts: 3, pinned: true, version: '2.4.1', pin: 'Enter your PIN' };\nconst board = { ledPin: 'GPIO17', pin: '0000' };\nmodule.exports = { kiosk, board };\n",
      },
      { name: 'a test signs with a filler key', path: 'test/tokens.test.js', code: "const jwt = require('jsonwebtoken');\njwt.sign({ sub: 1 }, 'aaaa');\n" },
    ],
    invalid: [
      wordKey('a filler of one character passed to jwt.sign', 'src/auth/tokens.js', "const jwt = require('jsonwebtoken');\nconst issue = (user) => jwt.sign({ sub: user.id }, ⟦'aaaa'⟧);\n"),
      {
        name: "the scheme typed where passport-jwt's key goes",
        path: 'src/auth/strategy.js',
        code: "const { Strategy } = require('passport-jwt');\nconst opts = { jwtFromRequest: fromHeader, secretOrKey: ⟦'Bearer'⟧ };\nmodule.exports = new Strategy(opts, verify);\n",
        severity: 'error',
        messageIncludes: WORD_KEY,
      },
      { name: "a kiosk's PIN under a bare pin", path: 'src/kiosk.js', code: "module.exports = { kiosk: { pin: ⟦'482913'⟧, pinLength: 6 } };\n", severity: 'error' },
    ],
  },
  json: {
    valid: [
      {
        name: "node-config's base config reading the key elsewhere, a PIN's length and attempts",
        path: 'config/default.json',
        code: '{\n  "jwt": { "expiresIn": "1h" },\n  "kiosk": { "pinLength": 6, "maxPinAttempts": 3, "pinned": true }\n}\n',
      },
    ],
    invalid: [
      {
        name: "a fill-me-in word as the JWT secret of node-config's base config",
        path: 'config/default.json',
        code: '{\n  "jwt": { "secret": ⟦"changeme"⟧, "expiresIn": "1h" }\n}\n',
        severity: 'warning',
        messageIncludes: ['placeholder never filled in', 'loads this file as its config'],
      },
    ],
  },
  python: {
    valid: [
      {
        name: 'SIMPLE_JWT keyed from the environment, its header types; a PIN length and attempts',
        path: 'kiosk/settings.py',
        code: "import os\nSIMPLE_JWT = {\n    'SIGNING_KEY': os.environ['JWT_SIGNING_KEY'],\n    'AUTH_HEADER_TYPES': ('Bearer',),\n}\nKIOSK = {'PIN_LENGTH': 6, 'MAX_PIN_ATTEMPTS': 3, 'PINNED': True}\n",
      },
      {
        name: "a test-data factory's PIN and a default PIN",
        path: 'accounts/factories.py',
        code: "import factory\n\nclass AccountFactory(factory.django.DjangoModelFactory):\n    pin = '4821'\n\nDEFAULT_PIN = '4821'\n",
      },
    ],
    invalid: [
      { name: "SIMPLE_JWT's key left as a fill-me-in phrase", path: 'kiosk/settings.py', code: "SIMPLE_JWT = {\n    'ALGORITHM': 'HS256',\n    'SIGNING_KEY': ⟦'change me'⟧,\n}\n", severity: 'warning', messageIncludes: STUB },
      wordKey('a filler of one character passed to PyJWT', 'kiosk/receipts.py', "import jwt\n\ndef token(order):\n    return jwt.encode({'order': order}, ⟦'aaaa'⟧, algorithm='HS256')\n"),
      { name: "a kiosk's PIN under a bare pin", path: 'kiosk/config.py', code: "KIOSK = {'PIN': ⟦'58203'⟧, 'PIN_LENGTH': 6}\n", severity: 'error' },
    ],
  },
  go: {
    valid: [
      {
        name: 'password-less DSNs (an empty root, the socket as its user) and a DSN built from its parts',
        path: 'internal/store/db.go',
        code: 'package store\n\nconst localDSN = "root:@/shop?parseTime=true"\nconst peerDSN = "shop@unix(/var/run/mysqld/mysqld.sock)/shop"\n\nfunc dsn(u, p, h, n string) string {\n\treturn fmt.Sprintf("%s:%s@tcp(%s)/%s", u, p, h, n)\n}\n',
      },
      { name: "what a mock's account answers to, and a board's pin", path: 'internal/account/repository_mock.go', code: 'package account\n\nconst fixturePIN = "7391"\nconst ledPin = "GPIO17"\n' },
    ],
    invalid: [
      { name: "go-sql-driver's DSN with no address", path: 'internal/store/db.go', code: 'package store\n\nconst defaultDSN = "root:⟦Nkqc6yroRTKcP1TJ⟧@/shop?parseTime=true"\n', severity: 'error' },
      {
        name: 'the same, handed to sql.Open',
        path: 'internal/store/report.go',
        code: 'package store\n\nfunc open() (*sql.DB, error) {\n\treturn sql.Open("mysql", "report:⟦sHb4EaXHQIeVqB5C⟧@/reporting")\n}\n',
        severity: 'error',
      },
      wordKey('the scheme handed to SignedString', 'internal/auth/token.go', 'package auth\n\nfunc issue(t *jwt.Token) (string, error) {\n\treturn t.SignedString([]byte(⟦"Bearer"⟧))\n}\n'),
    ],
  },
  yaml: {
    valid: [
      { name: "a PIN's length, attempts, a flag and a version; a password-less DSN", path: 'config/kiosk.yml', code: 'kiosk:\n  pin_length: 6\n  max_pin_attempts: 3\n  pinned: true\n  version: 2.4.1\ndatabase:\n  dsn: root:@/shop?parseTime=true\n' },
    ],
    invalid: [
      { name: "go-sql-driver's DSN with no address in a Go service's config", path: 'configs/config.yaml', code: 'database:\n  dsn: "app:⟦DwSHCV1HaU3qFD7D⟧@/shop?parseTime=true"\n', severity: 'error' },
      { name: "a supervisor's PIN and a passcode as a number", path: 'config/kiosk.yml', code: 'production:\n  supervisor_pin: ⟦"861204"⟧\n  passcode: ⟦30927⟧\n', severity: 'error' },
    ],
  },
  properties: {
    valid: [{ name: "a PIN's length and attempts, and a PIN with no default", path: 'src/main/resources/application.properties', code: 'app.kiosk.pin=${KIOSK_PIN}\napp.kiosk.pin-length=6\napp.kiosk.max-pin-attempts=3\n' }],
    invalid: [{ name: "a PIN as a placeholder's default", path: 'src/main/resources/application.properties', code: 'app.kiosk.pin=${KIOSK_PIN:⟦4406⟧}\n', severity: 'error' }],
  },
  dotenv: {
    valid: [{ name: 'a template of the DSN', path: '.env.example', code: 'MYSQL_DSN=user:password@/shop?parseTime=true\nADMIN_PIN=0000\n' }],
    invalid: [
      {
        name: "go-sql-driver's DSN with no address in a .env git does not ignore: the file, and the password",
        path: '.env',
        code: '⟦MYSQL_DSN⟧=shop:⟦CL_DI4l-ZF36VHkX⟧@/shop?parseTime=true\n',
        options: { gitIgnored: false },
      },
    ],
  },
  ruby: {
    valid: [{ name: 'the key from the environment and a header built from the scheme', path: 'app/services/signer.rb', code: "class Signer\n  def token(p) = JWT.encode(p, ENV.fetch('JWT_SECRET'), 'HS256')\n  def header(t) = { 'Authorization' => 'Bearer ' + t }\nend\n" }],
    invalid: [wordKey('the scheme handed to JWT.encode', 'app/services/signer.rb', "class Signer\n  def token(p) = JWT.encode(p, ⟦'Bearer'⟧, 'HS256')\nend\n")],
  },
  php: {
    valid: [{ name: "the key from the environment; a PIN's length, attempts and flag", path: 'config/app.php', code: "<?php\nreturn ['jwt' => getenv('JWT_SECRET'), 'kiosk' => ['pin_length' => 6, 'max_pin_attempts' => 3, 'pinned' => true]];\n" }],
    invalid: [
      wordKey('a filler of one character passed to JWT::encode', 'src/Tokens.php', "<?php\nfunction issue(int $id): string {\n    return \\Firebase\\JWT\\JWT::encode(['sub' => $id], ⟦'aaaa'⟧, 'HS256');\n}\n"),
      { name: "a kiosk's PIN under a bare pin", path: 'config/kiosk.php', code: "<?php\nreturn ['kiosk' => ['pin' => ⟦'62039'⟧, 'pin_length' => 6]];\n", severity: 'error' },
    ],
  },
  kotlin: {
    valid: [{ name: 'the key from the environment, and a header built from the scheme', path: 'src/main/kotlin/Tokens.kt', code: 'object Tokens {\n    private val algorithm = Algorithm.HMAC256(System.getenv("JWT_SECRET"))\n    fun header(token: String) = "Bearer $token"\n}\n' }],
    invalid: [wordKey('a filler of one character passed to Algorithm.HMAC256', 'src/main/kotlin/Tokens.kt', 'object Tokens {\n    private val algorithm = Algorithm.HMAC256(⟦"aaaa"⟧)\n}\n')],
  },
};
