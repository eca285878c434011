// One answer per shape (issue #9, held-out batch cred25): a template's key stub under the app's own signing secret's name or
// call option (`session({ secret })`, Flask's `app.secret_key`, Rails' `secret_key_base`, a viper default, Laravel's app
// key), a go-sql-driver DSN in JS/TS and PHP strings, a PIN's number in code and a `pinCode`, an account key under a bare
// `key` beside its endpoint in Python, Ruby and Go, a Java PIN constant compared with `.equals`. Hard negatives: another
// party's template, a stage-named template, a file that says it is a template to copy, a DSN template, board pins and
// a PIN's length, a `key` beside an account that is a sort key, a `pin` keyword of a hardware call.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const STUB = ['placeholder never filled in'];

export const SINK_SHAPE_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [
      {
        name: "another party's templates under their own names, and a template that names its stage",
        path: 'src/config.js',
        code: "const session = require('express-session');\nmodule.exports = { stripeSecretKey: 'your-stripe-secret-key', mailPassword: 'your-mail-password' };\napp.use(session({ secret: 'your-dev-session-secret' }));\n",
      },
      {
        name: 'a config module whose opening comment says to copy it and fill it in (nodeclub)',
        path: 'config.default.js',
        code: "// Copy to config.js and fill in for your deployment.\nmodule.exports = { session_secret: 'your_session_secret_here' };\n",
      },
      {
        name: "a DSN's template, a DSN built from the environment, board pins and a PIN's length",
        path: 'scripts/worker.js',
        code: "const TEMPLATE = 'user:password@tcp(localhost:3306)/dbname';\nconst dsn = `${process.env.DB_USER}:${process.env.DB_PASS}@tcp(mysql:3306)/kiosk`;\nconst LED_PIN = 13;\nconst led = { pin: 18, pinned: true };\nboard.pinMode(13, OUTPUT);\nconst PIN_LENGTH = 6;\n",
      },
    ],
    invalid: [
      {
        name: 'express-session, cookie-session and cookie-parser given a template: the key every deploy signs with',
        path: 'src/app.js',
        code: "const session = require('express-session');\nconst cookieSession = require('cookie-session');\napp.use(session({ secret: ⟦'your-session-secret-key'⟧ }));\napp.use(cookieSession({ keys: [⟦'your-cookie-session-key'⟧] }));\n",
        severity: 'warning',
        messageIncludes: STUB,
      },
      {
        name: "go-sql-driver DSNs handed to the Go worker beside the app, with an address and without one",
        path: 'scripts/worker.js',
        code: "const WORKER_DSN = 'kiosk:⟦Rw7nXq2Lp9Tz⟧@tcp(mysql:3306)/kiosk?parseTime=true';\nconst SOCKET_DSN = 'kiosk:⟦Hm4vQz8KsW3y⟧@/kiosk_reports';\n",
        messageIncludes: ['MySQL DSN'],
      },
      {
        name: "an Oracle EZConnect login under a name that says no credential (the JS prefilter's DSN stage lets its shape through, found by fast-check)",
        path: 'src/db/pool.js',
        code: "const pool = new Pool({ connectionString: 'ledger/⟦QoLQr0yAcNppIvSI⟧@db.internal:1521/LEDGER' });\n",
      },
      {
        name: "a kiosk's PIN as a number in an object, and a pinCode",
        path: 'src/kiosk.js',
        code: "const kiosk = { pin: ⟦739104⟧, locale: 'en-GB' };\nconst admin = { pinCode: ⟦'602914'⟧ };\n",
      },
    ],
  },
  typescript: {
    valid: [
      {
        name: 'NestJS reads the secret through its config service',
        path: 'src/app.module.ts',
        code: "JwtModule.registerAsync({ inject: [ConfigService], useFactory: (c: ConfigService) => ({ secret: c.get<string>('JWT_SECRET') }) });\n",
      },
    ],
    invalid: [
      {
        name: "NestJS' JwtModule.register given a template, and a registerAs factory's fallback of one",
        path: 'src/app.module.ts',
        code: "JwtModule.register({ global: true, secret: ⟦'your-jwt-secret-key'⟧ });\nexport default registerAs('auth', () => ({ refreshSecret: process.env.JWT_REFRESH_SECRET ?? ⟦'your-refresh-token-secret'⟧ }));\n",
        severity: 'warning',
      },
    ],
  },
  python: {
    valid: [
      {
        name: "a base class's template that production's class reads from the environment, and a dict of labels",
        path: 'app/config.py',
        code: 'import os\n\nclass Config:\n    SECRET_KEY = "your-flask-secret-key"\n\nclass ProductionConfig(Config):\n    SECRET_KEY = os.environ["SECRET_KEY"]\n\nLABELS = {"key": "account_key", "name": "account_name"}\n',
      },
      {
        name: "a board's pin as a keyword of a hardware call, GPIO pins and a PIN's length",
        path: 'app/gpio.py',
        code: 'LED_PIN = 17\nPIN_LENGTH = 6\nservo = Servo(pin=1800)\nGPIO.setup(LED_PIN, GPIO.OUT)\n',
      },
    ],
    invalid: [
      {
        name: "Flask's secret_key and Django's SECRET_KEY as a template nothing fills in",
        path: 'shop/settings.py',
        code: 'SECRET_KEY = ⟦"your-django-secret-key-here"⟧\nSIMPLE_JWT = {"SIGNING_KEY": ⟦"your-jwt-signing-key"⟧}\n',
        severity: 'warning',
        messageIncludes: STUB,
      },
      {
        name: "an account key under a bare key beside the storage endpoint, and a kiosk's PIN number",
        path: 'app/storage.py',
        code: 'ARCHIVE = {\n    "endpoint": "https://depotarchive.blob.core.windows.net",\n    "key": ⟦"bq3Ijj6HeyqijB4RCaPmbU9JCyyHlm9EFIZ5yeSj+YztTXOFZp5VrYAciyj8SEqDWRdn6E4GNThOK0OALfcRpQ=="⟧,\n}\nKIOSK = {"pin": ⟦739104⟧}\n',
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: "a sort key beside an account, a PIN's length and a board's pin",
        path: 'lib/kiosk.rb',
        code: "SORT = { account: 'a', key: :created_at }\nPIN_LENGTH = 6\nLED_PIN = 17\n",
      },
    ],
    invalid: [
      {
        name: "Rails' secret_key_base and a signing constant as a template",
        path: 'config/application.rb',
        code: "module Ledger\n  class Application < Rails::Application\n    config.secret_key_base = ⟦'your-secret-key-base'⟧\n  end\nend\n",
        severity: 'warning',
        messageIncludes: STUB,
      },
      {
        name: 'an account key beside its endpoint, and a pin_code',
        path: 'config/initializers/storage.rb',
        code: "ARCHIVE = {\n  endpoint: 'https://ledgerarchive.blob.core.windows.net',\n  key: ⟦'tWsRHA0VqHemFIKcRCA8fyiwmj2KBpsQYSUnwA+X0cLQPVvm51qFKBWCdufJrCbZYo3/1mfs86dTi7virsq0YQ=='⟧\n}\nKIOSK = { pin_code: ⟦'6029'⟧ }\n",
      },
    ],
  },
  php: {
    valid: [
      {
        name: "a DSN's template and a PIN's length",
        path: 'app/Support/WorkerDsn.php',
        code: "<?php\nfinal class WorkerDsn\n{\n    public const EXAMPLE = 'user:password@tcp(127.0.0.1:3306)/dbname';\n    private const PIN_LENGTH = 6;\n}\n",
      },
      {
        name: "a template under a key's name that no signer uses, a header's and a variable's name, and a mail password's template",
        path: 'src/Auth/Webhook.php',
        code: "<?php\nclass Webhook\n{\n    const JWT_KEY = 'your-secret-key';\n    const SIGNATURE_HEADER = 'X-Rota-Signature';\n    const SECRET_ENV = 'WEBHOOK_SECRET';\n    const MAIL_PASSWORD = 'your-mail-password';\n    public function secret(): string { return (string) getenv(self::SECRET_ENV); }\n    public function login(): void { $this->mailer->login('rota', self::MAIL_PASSWORD); }\n}\n",
      },
      {
        name: "global constants: a key's template no signer in the file uses (another file may: one file is scanned), a header's name, an env read, and a salt hashed with no key",
        path: 'config/constants.php',
        code: "<?php\ndefine('JWT_SECRET', 'your-jwt-secret');\ndefine('AUTH_COOKIE', 'rota_token');\ndefine('REFRESH_SECRET', getenv('REFRESH_SECRET') ?: '');\nconst RECEIPT_SALT = 'receipt salt';\nconst SIGNATURE_HEADER = 'X-Rota-Signature';\nfunction refresh(array $p): string { return JWT::encode($p, REFRESH_SECRET, 'HS256'); }\nfunction receipt(string $b): string { return hash('sha256', RECEIPT_SALT . $b); }\n",
      },
      {
        name: 'a closure that captures a label, not a key, and one whose captured key comes from the environment',
        path: 'src/Webhooks.php',
        code: "<?php\nfunction labels(): callable {\n    $secret = 'Webhook secret';\n    return function (string $f) use ($secret): string { return sprintf('%s: %s', $secret, $f); };\n}\nfunction verifier(): callable {\n    $secret = getenv('WEBHOOK_SECRET');\n    return fn (string $b): string => hash_hmac('sha256', $b, $secret);\n}\n",
      },
    ],
    invalid: [
      {
        name: "Laravel's app key as a template, and a go-sql-driver DSN",
        path: 'config/app.php',
        code: "<?php\nreturn [\n    'name' => env('APP_NAME', 'Till'),\n    'key' => ⟦'your-app-key'⟧,\n    'reports_dsn' => 'till:⟦Wk5nRz8Qp3Lv⟧@tcp(mysql:3306)/till_reports',\n];\n",
      },
      {
        name: 'class constants named for the key and handed to JWT::encode / new Key: the signer judges them, as an argument',
        path: 'src/Auth/TokenIssuer.php',
        code: "<?php\nfinal class TokenIssuer\n{\n    private const JWT_KEY = ⟦'your-secret-key'⟧;\n    const SECRET = ⟦'secret'⟧;\n    public function issue(array $p): string { return JWT::encode($p, self::JWT_KEY, 'HS256'); }\n    public function legacy(string $t): object { return JWT::decode($t, new Key(static::SECRET, 'HS256')); }\n}\n",
        severity: 'warning',
      },
      {
        name: "global constants named for the key (define, a top-level const) and handed to JWT::encode / hash_hmac in the file: judged as the argument, as class constants are",
        path: 'public/auth.php',
        code: "<?php\ndefine('AUTH_JWT_SECRET', ⟦'change-this-secret'⟧);\ndefine('AUTH_JWT_ALGO', 'HS256');\nconst RECEIPT_SIGNING_KEY = ⟦'receipt-signing-key'⟧;\nfunction issue(array $p): string { return JWT::encode($p, AUTH_JWT_SECRET, AUTH_JWT_ALGO); }\nfunction receipt(string $b): string { return hash_hmac('sha256', $b, RECEIPT_SIGNING_KEY); }\n",
        severity: 'warning',
      },
      {
        name: 'a key captured by a closure (`use ($secret)`) or read by an arrow function, then signed with: the key the closure signs with',
        path: 'src/Webhooks.php',
        code: "<?php\nfunction verifier(): callable {\n    $secret = ⟦'webhook-secret'⟧;\n    return function (string $b, string $sig) use ($secret): bool { return hash_equals(hash_hmac('sha256', $b, $secret), $sig); };\n}\nfunction signer(): callable {\n    $key = ⟦'partner-signing-key'⟧;\n    return fn (string $b): string => hash_hmac('sha256', $b, $key);\n}\n",
      },
    ],
  },
  go: {
    valid: [
      {
        name: 'a sort key beside an account, board pins and a PIN length',
        path: 'internal/kiosk/kiosk.go',
        code: 'package kiosk\n\nconst ledPin = 18\nconst PinLength = 6\n\nvar order = Sort{Account: "a", Key: "created_at"}\n',
      },
    ],
    invalid: [
      {
        name: "a viper default of the session's secret as a template, and an account key beside its endpoint",
        path: 'config/config.go',
        code: 'package config\n\nimport "github.com/spf13/viper"\n\nvar archive = ArchiveConfig{\n\tEndpoint: "https://deskarchive.blob.core.windows.net",\n\tKey:      ⟦"wGOQc/Ifg7Aly6teNRrlQNDehXz13bFXLbBxW+g5A0uWZlOJwdbUNjMvxUe9Jr3t7VQf4UrdGk6MKAGXs50oIA=="⟧,\n}\n\nfunc Defaults() {\n\tviper.SetDefault("session.secret", ⟦"your-session-secret-key"⟧)\n}\n',
      },
    ],
  },
  java: {
    valid: [
      {
        name: "a PIN's length compared, and a board pin",
        path: 'src/main/java/org/rota/Kiosk.java',
        code: 'package org.rota;\n\nclass Kiosk {\n    private static final int PIN_LENGTH = 6;\n    private static final int LED_PIN = 13;\n    boolean ok(String pin) { return pin.length() == PIN_LENGTH; }\n}\n',
      },
    ],
    invalid: [
      {
        name: "a supervisor's PIN constant the unlock compares with `.equals`: its own name says what it holds",
        path: 'src/main/java/org/rota/Kiosk.java',
        code: 'package org.rota;\n\nclass Kiosk {\n    private static final String SUPERVISOR_PIN = ⟦"806253"⟧;\n    boolean unlock(String pin) { return SUPERVISOR_PIN.equals(pin); }\n}\n',
      },
    ],
  },
};
