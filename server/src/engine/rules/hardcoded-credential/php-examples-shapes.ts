// PHP shapes: Laravel's APP_KEY in config/app.php, run-together names (`$dbpass`), digit-only
// passwords, passwords compared with a state word. Generated values.
import type { Examples } from '../../rule';

export const phpShapeExamples: Examples = {
  valid: [
    {
      name: "a unique key that names columns (Laravel's upsert, a Doctrine constraint): no random value, no secret",
      path: 'app/Repositories/StockRepository.php',
      code: "<?php\n$options = ['unique_key' => 'sku', 'uniqueKeys' => ['tenant_id', 'sku']];\n$uniqueKey = 'orders_tenant_id_number_unique';\n",
    },
    {
      name: "mysqli's own argument order with an empty password: the database named fourth is no password (probe18)",
      path: 'db.php',
      code: "<?php\n$conn = mysqli_connect('localhost', 'root', '', 'shop_db_main');\n$link = new mysqli('localhost', 'root', '', 'inventory_app');\n",
    },
    {
      name: "a WMI class name (a version's digits in a word) before the list of the properties to read: no key then its secret",
      path: 'includes/os/class.WINNT.inc.php',
      code: "<?php\n\nclass WINNT\n{\n    public static function memory()\n    {\n        return self::getWMI(self::$_wmi, 'Win32_PhysicalMemory', array('PartNumber', 'ConfiguredClockSpeed', 'ConfiguredVoltage', 'SMBIOSMemoryType', 'FormFactor'));\n    }\n}\n",
    },
    {
      name: "PSR-7 header writers given a variable, a prefix joined to one, or a header that holds no credential",
      path: 'src/Http/PartnerClient.php',
      code: "<?php\nfunction send($http, $request, string $token, string $key) {\n    return $http->sendRequest($request->withHeader('Authorization', 'Bearer ' . $token)->withHeader('X-Api-Key', $key)->withHeader('Accept', 'application/json')->withHeader('X-Api-Key-Version', '2024-01'));\n}\n",
    },
    {
      name: 'heredoc bodies whose secret is interpolated or a placeholder; hash_equals between two request values',
      path: 'lib/forward.php',
      code: "<?php\n\nfunction body(string $account, string $secret): string\n{\n    return <<<JSON\n{\"account\": \"{$account}\", \"secret\": \"{$secret}\"}\nJSON;\n}\n\n$sandbox = <<<'JSON'\n{\"account\": \"sandbox\", \"api_key\": \"<your sandbox api key>\"}\nJSON;\n\n$ok = hash_equals($_SERVER['HTTP_X_TOKEN'] ?? '', getenv('HOOK_TOKEN') ?: '');\n",
    },
    {
      name: 'functions whose return names no credential, or returns a chosen word: a field name, a header, a label by environment',
      path: 'src/Partner/Partner.php',
      code: "<?php\n\nfinal class Partner\n{\n    public function getPasswordField(): string\n    {\n        return 'password';\n    }\n\n    public function getApiKeyHeader(): string\n    {\n        return 'X-Api-Key';\n    }\n\n    public static function label(string $env): string\n    {\n        return match ($env) {\n            'prod' => 'Xq8vTz2LkR7xWp4NbH9cYs3Fd6Gj',\n            default => 'unknown',\n        };\n    }\n\n    public function getApiKey(): string\n    {\n        return getenv('PARTNER_API_KEY') ?: '';\n    }\n}\n",
    },
    {
      name: "an installer's options renamed to the program's globals, and attribute names mapped to their object identifiers (MediaWiki, phpseclib)",
      path: 'includes/installer/CliInstaller.php',
      code: "<?php\nclass CliInstaller\n{\n    private $optionMap = [\n        'dbtype' => 'wgDBtype',\n        'dbserver' => 'wgDBserver',\n        'dbuser' => 'wgDBuser',\n        'dbpass' => 'wgDBpassword',\n        'dbport' => 'wgDBport',\n    ];\n    private $oids = ['pkcs-9-at-unstructuredName' => '1.2.840.113549.1.9.2', 'pkcs-9-at-challengePassword' => '1.2.840.113549.1.9.7'];\n}\n",
    },
    {
      name: "a class map's path and a call forgetting a stored passphrase (GOsa, Horde)",
      path: 'include/class_location.inc',
      code: "<?php\n$class_mapping = array('password' => 'plugins/personal/password/class_password.inc');\n$this->unsetPassphrase('personal');\n$pgp->forgetPassword('cache');\n",
    },
    {
      name: 'class constants that reach no secret-taking call: a nonce size, a key used only as an array index, a digest compared',
      path: 'src/Support/Cache.php',
      code: "<?php\nfinal class Cache\n{\n    private const KEY = 'report_cache_v2_sidebar_items';\n    private const FINGERPRINT = '9f86d081884c7d659a2feaea0c55ad015a3bf4f8';\n\n    public function get(array $store): mixed\n    {\n        return $store[self::KEY] ?? hash_equals(self::FINGERPRINT, sha1('x'));\n    }\n}\n",
    },
    {
      name: "a controller's field rules naming the column each field is validated against (Zabbix)",
      path: 'app/controllers/CControllerHostUpdateGeneral.php',
      code: `<?php
$fields = [
    'host' => 'required|db hosts.host',
    'ipmi_username' => 'db hosts.ipmi_username',
    'ipmi_password' => 'db hosts.ipmi_password',
];
`,
    },
    {
      name: "binds that are no LDAP login: a query's named parameter, a bind from the environment",
      path: 'src/Repository/Reports.php',
      code: "<?php\n$query->bind(':start', '2014-01-01');\n$route->bind('product', 'ProductController');\n$ldap->bind('cn=sync,ou=services,dc=example,dc=org', getenv('LDAP_PASSWORD'));\n",
    },
    {
      name: 'two ids in a row (UUIDs), an amount and its currency, a route with its action',
      path: 'src/Billing/Ledger.php',
      code: "<?php\n$link = new Link('0f8fad5b-d9cb-469f-a165-70867728950e', '7c9e6679-7425-40de-944b-e07fc1f90ae7');\n$price = new Money('1999', 'EUR');\n$route = new Route('orders', 'show');\n",
    },
    {
      name: "a settings form's metadata: each setting's field type",
      path: 'lib/plugins/authldap/conf/metadata.php',
      code: "<?php\n$meta['binddn']  = array('string');\n$meta['bindpw']  = array('password');\n$meta['modPass'] = array('onoff');\n$meta['autopasswd'] = array('onoff');\n",
    },
    {
      name: 'PEAR-style factory classes under credential keys',
      path: 'lib/Core/Registry.php',
      code: "<?php\n$factories = ['Horde_Secret' => 'Horde_Core_Factory_Secret', 'Horde_Token' => 'Horde_Core_Factory_Token'];\n$renamed = ['SimpleSAML_Auth_Default' => 'SimpleSAML_Auth_DefaultAuth', 'Acme_Auth_Token' => 'Acme_Auth_TokenStore'];\n",
    },
    {
      name: 'an option name that spells the constant it is kept under, four arguments that are no login, a mailer reading its password',
      path: 'wp-content/plugins/shipping/shipping.php',
      code: "<?php\ndefine('SHIPPING_OPTION_API_KEY', 'shipping_api_key');\n$server = new Server('api.example.com', 443, 'v1', 'production');\n$mailer = new Mailer('smtp.example.com', 587, 'alerts', getenv('SMTP_PASSWORD'));\n",
    },
    {
      name: "config/app.php reading APP_KEY, and other files' `key` entries",
      path: 'config/app.php',
      code: "<?php\n\nreturn [\n    'key' => env('APP_KEY'),\n    'cipher' => 'AES-256-CBC',\n];\n",
    },
    {
      name: 'a `key` outside config/app.php names nothing secret',
      path: 'config/cache.php',
      code: "<?php\n\nreturn ['prefix' => 'shop', 'key' => 'Wa7zGpWHL5JeWc'];\n",
    },
    {
      name: "an auth pair read from the environment, a one-element 'auth' list",
      path: 'app/Services/Billing.php',
      code: "<?php\n\n$client = new Client(['auth' => ['shop', getenv('BILLING_PASSWORD')]]);\n$guards = ['auth' => ['web']];\n",
    },
    {
      name: 'names that end in "pass" without meaning a password, state comparisons, small numbers',
      path: 'src/Auth/Gate.php',
      code: "<?php\n\n$bypass = 'BMQwVd4t9Xoez9';\n$compass = 'FTaMLYQZKQpBLJ';\nif ($user->password === 'reset') { reset_password($user); }\n$password_min_length = 12;\n$config['password'] = 123456;\n",
    },
    {
      name: 'basic auth and login calls fed from the environment; a login that takes no password',
      path: 'app/Services/Carrier.php',
      code: "<?php\n\n$rates = Http::withBasicAuth('shop', env('CARRIER_PASSWORD'))->get($url);\n$sftp->login('deploy', getenv('SFTP_PASSWORD'));\nAuth::login($user, true);\n$this->login($user);\n",
    },
    {
      name: 'the stock wp-config-sample.php: an example file, its placeholders are no credentials',
      path: 'wp-config-sample.php',
      code: "<?php\n\ndefine( 'DB_PASSWORD', 'password_here' );\ndefine( 'AUTH_KEY', 'put your unique phrase here' );\n",
    },
    {
      name: 'cURL and Symfony HttpClient credentials from variables; Magento config paths; a CodeIgniter language file',
      path: 'app/code/Outlet/Erp/Model/Connector.php',
      code: "<?php\n\nconst XML_PATH_API_KEY = 'outlet_erp/general/api_key';\ncurl_setopt($ch, CURLOPT_USERPWD, $user . ':' . $password);\n$client->request('GET', $url, ['auth_basic' => [$user, $password]]);\n$key = hex2bin($this->config->get('key'));\n",
    },
    {
      name: "CodeIgniter's language files are translations",
      path: 'application/language/french/auth_lang.php',
      code: "<?php\n\n$lang['api_key'] = 'Clé API';\n$lang['password'] = 'Mot de passe';\n",
    },
    {
      name: 'older connect functions fed from the environment, an empty password, a redis auth from config',
      path: 'includes/db.php',
      code: "<?php\n\n$link = mysql_connect('localhost', 'shop', getenv('DB_PASSWORD'));\n$conn = oci_connect('scott', '', 'db/XE');\n$redis->auth($config['redis_password']);\nini_set('display_errors', '0');\n",
    },
    {
      name: "a Yii message file whose translation keeps an acronym; Laminas' setAuth fed from config",
      path: 'messages/ru/app.php',
      code: "<?php\n\nreturn ['API token' => 'API-токен', 'Password' => 'Пароль'];\n$client->setAuth($config['user'], $config['password']);\n",
    },
    {
      name: 'a client built from a base URL',
      path: 'src/Clients.php',
      code: "<?php\n\n$http = new GuzzleClient('https://api.example.com');\n",
    },
    {
      name: "a bare `key` under a purpose beside its `secret` (the pair's public half), under a cache; a constants class with no generated value",
      path: 'config/services.php',
      code: "<?php\n\nreturn [\n    'pusher' => ['key' => 'SXhs9Pihadu5FGxHf3pkauMY', 'secret' => env('PUSHER_SECRET')],\n    'cache' => ['key' => 'users-list'],\n];\n\nfinal class ApiKeys\n{\n    const HEADER = 'X-Api-Key';\n    const PARAM = 'appid';\n}\n",
    },
    {
      name: 'backed enums whose cases are no credential: token kinds, header names, chosen words under a credential enum',
      path: 'src/Auth/TokenType.php',
      code: "<?php\n\nenum TokenType: string\n{\n    case Bearer = 'bearer';\n    case Refresh = 'refresh_token';\n}\n\nenum ApiKeyHeader: string\n{\n    case Default = 'X-Api-Key';\n}\n\nenum PartnerToken: string\n{\n    case Demo = 'demo';\n}\n",
    },
    {
      name: 'a mailer given a security mode and a password read from the environment',
      path: 'app/controllers/Guestbook.php',
      code: "<?php\n\n$smtp = new \\SMTP('smtp.example.com', 465, 'ssl', 'guestbook@example.org', getenv('SMTP_PASSWORD'));\n",
    },
    {
      name: 'a client given a URL, a user and a password read from the environment',
      path: 'src/Service/Workday.php',
      code: "<?php\n\n$client = new WorkdayClient('https://wd5.example.com/ccx/service/acme', 'ISU_Directory', getenv('WORKDAY_PASSWORD'));\n",
    },
    {
      name: 'pins that are no PIN code: a GPIO pin, certificate pinning, a pinned flag',
      path: 'config/device.php',
      code: "<?php\n\nreturn ['gpio_pin' => '17', 'ssl_pin' => 'sha256/YLh1dUR9y6Kja30RrAn7JKnbQG/uEtLMkBgFF2Fuihg=', 'pin' => true];\n",
    },
    {
      name: 'a scheme-less connection URI read from the environment or with a placeholder; an e-mail-like string given elsewhere',
      path: 'bot.php',
      code: "<?php\n\n$db = (new Factory())->createLazyConnection(getenv('DATABASE_URI'));\n$local = (new Factory())->createLazyConnection('bot:changeme@localhost/bot');\n$log->info('user:alice@example.org');\n",
    },
    {
      name: "a namespaced class name under a credential's word (Predis' command table), a setting read from the environment, a random seed",
      path: 'lib/Profile.php',
      code: "<?php\n\n$commands = ['PING' => 'Predis\\Command\\ConnectionPing', 'AUTH' => 'Predis\\Command\\ConnectionAuth'];\nConfigure::write('Maps.apiKey', env('MAPS_API_KEY'));\nConfigure::write('Faker.seed', '1234567890');\n$m->setSaslAuthData('intranet', getenv('MEMCACHED_PASSWORD'));\n",
    },
    {
      name: "PHP-DI: a construction from container entries and the environment, a class that takes no password third",
      path: 'config/container.php',
      code: "<?php\n\nuse function DI\\create;\nuse function DI\\env;\nuse function DI\\get;\n\nreturn [\n    'db.password' => env('DB_PASSWORD'),\n    PDO::class => create()->constructor(get('db.dsn'), get('db.user'), get('db.password')),\n    'mailer' => create(Mailer::class)->constructor('smtp.example.com', 587, 'Bookings'),\n];\n",
    },
    {
      name: "Symfony's secrets vault: the dev decryption key (Symfony lets it be committed), the public encryption key, an encrypted value",
      path: 'config/secrets/dev/dev.decrypt.private.php',
      code: '<?php // dev.decrypt.private on Tue, 14 Oct 2025 09:12:44 +0000\n\nreturn "\\xAE\\xDE\\xB8\\x96\\xA3i\\x92a\\xD6p\\xD1\\xD4\\xEB\\xBC\\x8B\\xC9\\x5C\\x05\\x2B\\x7B";\n',
    },
    {
      path: 'config/secrets/prod/prod.encrypt.public.php',
      code: '<?php // prod.encrypt.public on Tue, 14 Oct 2025 09:12:44 +0000\n\nreturn "\\x4a\\x91\\x0f\\xc3\\x2e\\x7d\\xb8\\x55\\x16\\xe2\\x9a\\x40\\xd7\\x83";\n',
    },
    {
      name: "Laravel Envoy: a setup block reading the environment, tasks handing it on ({{ $password }}, $DB_PASSWORD) and a migration step",
      path: 'Envoy.blade.php',
      code: "@servers(['db' => 'deploy@db1.example.com'])\n\n@setup\n    $backupPassword = getenv('BACKUP_DB_PASSWORD');\n    $passwordHint = 'see the ops vault';\n@endsetup\n\n@task('backup', ['on' => 'db'])\n    mysqldump -u backup -p{{ $backupPassword }} bookings > /tmp/b.sql\n    mysql -u report -p\"$DB_PASSWORD\" -e 'SELECT 1'\n    php artisan migrate --force\n@endtask\n",
    },
    {
      name: "Symfony #[Autowire]: an env read, a parameter, a service, env: and param: arguments, a text that is no credential, a placeholder",
      path: 'src/Webhook/CarrierWebhookController.php',
      code: "<?php\n\nuse Symfony\\Component\\DependencyInjection\\Attribute\\Autowire;\n\nfinal class CarrierWebhookController\n{\n    public function __construct(\n        #[Autowire('%env(CARRIER_WEBHOOK_SECRET)%')] private string $carrierSecret,\n        #[Autowire('%app.partner_token%')] private string $partnerToken,\n        #[Autowire(service: 'monolog.logger.webhooks')] private LoggerInterface $logger,\n        #[Autowire('@app.secret_key_provider')] private KeyProvider $secretKey,\n        #[Autowire(env: 'LABEL_PRINTER_PASSWORD')] private string $printerPassword,\n        #[Autowire('Default label text')] private string $footerText,\n        #[Autowire(value: 'changeme')] private string $ratesPassword,\n    ) {}\n}\n",
    },
    {
      name: "URLs built by . whose later pieces hold no literal password",
      path: 'src/Ledger.php',
      code: "<?php\n\nfunction ledgerUrl(string $host): string\n{\n    return 'pgsql://' . $host . '/ledger?user=ledger&password=' . getenv('LEDGER_PASSWORD');\n}\n\nfunction note(string $id): string\n{\n    return 'Order ' . $id . '?password=reset';\n}\n",
    },
  ],
  invalid: [
    {
      name: 'a settings template with a source ending (`config.inc.php.dist`): read as PHP, a guess from a name there is information',
      path: 'config/config.inc.php.dist',
      code: "<?php\n$_LAB = array();\n$_LAB['db_password'] = ⟦'k7#Qm2vLp9'⟧;\n",
      severity: 'info',
      messageIncludes: ['in an example'],
    },
    {
      name: "a settings template's key of a known format is reported as anywhere else",
      path: 'config/config.inc.php.dist',
      code: "<?php\n$_LAB = array();\n$_LAB['stripe_secret'] = ⟦'sk_live_Lvs0olImXmEqOImXy7NV49s5'⟧;\n",
      severity: 'error',
      messageIncludes: ['Stripe'],
    },
    {
      name: "a password in Laravel's connection for the test run is the test database's: information (a guess from the name)",
      path: 'config/database.php',
      code: "<?php\nreturn [\n    'connections' => [\n        'mysql_testing' => [\n            'host' => '127.0.0.1',\n            'username' => env('MYSQL_USER', 'shop-test'),\n            'password' => env('MYSQL_PASSWORD', ⟦'DZf3AnlV9rwDzw'⟧),\n        ],\n    ],\n];\n",
      severity: 'info',
    },
    {
      name: "SuiteCRM's and vtiger's install-generated unique key, which keys their sessions and hashes",
      path: 'config.php',
      code: "<?php\n$sugar_config = array(\n  'site_url' => 'https://crm.example.org',\n  'unique_key' => ⟦'8d1d081b1be3da3407bbc0af89c13946'⟧,\n);\n$application_unique_key = ⟦'a290496d4da9c32e72f6e035cc516712'⟧;\n",
    },
    {
      name: "PSR-7 header writers: withHeader and withAddedHeader named by their header",
      path: 'src/Http/PartnerClient.php',
      code: "<?php\nfunction send($http, $request) {\n    return $http->sendRequest($request->withHeader('X-Api-Key', ⟦'RcLekNJHJiiw6m8IKfcY'⟧)->withAddedHeader('Authorization', ⟦'Bearer kULxfZKeT4MQHMl0W1dCEIp'⟧));\n}\n",
    },
    {
      name: "Symfony #[Autowire('…')] / #[Autowire(value: '…')] injecting a literal into a parameter or property named for a secret",
      path: 'src/Webhook/CarrierWebhookController.php',
      code: "<?php\n\nuse Symfony\\Component\\DependencyInjection\\Attribute\\Autowire;\n\nfinal class CarrierWebhookController\n{\n    #[Autowire(⟦'Lp7cQx2vNw9zTk4mRb6s'⟧)]\n    public string $printerApiToken;\n\n    public function __construct(\n        #[Autowire(value: ⟦'whk_9fB2xQ7mLz4cVt8nRw3kPj6s'⟧)] private readonly string $legacyWebhookSecret,\n    ) {}\n}\n",
    },
    {
      name: "Laravel Envoy: a password set in the @setup block (PHP) and one typed into a task's mysql command (shell)",
      path: 'Envoy.blade.php',
      code: "@servers(['db' => 'deploy@db1.example.com'])\n\n@setup\n    $release = date('YmdHis');\n    $backupPassword = ⟦'Xv7mQc2tLw9zRk4B'⟧;\n@endsetup\n\n@task('report', ['on' => 'db'])\n    mysql -u report_ro -p⟦Kd5wNx8qTz3vLc7M⟧ -e \"SELECT COUNT(*) FROM bookings.reservations\"\n@endtask\n",
    },
    {
      name: "PHP-DI: create(PDO::class)->constructor(dsn, user, '…') is new PDO(…): its third argument is the password",
      path: 'config/container.php',
      code: "<?php\n\nuse function DI\\create;\n\nreturn [\n    'legacy.pdo' => create(PDO::class)\n        ->constructor('mysql:host=legacy-db.example.com;dbname=bookings', 'legacy_ro', ⟦'Fq2zWn7xKc4tLv9B'⟧),\n    'reports.db' => \\DI\\autowire(\\mysqli::class)->constructor('reports-db.example.com', 'reports', ⟦'Kd5wNx8qTz3vLc7M'⟧),\n];\n",
    },
    {
      name: "Symfony's secrets vault: the production decryption key file, committed",
      path: 'config/secrets/prod/prod.decrypt.private.php',
      code: '<?php // prod.decrypt.private on Tue, 14 Oct 2025 09:12:44 +0000\n\nreturn ⟦"\\xAE\\xDE\\xB8\\x96\\xA3i\\x92a\\xD6p\\xD1\\xD4\\xEB\\xBC\\x8B\\xC9\\x5C\\x05\\x2B\\x7B"⟧;\n',
    },
    {
      name: "a heredoc JSON body's password field; hash_equals against a request value read with a ?? fallback",
      path: 'public/hook.php',
      code: "<?php\n\n$body = <<<JSON\n{\n    \"username\": \"relay-bot\",\n    \"password\": \"⟦Kq7vTz2LmR8xWp4NbH⟧\"\n}\nJSON;\n\nif (!hash_equals($_SERVER['HTTP_X_GITLAB_TOKEN'] ?? '', ⟦'Zq8vXz2LkR7xWp4NbH9cYs3Fd6Gj'⟧)) {\n    exit;\n}\n",
    },
    {
      name: "a method's returned literal named by the method (a getter, a match arm by environment)",
      path: 'src/Partner/Partner.php',
      code: "<?php\n\nfinal class Partner\n{\n    public function getApiKey(): string\n    {\n        return ⟦'Rk8vTq2WmN9xLp4ZsH7cJd3F'⟧;\n    }\n\n    public static function partnerKey(string $env): string\n    {\n        return match ($env) {\n            'prod' => ⟦'Xq8vTz2LkR7xWp4NbH9cYs3Fd6Gj'⟧,\n            default => $_ENV['PARTNER_KEY'] ?? '',\n        };\n    }\n}\n",
      messageIncludes: ['key in "'],
    },
    {
      name: "lcobucci/jwt's in-memory symmetric keys and a defuse/php-encryption key loaded from its saved string",
      path: 'config/jwt.php',
      code: "<?php\n$config = Configuration::forSymmetricSigner(new Sha256(), InMemory::plainText(⟦'Sx4Kq9Lm2Vt7Rw3Zb8Nc5Jd1Hg6Fp0Ty'⟧));\n$legacy = InMemory::base64Encoded(⟦'eTigXYtCqBUpdlPCMPQ4yIbzq4sivJ+HSbbxn74RNiU='⟧);\n$key = Key::loadFromAsciiSafeString(⟦'def00000b3f1a7c9e2d4f6a8b0c1e3d5f7a9b2c4e6f8a0b1d3e5f7a9c2b4d6e8f0a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9'⟧);\n",
    },
    {
      name: 'a class constant named for nothing, used as the key of a libsodium or HMAC call (through sodium_hex2bin)',
      path: 'app/Support/Sealer.php',
      code: "<?php\nfinal class Sealer\n{\n    private const KEY = ⟦'5b0e2a9c7d1f4e3a8c6b2d0f9e7a1c4b3d5f7e9a2c4b6d8f0e1a3c5b7d9f2e4a'⟧;\n    const SEED = ⟦'q7Vx2Lm9Rt4Wz8Kp3Nb6'⟧;\n\n    public function seal(string $m, string $n): string\n    {\n        return sodium_crypto_secretbox($m, $n, sodium_hex2bin(self::KEY)) . hash_hmac('sha256', $m, static::SEED);\n    }\n}\n",
      messageIncludes: ['key'],
    },
    {
      name: "an LDAP bind's password after its DN (Symfony Ldap, Laminas)",
      path: 'src/Security/DirectorySync.php',
      code: "<?php\n$ldap = Ldap::create('ext_ldap', ['connection_string' => 'ldaps://dc1.example.org:636']);\n$ldap->bind('cn=sync,ou=services,dc=example,dc=org', ⟦'nO5ZV5Qm1UXuI0747F'⟧);\n",
      messageIncludes: ['->bind'],
    },
    {
      name: "a generated secret right after a generated app key (Pusher's key, secret, app id)",
      path: 'app/Listeners/Broadcast.php',
      code: "<?php\n$pusher = new \\Pusher\\Pusher('7ce3994fe559f1da69f3', ⟦'8217093eef43e3d2bc94'⟧, '1733452', ['cluster' => 'eu']);\n",
      messageIncludes: ['new Pusher'],
    },
    {
      name: "the literal after a pair's public half, whatever the SDK",
      path: 'src/Payments/Gateway.php',
      code: "<?php\n$gateway = new Gateway($merchantId, $publicKey, ⟦'wDHR1IDmzlrhyw7evHsZm2L6'⟧);\n",
      messageIncludes: ['new Gateway'],
    },
    {
      name: "the password after a host, a port and a user; MediaWiki's $wgDBpassword; Nextcloud's passwordsalt",
      path: 'LocalSettings.php',
      code: "<?php\n$mailer = new Mailer('smtp.example.com', 587, 'alerts@example.com', ⟦'GYRq8g22phw0Yk2Hu5gk'⟧);\n$wgDBpassword = ⟦'mjqvUIjbHAeAwCT2xN2B'⟧;\n$CONFIG = array('passwordsalt' => ⟦'JlwPAYq1MzOZnWbxHahH'⟧);\n",
      messageIncludes: ['Factor III'],
    },
    {
      name: 'an API client built from one generated literal',
      path: 'src/Clients.php',
      code: "<?php\n\n$mail = new PostmarkClient(⟦'2ba73024-f132-4d1c-9416-4a320396b8f3'⟧);\n",
      messageIncludes: ['API token'],
    },
    {
      name: "Yii's cookieValidationKey, and the password of Laminas' setAuth or a client's setCredentials",
      path: 'config/web.php',
      code: "<?php\n\n$config = ['components' => ['request' => ['cookieValidationKey' => ⟦'MLJrwnx5YZCCgvi8Rjj9EI9dTv9icpvp'⟧]]];\n$client->setAuth('crm-sync', ⟦'OFBIegk24uhP1D'⟧);\n$soap->setCredentials('erp', ⟦'5SkmUPoSPIrgbZ'⟧);\n",
    },
    {
      name: "older PHP's connect functions (mysql_*, Oracle, ODBC, MSSQL, IMAP), phpredis' auth and ini_set",
      path: 'includes/db.php',
      code: "<?php\n\n$link = mysql_connect('localhost', 'shop', ⟦'AUOgwsUlSf3L2G'⟧);\n$conn = oci_connect('scott', ⟦'1L896oPR6O9Qoy'⟧, 'db/XE');\n$odbc = odbc_connect($dsn, 'sa', ⟦'fCo204PGNdQIs6'⟧);\n$mbox = imap_open($mailbox, 'support', ⟦'HMTfS0VsBSsHEq'⟧);\n$redis->auth(⟦'41Fkgi3blLapV6'⟧);\nini_set('mysql.default_password', ⟦'dhgLnK43C81XG3'⟧);\n",
      messageIncludes: ['hardcoded password'],
    },
    {
      name: 'a key decoded from a literal (hex2bin, base64_decode) is still a hardcoded key',
      path: 'application/config/config.php',
      code: "<?php\n\n$config['encryption_key'] = hex2bin(⟦'96b0bc932f3d7dc8da3e232795d8bd7b'⟧);\n",
      messageIncludes: ['encryption key'],
    },
    {
      name: "user:password for cURL, and Symfony HttpClient's auth_basic pair or string",
      path: 'src/Service/Weather.php',
      code: "<?php\n\ncurl_setopt($ch, CURLOPT_USERPWD, 'school:⟦0Wc9tCtEoNrSj7⟧');\n$client->request('GET', $url, ['auth_basic' => ['weather', ⟦'QOFzxmscDEJ4sq'⟧]]);\n$client->request('GET', $url, ['auth_basic' => 'weather:⟦838mxCNs32ytFa⟧']);\n",
      messageIncludes: ['password'],
    },
    {
      name: "a bare `key` under a strong qualifier: Magento's env.php crypt key",
      path: 'app/etc/env.php',
      code: "<?php\n\nreturn ['crypt' => ['key' => ⟦'908c2e45b791b400518eb33067dc0b66'⟧]];\n",
      messageIncludes: ['crypt key'],
    },
    {
      name: "the password of Laravel's HTTP client basic auth and of an SFTP or FTP client's login",
      path: 'app/Services/Carrier.php',
      code: "<?php\n\n$rates = Http::withToken($token)->withBasicAuth('shop', ⟦'No1rRllv21Ph32'⟧)->get($url);\n$sftp->login('deploy', ⟦'tM8e0TG0D1P7kS'⟧);\n",
      messageIncludes: ['hardcoded password'],
    },
    {
      name: "Laravel's application key hardcoded in config/app.php",
      path: 'config/app.php',
      code: "<?php\n\nreturn [\n    'key' => ⟦'base64:A38YXe+PViCDfO8PR2LnPg8hXk3Lp2Wq9Zm4Tn7Rv1s='⟧,\n    'cipher' => 'AES-256-CBC',\n];\n",
      messageIncludes: ['application key', "'APP_KEY'"],
    },
    {
      name: 'run-together password names: $dbpass, DBPASS',
      path: 'includes/db.php',
      code: "<?php\n\n$dbhost = 'localhost';\n$dbpass = ⟦'9WeeHX7mNzxZQg'⟧;\ndefine('DBPASS', ⟦'dcMaCgNGmdWKB6'⟧);\n",
      messageIncludes: ['hardcoded password'],
    },
    {
      name: "Guzzle's basic auth pair: the second element is the password",
      path: 'app/Services/Billing.php',
      code: "<?php\n\n$client = new Client(['base_uri' => 'https://billing.internal', 'auth' => ['shop', ⟦'cSbNBua3RRSmv'⟧]]);\n",
      messageIncludes: ['hardcoded password', "getenv('BASIC_AUTH_PASSWORD')"],
    },
    {
      name: 'a digit-only password',
      path: 'config/database.php',
      code: "<?php\n\nreturn ['mysql' => ['username' => 'shop', 'password' => ⟦6742530⟧]];\n",
      messageIncludes: ['hardcoded password'],
    },
    {
      name: "a bare `key` under a vendor or purpose: WeChat Pay's API key (weak, a generated value)",
      path: 'config/wechat.php',
      code: "<?php\n\nreturn [\n    'payment' => [\n        'mch_id' => '1600012345',\n        'key' => ⟦'9EKlMVVM72Ucn6czmp6KZAtCVQG34kED'⟧,\n    ],\n];\n",
      messageIncludes: ['payment.key'],
    },
    {
      name: 'the constants of a class named for credentials in the plural',
      path: 'src/Config/ApiKeys.php',
      code: "<?php\n\nfinal class ApiKeys\n{\n    const MAPS = ⟦'y5fkCFq3sO5Oo8ZjNFgjyIQJ'⟧;\n}\n",
      messageIncludes: ['ApiKeys::MAPS'],
    },
    {
      name: 'the cases of a backed enum named for a credential: each case is one (generated values only)',
      path: 'src/Partner/PartnerToken.php',
      code: "<?php\n\nenum PartnerToken: string\n{\n    case Dhl = ⟦'Rk8vTq2WmN9xLp4ZsH7cJd3F'⟧;\n    case Gls = '';\n}\n",
      messageIncludes: ['PartnerToken::Dhl', 'PARTNER_TOKEN_DHL'],
    },
    {
      name: "host, port, a security mode, user and password: Fat-Free's SMTP",
      path: 'app/controllers/Guestbook.php',
      code: "<?php\n\n$smtp = new \\SMTP('smtp.example.com', 465, 'ssl', 'guestbook@example.org', ⟦'Cj6pzoF3tB8CmJ'⟧);\n",
      messageIncludes: ['new SMTP', "getenv('SMTP_PASSWORD')"],
    },
    {
      name: 'a password after a URL and a user, given to a client (PHP)',
      path: 'src/Service/Workday.php',
      code: "<?php\n\n$client = new WorkdayClient('https://wd5.example.com/ccx/service/acme', 'ISU_Directory', ⟦'wEnAx6TUH0&JDq'⟧);\n",
      messageIncludes: ['WorkdayClient'],
    },
    {
      name: "a PIN named as a secret or an account's: MyBB's Admin CP secret PIN",
      path: 'inc/config.php',
      code: "<?php\n\n$config['secret_pin'] = ⟦'480215'⟧;\n",
      messageIncludes: ['hardcoded PIN'],
    },
    {
      name: "ReactPHP MySQL's connection URI written without a scheme",
      path: 'bot.php',
      code: "<?php\n\n$db = (new Factory())->createLazyConnection('statusbot:⟦Ks4KXu4ANn8Wtb⟧@db.internal/statusbot');\n",
      messageIncludes: ['connection URI'],
    },
    {
      name: 'a secret named with the encoding it is written in (…_BASE64, …B64)',
      path: 'src/Webhooks.php',
      code: "<?php\n\nconst SIGNING_SECRET_BASE64 = ⟦'q3VtZ0xLbTdUcFc0cjh2UTJ4Wm5CNmtMOXBSMmVZNQ=='⟧;\n$secretB64 = ⟦'Wk9xVDJtTHA4dlI0blE3a1oyeFA='⟧;\n",
      messageIncludes: ['Factor III'],
    },
    {
      name: "Memcached's SASL login: the password after the user",
      path: 'lib/Cache.php',
      code: "<?php\n\n$m = new \\Memcached();\n$m->setSaslAuthData('intranet', ⟦'Rk8-vQ2xLm7TzW4p'⟧);\n",
      messageIncludes: ['->setSaslAuthData'],
    },
    {
      name: "CakePHP's Configure::write of its salt, its cipher seed (digits) and a token",
      path: 'app/Config/core.php',
      code: "<?php\n\nConfigure::write('Security.salt', ⟦'fR7kQ2vXm9LzT4wN8bYc3HsJ6pDg1aUeK5oI0lZx'⟧);\nConfigure::write('Security.cipherSeed', ⟦'76859309657453542496749683645'⟧);\nConfigure::write('Dispatch.smsToken', ⟦'5f0c8e2a9b7d41e3c6a8f2d0b4e7c91a'⟧);\n",
      messageIncludes: ['Factor III'],
    },
    {
      name: 'a URL built by .: the password in the piece after the host',
      path: 'src/Ledger.php',
      code: "<?php\n\nfunction ledgerUrl(string $host): string\n{\n    return 'pgsql://' . $host . '/ledger?user=ledger&password=⟦Rk29sLqWm8Xv⟧';\n}\n",
      messageIncludes: ['"password" parameter of a URL'],
    },
  ],
};
