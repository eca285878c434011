// PHP and php.ini examples. Fixture secrets are generated, never real keys.
import type { Examples } from '../../rule';

/** Offsets of `text` in the example's code once the ⟦ ⟧ markers are stripped. */
function spanIn(marked: string, text: string): { start: number; end: number } {
  const code = marked.replace(/[⟦⟧]/g, '');
  const start = code.indexOf(text);
  return { start, end: start + text.length };
}

const DB_CONFIG = `<?php\n\nreturn [\n    'default' => env('DB_CONNECTION', 'mysql'),\n    'connections' => [\n        'mysql' => [\n            'host' => env('DB_HOST', '127.0.0.1'),\n            'username' => env('DB_USERNAME', 'forge'),\n            'password' => ⟦'s3cret-Db-Pa55'⟧,\n        ],\n    ],\n];\n`;
const ENV_FALLBACK = `<?php\n\nreturn [\n    'stripe' => [\n        'key' => env('STRIPE_KEY'),\n        'secret' => env('STRIPE_SECRET', ⟦'whsec-local-9f3kQ2'⟧),\n    ],\n];\n`;

export const phpCredentialExamples: Examples = {
  valid: [
    {
      name: 'a .phtml view: a password form field, its translated label and placeholder are UI, not values',
      path: 'application/views/scripts/auth/login.phtml',
      code: '<form method="post">\n  <label for="password"><?= $this->translate(\'Password\') ?></label>\n  <input type="password" name="password" placeholder="Enter your password">\n  <?php $smtpPassword = getenv(\'SMTP_PASSWORD\'); ?>\n</form>\n',
    },
    {
      name: "Laravel's default config/database.php: env reads, non-credential defaults, empty password",
      path: 'config/database.php',
      code: `<?php\n\nreturn [\n    'default' => env('DB_CONNECTION', 'sqlite'),\n    'connections' => [\n        'mysql' => [\n            'driver' => 'mysql',\n            'host' => env('DB_HOST', '127.0.0.1'),\n            'port' => env('DB_PORT', '3306'),\n            'username' => env('DB_USERNAME', 'forge'),\n            'password' => env('DB_PASSWORD', ''),\n        ],\n        'pgsql' => ['password' => env('DB_PASSWORD', null)],\n    ],\n    'redis' => ['default' => ['password' => env('REDIS_PASSWORD')]],\n];\n`,
    },
    {
      name: 'app key and debug flags read from the environment',
      path: 'config/app.php',
      code: `<?php\n\nreturn [\n    'debug' => (bool) env('APP_DEBUG', false),\n    'key' => env('APP_KEY'),\n    'cipher' => 'AES-256-CBC',\n];\n`,
    },
    {
      name: 'validation rules, casts, hidden fields and hashing',
      path: 'app/Http/Requests/RegisterRequest.php',
      code: `<?php\n\nclass RegisterRequest extends FormRequest\n{\n    public function rules(): array\n    {\n        return ['password' => ['required', 'string', 'min:8', 'confirmed']];\n    }\n}\n\nclass User extends Model\n{\n    protected $hidden = ['password', 'remember_token'];\n    protected $casts = ['password' => 'hashed', 'email_verified_at' => 'datetime'];\n}\n\n$request->validate(['password' => 'required|confirmed|min:12']);\n$validator = Validator::make($data, ['password' => 'confirmed']);\n$user->password = Hash::make($request->password);\n$rules = ['token' => 'required|size:64'];\n`,
    },
    {
      name: 'migrations, form labels and translation files',
      path: 'database/migrations/2014_10_12_000000_create_users_table.php',
      code: `<?php\n\nSchema::create('users', function (Blueprint $table) {\n    $table->string('password');\n    $table->rememberToken();\n});\n$labels = ['password' => 'Password', 'password_confirmation' => 'Confirm your password'];\n`,
    },
    {
      name: 'a translation file',
      path: 'lang/en/auth.php',
      code: `<?php\n\nreturn [\n    'failed' => 'These credentials do not match our records.',\n    'password' => 'The provided password is incorrect.',\n    'throttle' => 'Too many login attempts.',\n];\n`,
    },
    {
      name: 'env reads, getenv fallbacks to env reads, placeholders',
      path: 'src/config.php',
      code: `<?php\n\n$password = getenv('DB_PASSWORD');\n$apiKey = $_ENV['API_KEY'] ?? '';\n$token = getenv('API_TOKEN') ?: null;\n$secret = 'changeme';\ndefine('DB_PASSWORD', getenv('DB_PASSWORD'));\nconst API_KEY = '<your-api-key>';\n$pdo = new PDO($dsn, $user, $pass);\n$pdo2 = new PDO('mysql:host=localhost;dbname=app', 'root', '');\n`,
    },
    {
      name: 'interpolated strings and heredocs are not literals',
      path: 'src/client.php',
      code: `<?php\n\n$auth = "Bearer {$token}";\n$password = "$prefix-suffix";\n$headers = ['Authorization' => 'Bearer ' . $token];\n`,
    },
  ],
  invalid: [
    {
      name: "CodeIgniter 3's database config kept as a .bak beside the one that reads the environment (a web server serves it as text)",
      path: 'application/config/database.php.bak',
      code: "<?php\n$db['default'] = array(\n\t'hostname' => getenv('DB_HOST'),\n\t'username' => 'clinic',\n\t'password' => ⟦'Wq7Tz2Lm9Xv4KpRn'⟧,\n\t'dbdriver' => 'mysqli',\n);\n",
    },
    {
      name: "an editor's backup of Yii 2's main-local.php",
      path: 'common/config/main-local.php~',
      code: "<?php\nreturn ['components' => ['db' => ['dsn' => getenv('DB_DSN'), 'username' => 'rental', 'password' => ⟦'Nk5Wq8Tz3Lm7XvRp'⟧]]];\n",
    },
    {
      name: 'a Zend/Laminas view script (.phtml) that opens a database with a literal password',
      path: 'application/views/scripts/report/export.phtml',
      code: "<?php\n$pdo = new PDO('mysql:host=reports.local;dbname=reports', 'report_ro', ⟦'Qk7Wz3Nm8Rt2Vx5L'⟧);\n?>\n<h1><?= $this->escape($this->title) ?></h1>\n",
    },
    {
      name: 'a literal password in config/database.php',
      path: 'config/database.php',
      code: DB_CONFIG,
      messageIncludes: ['Factor III', 'hardcoded password', "env('MYSQL_PASSWORD')"],
      fix: { kind: 'move-to-env', envName: 'MYSQL_PASSWORD', value: 's3cret-Db-Pa55', span: spanIn(DB_CONFIG, `'s3cret-Db-Pa55'`) },
    },
    {
      name: 'a Stripe key in config/services.php',
      path: 'config/services.php',
      code: `<?php\n\nreturn [\n    'stripe' => ['secret' => ⟦'sk_live_78C9IdGH3TtNj226ewFrDaC4'⟧],\n];\n`,
      messageIncludes: ['Stripe secret key', 'rotate it'],
      fix: { envName: 'STRIPE_SECRET' },
    },
    {
      name: 'the literal fallback of env()',
      path: 'config/services.php',
      code: ENV_FALLBACK,
      messageIncludes: ['fallback', "env('STRIPE_SECRET')", 'remove the fallback'],
      fix: { kind: 'move-to-env', envName: 'STRIPE_SECRET', existingEnvName: 'STRIPE_SECRET', span: spanIn(ENV_FALLBACK, `env('STRIPE_SECRET', 'whsec-local-9f3kQ2')`) },
    },
    {
      name: "env('X', 'a') ?? 'b': the second fallback's message never quotes the first",
      path: 'config/app.php',
      code: `<?php\n\nreturn ['key' => env('APP_SECRET', ⟦'Wk8pX3nR6tLq2vZs'⟧) ?? ⟦'Jc5hM9bT4yFe7gDu'⟧];\n`,
      messageIncludes: ['APP_SECRET'],
    },
    {
      name: 'getenv() ?: and $_ENV ?? fallbacks',
      path: 'src/bootstrap.php',
      code: `<?php\n\n$dbPassword = getenv('DB_PASSWORD') ?: ⟦'Tr0ub4dor&3'⟧;\n$jwtSecret = $_ENV['JWT_SECRET'] ?? ⟦'jwt-s3cret-7f3a'⟧;\n`,
      messageIncludes: ['fallback', 'remove the fallback'],
    },
    {
      name: 'define(), class constants, variables and properties',
      path: 'src/Settings.php',
      code: `<?php\n\ndefine('DB_PASSWORD', ⟦'p@ssw0rd-prod'⟧);\n\nclass Client\n{\n    const API_KEY = ⟦'715b2a0549d4b235352a43b16b526d4c'⟧;\n    private $apiSecret = ⟦'XbgLx7nstXbiGp'⟧;\n\n    public function connect()\n    {\n        $password = ⟦'hunter2-x'⟧;\n        $this->authToken = ⟦'JeJPF0vpZFwKh86J'⟧;\n    }\n}\n`,
    },
    {
      name: 'new PDO and mysqli_connect password arguments',
      path: 'public/db.php',
      code: `<?php\n\n$pdo = new PDO('mysql:host=db.internal;dbname=shop', 'shop', ⟦'Sh0p-Db-2024'⟧);\n$link = mysqli_connect('db.internal', 'shop', ⟦'Sh0p-Db-2025'⟧, 'shop');\n$named = new PDO(dsn: $dsn, password: ⟦'Sh0p-Db-2026'⟧, username: 'shop');\n`,
      messageIncludes: ['passed to'],
      fix: { envName: 'DB_PASSWORD' },
    },
    {
      name: 'connection URLs and DSNs with passwords',
      path: 'src/db.php',
      code: `<?php\n\n$url = 'postgres://app:⟦pg-s3cret-41⟧@db.internal:5432/app';\n$pdo = new PDO('pgsql:host=db.internal;dbname=app;user=app;password=⟦Pg-Dsn-S3cret⟧');\n`,
      messageIncludes: ['password in'],
    },
    {
      name: 'a GitHub token anywhere, also in tests',
      path: 'tests/Unit/GithubTest.php',
      code: `<?php\n\n$client->authenticate(⟦'ghp_uG0UYh3L4bw5Q8p2KSWCgHBTpY1fQrPMT46f'⟧);\n`,
      messageIncludes: ['GitHub'],
    },
    {
      name: 'a property default has no in-place fix (an env read is not a constant expression)',
      path: 'src/Mailer.php',
      code: `<?php\n\nclass Mailer\n{\n    public $Password = ⟦'Sm7p-Pa55word'⟧;\n}\n`,
    },
  ],
};

export const iniCredentialExamples: Examples = {
  valid: [
    {
      name: 'php.ini without credentials, and env interpolation',
      path: 'docker/php.ini',
      code: `[PHP]\nmemory_limit = 256M\n\n[MySQLi]\nmysqli.default_user =\nmysqli.default_pw = \${DB_PASSWORD}\n; mysqli.default_pw = commented-out\n`,
    },
  ],
  invalid: [
    {
      name: 'a default database password in php.ini',
      path: 'docker/php.ini',
      code: `[MySQLi]\nmysqli.default_pw = ⟦"Sh0p-Db-2024"⟧\n`,
      messageIncludes: ['Factor III', '${MYSQLI_DEFAULT_PW}'],
      fix: { kind: 'move-to-env', envName: 'MYSQLI_DEFAULT_PW', value: 'Sh0p-Db-2024' },
    },
  ],
};
