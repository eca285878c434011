import type { Examples } from '../../rule';

export const phpExamples: Examples = {
  valid: [
    {
      name: 'a host held in a variable: from the environment, written twice (a default overridden), a parameter of the same name, or handed to no client',
      path: 'includes/db.php',
      code: "<?php\n$dbhost = getenv('DB_HOST');\n$conn = new mysqli($dbhost, 'app', getenv('DB_PASSWORD'), 'shop');\n$host = 'db.internal';\nif (getenv('DB_HOST')) { $host = getenv('DB_HOST'); }\n$pdo = new PDO(\"mysql:host=$host;dbname=shop\");\nfunction connect($server) { return mysqli_connect($server, 'app', getenv('DB_PASSWORD')); }\n$server = 'db.internal';\n$siteHost = 'shop.example-store.net';\n$ch = curl_init(\"https://$siteHost/health\");\n",
    },
    { name: "a URL template whose user and password are still to fill in (a form's hint)", path: 'app/Nova/Source.php', code: "<?php\n\nText::make('Connection')->placeholder('redis://<user>:<password>@cache.internal:6379');\n" },
    { name: "a URL returned by a stringification method is how the object prints, not an address it connects to", path: "src/Transport/SendmailTransport.php", code: "<?php\n\nfinal class SendmailTransport\n{\n    public function __toString(): string\n    {\n        return 'smtp://sendmail';\n    }\n}\n" },
    { name: "a URL under a key that a form or a schema shows (a placeholder, a hint, an example) is a hint to the reader, not an address", path: "src/Form/BrokerType.php", code: "<?php\n\nfinal class BrokerType\n{\n    public function fields(): array\n    {\n        return [\n            'broker_url' => ['label' => 'Broker', 'placeholder' => 'amqp://broker.internal:5672/'],\n            'cache_url' => new TextField(help: 'redis://cache.internal:6379/0'),\n        ];\n    }\n}\n" },
    {
      name: 'a default of a variable whose name says no service (HOST, API_HOST), an empty default, and a name that is not a host',
      path: 'src/Config.php',
      code: `<?php\n\n$host = getenv('APP_HOST') ?: 'shop.example-store.net';\n$name = getenv('DB_NAME') ?: 'orders';\n`,
    },
    {
      name: "CakePHP's Datasources with the host from the environment, a driver class that is no backing service, and the test run's connection",
      path: 'config/app.php',
      code: "<?php\nuse Cake\\Database\\Driver\\Mysql;\nreturn ['Datasources' => ['default' => ['driver' => Mysql::class, 'host' => env('DB_HOST')]], 'Http' => ['driver' => Curl::class, 'host' => 'api.example.com'], 'test' => ['driver' => Mysql::class, 'host' => 'mysql-ci.internal']];\n",
    },
    {
      name: "a `'server'` in an array whose block names no store (an HTTP client's), and CakePHP's test Datasources",
      path: 'config/app_local.php',
      code: "<?php\nreturn ['Http' => ['server' => 'api.partner.net'], 'Datasources' => ['test' => ['host' => 'ci-mysql.build.internal']], 'Cache' => ['_cake_core_' => ['className' => 'File', 'server' => 'files01']]];\n",
    },
    {
      name: 'a concatenation that is no pg_connect conninfo, and a conninfo whose host comes from the environment',
      path: 'src/Report.php',
      code: "<?php\n$title = 'host=' . $row['host'];\n$conn = pg_connect('host=' . getenv('DB_HOST') . ' dbname=kiosk');\n",
    },
    {
      name: "the AWS SDK's S3Client at AWS itself and at an endpoint from the environment",
      path: 'components/Storage.php',
      code: "<?php\nuse Aws\\S3\\S3Client;\n$a = new S3Client(['version' => 'latest', 'region' => getenv('AWS_REGION')]);\n$b = new S3Client(['version' => 'latest', 'region' => 'us-east-1', 'endpoint' => getenv('S3_ENDPOINT')]);\n",
    },
    { name: "Predis' parameters from the environment, and a host key of another client's array", path: 'server.php', code: `<?php\nuse Predis\\Client;\n$redis = new Client(['host' => getenv('REDIS_HOST'), 'port' => 6379]);\n$http = new Client(['host' => 'api.example.com']);\n` },
    {
      name: "a query builder's column alias under `host` (Zabbix's API services): a column, not an address",
      path: 'include/classes/api/services/CProxy.php',
      code: `<?php\nclass CProxy {\n    protected function output(array $sqlParts) {\n        $sqlParts['select']['host'] = 'h.host';\n        $sqlParts['select']['hostid'] = 'h.hostid';\n        return $sqlParts;\n    }\n}\n`,
    },
    { name: 'the DSN from the environment', path: 'src/Db.php', code: `<?php\n$pdo = new PDO(getenv('DATABASE_DSN'), getenv('DB_USER'), getenv('DB_PASSWORD'));\n` },
    {
      name: "Laravel's config reads env()",
      path: 'config/database.php',
      code: `<?php\nreturn [\n    'connections' => [\n        'mysql' => ['driver' => 'mysql', 'host' => env('DB_HOST'), 'database' => env('DB_DATABASE', 'forge')],\n    ],\n];\n`,
    },
    {
      name: "Laravel's generated local env() defaults are the template itself",
      path: 'config/database.php',
      code: `<?php\nreturn [\n    'connections' => [\n        'mysql' => ['driver' => 'mysql', 'host' => env('DB_HOST', '127.0.0.1')],\n    ],\n    'redis' => ['default' => ['host' => env('REDIS_HOST', '127.0.0.1')]],\n];\n`,
    },
    { name: 'a test', path: 'tests/Feature/CacheTest.php', code: `<?php\n$redis = new \\Redis();\n$redis->connect('10.0.3.7', 6379);\n` },
    { name: 'connect() on something that is not phpredis', path: 'src/Ftp.php', code: `<?php\n$ftp = new FtpClient();\n$ftp->connect('ftp.internal');\n` },
    { name: 'a DSN check', path: 'src/Db.php', code: `<?php\nif (str_starts_with($dsn, 'pgsql:host=db.internal')) { $driver = 'pgsql'; }\n` },
    { name: 'a host no service owns', path: 'config/services.php', code: `<?php\nreturn ['github' => ['host' => 'api.github.com']];\n` },
    {
      name: 'a named host argument of classes that name no service',
      path: 'src/Api.php',
      code: `<?php\n$client = new HttpClient(host: 'api.partner.example.net', timeout: 5);\n$conn = new TcpConnectionConfig(host: getenv('DB_HOST'), port: 5432);\n`,
    },
    {
      name: 'a password in the URL belongs to hardcoded-credential',
      path: 'src/Mongo.php',
      code: `<?php\n$client = new MongoDB\\Client('mongodb://shop:2cucZ7acv9020A7x@mongo.internal:27017');\n`,
    },
    {
      name: "a host written to a name that says no service, wp-config's stock localhost, a host read from the environment",
      path: 'wp-config.php',
      code: `<?php\n$host = 'api.partner.example';\ndefine( 'DB_HOST', 'localhost' );\ndefine( 'WP_REDIS_HOST', getenv('REDIS_HOST') );\n$db['default']['hostname'] = getenv('DB_HOST');\n`,
    },
    { name: 'hosts from the environment', path: 'src/Search.php', code: `<?php\nuse Elastic\\Elasticsearch\\ClientBuilder;\n$client = ClientBuilder::create()->setHosts([getenv('ELASTICSEARCH_URL')])->build();\n` },
  ],
  invalid: [
    {
      name: "a host held in a variable or a constant, then handed to the client (mysqli, mysqli_connect, an interpolated PDO DSN): the literal is the address",
      path: 'includes/db.php',
      code: "<?php\n$servername = ⟦\"mysql.prod.internal\"⟧;\n$conn = new mysqli($servername, 'app', getenv('DB_PASSWORD'), 'shop');\ndefine('DB_SERVER', ⟦'10.20.0.15'⟧);\n$link = mysqli_connect(DB_SERVER, 'app', getenv('DB_PASSWORD'), 'shop');\n$host = ⟦'reports-replica.internal'⟧;\n$pdo = new PDO(\"mysql:host=$host;dbname=shop;charset=utf8mb4\", 'reporter', getenv('REPORTS_PASSWORD'));\n",
    },
    { name: "the same URL returned by any other method is the address", path: "src/Transport/SendmailTransport.php", code: "<?php\n\nfinal class SendmailTransport\n{\n    public function relayDsn(): string\n    {\n        return ⟦'smtp://relay.prod.internal:25'⟧;\n    }\n}\n" },
    {
      name: "a remote host as the default of a variable named for a service's host (DB_HOST, SMTP_SERVER): no client in sight, the name says it",
      path: 'src/Config.php',
      code: `<?php\n\n$dbHost = getenv('DB_HOST') ?: ⟦'orders-db.prod.internal'⟧;\n$smtp = $_ENV['SMTP_SERVER'] ?? ⟦'smtp.sendgrid.net'⟧;\n`,
    },
    {
      name: "a compose service's name or this machine as the default of such a variable: information",
      path: 'src/Config.php',
      code: `<?php\n\n$dbHost = $_ENV['DB_HOST'] ?? ⟦'db'⟧;\n$redis = getenv('REDIS_HOST') ?: ⟦'127.0.0.1'⟧;\n`,
      severity: 'info',
    },
    {
      name: "the AWS SDK's S3Client given a MinIO endpoint",
      path: 'components/Storage.php',
      code: "<?php\nuse Aws\\S3\\S3Client;\n$s3 = new S3Client(['version' => 'latest', 'region' => 'us-east-1', 'endpoint' => ⟦'http://minio.depot.lan:9000'⟧, 'use_path_style_endpoint' => true]);\n",
      messageIncludes: ['Factor IV', 'S3 object storage'],
    },
    {
      name: "a host written to a name that says the service: wp-config's DB_HOST, CodeIgniter's $db[...]['hostname']",
      path: 'application/config/database.php',
      code: `<?php\ndefine( 'DB_HOST', ⟦'mysql.newsletter.internal'⟧ );\n$db['reporting']['hostname'] = ⟦'reports-replica.library.internal'⟧;\n`,
    },
    {
      name: "a dotted settings key (SimpleSAMLphp's config.php): the value is the address, the key only names it",
      path: 'config/config.php',
      code: `<?php\n$config = [\n    'store.type' => 'redis',\n    'store.redis.host' => ⟦'redis.sso.internal'⟧,\n    'store.redis.port' => 6379,\n];\n`,
      messageIncludes: ['Redis host'],
    },
    {
      name: 'a PDO DSN',
      path: 'src/Db.php',
      code: `<?php\n$pdo = new PDO(⟦'mysql:host=db.internal;dbname=shop'⟧, 'shop', getenv('DB_PASSWORD'));\n`,
      messageIncludes: ['MySQL host', "getenv('DB_HOST')"],
    },
    { name: 'mysqli_connect', path: 'src/db.php', code: `<?php\n$link = mysqli_connect(⟦'db.internal'⟧, 'shop', getenv('DB_PASSWORD'), 'shop');\n`, fix: { kind: 'move-to-env', envName: 'DB_HOST', value: 'db.internal' } },
    { name: "Predis' parameters array", path: 'server.php', code: `<?php\nuse Predis\\Client;\n$redis = new Client(['host' => ⟦'fulfilment-redis.teashop.internal'⟧, 'port' => 6379]);\n`, messageIncludes: ['Redis'] },
    { name: 'Predis', path: 'src/Cache.php', code: `<?php\n$client = new Predis\\Client(⟦'tcp://10.0.3.7:6379'⟧);\n`, messageIncludes: ['Redis'], fix: { envName: 'REDIS_URL' } },
    { name: 'phpredis connect', path: 'src/Cache.php', code: `<?php\n$redis = new \\Redis();\n$redis->connect(⟦'10.0.3.7'⟧, 6379);\n`, fix: { envName: 'REDIS_HOST' } },
    { name: 'MongoDB client', path: 'src/Mongo.php', code: `<?php\n$client = new MongoDB\\Client(⟦'mongodb://mongo.internal:27017'⟧);\n` },
    { name: 'php-amqplib', path: 'src/Queue.php', code: `<?php\n$connection = new AMQPStreamConnection(⟦'rabbit.internal'⟧, 5672, 'shop', getenv('AMQP_PASSWORD'));\n` },
    {
      name: "Laravel's read/write hosts: a list under 'host', the connection's driver two arrays up",
      path: 'config/database.php',
      code: `<?php\nreturn ['connections' => ['reporting' => [\n    'driver' => 'mysql',\n    'read' => ['host' => [⟦'reporting-ro.cluster.us-east-1.rds.amazonaws.com'⟧]],\n    'write' => ['host' => [env('DB_HOST')]],\n]]];\n`,
    },
    {
      name: "a named host argument inside a class that names the service (Cycle's driver configs)",
      path: 'app/config/database.php',
      code: `<?php\nreturn ['drivers' => ['archive' => new Config\\MySQLDriverConfig(\n    connection: new Config\\MySQL\\TcpConnectionConfig(database: 'archive', host: ⟦'archive-db.newsroom.internal'⟧, port: 3306),\n)]];\n`,
    },
    { name: 'pg_connect', path: 'src/db.php', code: `<?php\n$conn = pg_connect(⟦"host=db.internal dbname=shop user=shop"⟧);\n` },
    {
      name: "CodeIgniter 4's Config\\Database groups: a hostname beside 'DBDriver' => 'MySQLi' or 'Postgre' (CodeIgniter 3's dbdriver too)",
      path: 'app/Config/Database.php',
      code: "<?php\nclass Database extends Config\n{\n    public array $default = ['hostname' => ⟦'mysql-loans.county.internal'⟧, 'DBDriver' => 'MySQLi', 'port' => 3306];\n    public array $reports = ['hostname' => ⟦'10.0.9.4'⟧, 'DBDriver' => 'Postgre'];\n    public array $tests = ['hostname' => '127.0.0.1', 'DBDriver' => 'SQLite3'];\n}\n$db['legacy'] = ['hostname' => ⟦'db-legacy.internal'⟧, 'dbdriver' => 'mysqli'];\n",
    },
    {
      name: "CakePHP 4's Datasources (the driver as a class constant) and CakePHP 2's DATABASE_CONFIG (`'datasource' => 'Database/Mysql'`)",
      path: 'config/app.php',
      code: "<?php\nuse Cake\\Database\\Driver\\Mysql;\nreturn ['Datasources' => ['default' => ['driver' => Mysql::class, 'host' => ⟦'mysql-rota.internal'⟧]]];\nclass DATABASE_CONFIG {\n    public $default = array('datasource' => 'Database/Mysql', 'host' => ⟦'mysql-legacy.internal'⟧);\n}\n",
      messageIncludes: ['MySQL'],
    },
    {
      name: "CakePHP's app_local.php: a Datasources connection with no driver named, beside `'className' => Connection::class`, and a Redis cache engine's `'server'`",
      path: 'config/app_local.php',
      code: "<?php\nuse Cake\\Database\\Connection;\nreturn [\n    'Datasources' => ['default' => ['className' => Connection::class, 'host' => ⟦'library-mysql.cz81kq3w.eu-central-1.rds.amazonaws.com'⟧]],\n    'Cache' => ['default' => ['className' => 'Redis', 'server' => ⟦'10.2.8.50'⟧, 'port' => 6379]],\n];\n",
    },
    {
      name: 'pg_connect with the password appended from the environment: the conninfo still names the host',
      path: 'config/db.php',
      code: `<?php\n$conn = pg_connect(⟦'host=pg-kiosk.shop.internal port=5432 dbname=kiosk user=kiosk password='⟧ . getenv('DB_PASSWORD'));\n`,
    },
    {
      name: 'a literal host in config/database.php',
      path: 'config/database.php',
      code: `<?php\nreturn [\n    'connections' => [\n        'pgsql' => ['driver' => 'pgsql', 'host' => ⟦'10.0.3.7'⟧, 'port' => env('DB_PORT', '5432')],\n    ],\n    'redis' => [\n        'default' => ['host' => ⟦'cache.internal'⟧, 'port' => 6379],\n    ],\n];\n`,
      fix: { kind: 'move-to-env' },
    },
    {
      name: "Laravel's generated env() default is information",
      path: 'config/mail.php',
      code: `<?php\nreturn [\n    'mailers' => [\n        'smtp' => ['transport' => 'smtp', 'host' => env('MAIL_HOST', ⟦'smtp.mailgun.org'⟧)],\n    ],\n];\n`,
      severity: 'info',
    },
    {
      name: 'a localhost after getenv() ?: is information',
      path: 'src/Db.php',
      code: `<?php\n$client = new Predis\\Client(getenv('REDIS_URL') ?: ⟦'redis://localhost:6379'⟧);\n`,
      severity: 'info',
    },
    {
      name: "elasticsearch-php's setHosts",
      path: 'src/Search.php',
      code: `<?php\nuse Elastic\\Elasticsearch\\ClientBuilder;\n$client = ClientBuilder::create()->setHosts([⟦'http://es-prod-01.internal:9200'⟧])->build();\n`,
    },
  ],
};
