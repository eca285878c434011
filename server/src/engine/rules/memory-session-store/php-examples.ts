// PHP and php.ini examples for memory-session-store.
import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

/** What the node layer reads from composer.json's `require`. */
const composer = (...packages: string[]): ScanOptions => ({ dependencies: { composer: { manifest: 'composer.json', packages }, systemPackages: [] } });
const OCTANE = composer('php', 'laravel/framework', 'laravel/octane');
const FPM = composer('php', 'laravel/framework');
const seatController = (field: string, write: string): string =>
  `<?php\n\nnamespace App\\Http\\Controllers;\n\nclass SeatController extends Controller\n{\n    private static array ${field} = [];\n\n    public function hold(Request $request, string $eventId)\n    {\n        ${write};\n        return response()->noContent();\n    }\n}\n`;

const sessionConfig = (driver: string): string =>
  `<?php\n\nreturn [\n    'driver' => ${driver},\n    'lifetime' => (int) env('SESSION_LIFETIME', 120),\n    'expire_on_close' => false,\n    'files' => storage_path('framework/sessions'),\n    'cookie' => env('SESSION_COOKIE', 'app_session'),\n];\n`;

export const phpSessionExamples: Examples = {
  valid: [
    {
      name: 'APCu as a cache of parsed config and computed values: fixed keys, or keys that say nothing of a session',
      path: 'src/Catalogue/ShiftTypes.php',
      code: `<?php\n\nfinal class ShiftTypes\n{\n    public function all(string $locale): array\n    {\n        apcu_store('shift_types', $this->load(), 600);\n        apcu_store('session_count', 0);\n        apcu_store("labels_{$locale}", $this->labels($locale), 600);\n        return apcu_fetch('shift_types');\n    }\n}\n`,
    },
    {
      name: "Yii 2's session in the database and in Redis, a cache's FileCache, and a savePath that is not the session's",
      path: 'config/web.php',
      code: `<?php\nreturn ['components' => [\n    'session' => ['class' => 'yii\\web\\DbSession', 'savePath' => '@runtime/sessions'],\n    'cache' => ['class' => 'yii\\caching\\FileCache', 'savePath' => '@runtime/cache'],\n    'exporter' => ['savePath' => '@runtime/exports'],\n]];\n`,
    },
    {
      name: "a Redis save path with the redis handler, a save path from the environment, and a file that sets its own handler",
      path: 'public/index.php',
      code: `<?php\n\nini_set('session.save_handler', 'redis');\nsession_save_path('tcp://sessions.internal:6379');\nini_set('session.save_path', getenv('SESSION_PATH'));\nsession_start();\n`,
    },
    {
      name: "CakePHP leaving sessions to php.ini, CodeIgniter's Redis handler, CodeIgniter's log FileHandler",
      path: 'app/Config/Session.php',
      code: `<?php\nuse CodeIgniter\\Session\\Handlers\\RedisHandler;\nuse CodeIgniter\\Log\\Handlers\\FileHandler;\n\nclass Session extends BaseConfig\n{\n    public string $driver = RedisHandler::class;\n    public array $logHandlers = [FileHandler::class];\n}\n$config['sess_driver'] = 'redis';\nreturn ['Session' => ['defaults' => 'php']];\n`,
    },
    {
      name: "Hyperf and Phalcon on Redis; Phalcon's logger Stream adapter and a cache FileSystemDriver are no sessions; a FileHandler only imported",
      path: 'config/autoload/session.php',
      code: `<?php\nuse Hyperf\\Session\\Handler;\nuse Hyperf\\Session\\Handler\\FileHandler;\nuse Phalcon\\Logger\\Adapter\\Stream as LogStream;\nuse Phalcon\\Session\\Adapter\\Redis;\n\n$log = new LogStream('php://stderr');\n$adapter = new Redis($factory, ['host' => getenv('REDIS_HOST')]);\nif ($handler instanceof FileHandler) {}\nreturn [\n    'handler' => Handler\\RedisHandler::class,\n    'cache' => ['driver' => Hyperf\\Cache\\Driver\\FileSystemDriver::class],\n];\n`,
    },
    {
      name: "ThinkPHP and webman session types on Redis or cache; a cache config's File type",
      path: 'config/session.php',
      code: `<?php\nreturn [\n    'name' => 'PHPSESSID',\n    'type' => 'cache',\n    'store' => 'redis',\n    'expire' => 1440,\n];\n`,
    },
    {
      name: "a 'type' => 'file' outside a session config (ThinkPHP 5's cache config)",
      path: 'config/cache.php',
      code: `<?php\nreturn [\n    'type' => 'File',\n    'path' => CACHE_PATH,\n    'expire' => 0,\n];\n`,
    },
    { name: "Laravel 11's database driver", path: 'config/session.php', code: sessionConfig(`env('SESSION_DRIVER', 'database')`) },
    { name: 'the redis driver', path: 'config/session.php', code: sessionConfig(`'redis'`) },
    { name: 'the cookie driver', path: 'config/session.php', code: sessionConfig(`env('SESSION_DRIVER', 'cookie')`) },
    { name: 'the array driver: sessions switched off in a stateless API', path: 'config/session.php', code: sessionConfig(`env('SESSION_DRIVER', 'array')`) },
    { name: 'no default: the environment decides', path: 'config/session.php', code: sessionConfig(`env('SESSION_DRIVER')`) },
    {
      name: "other configs' file drivers are not sessions",
      path: 'config/cache.php',
      code: `<?php\n\nreturn [\n    'default' => env('CACHE_STORE', 'file'),\n    'stores' => ['file' => ['driver' => 'file', 'path' => storage_path('framework/cache/data')]],\n];\n`,
    },
    {
      name: 'Redis session handlers',
      path: 'public/index.php',
      code: `<?php\n\nini_set('session.save_handler', 'redis');\nini_set('session.save_path', 'tcp://redis:6379');\n$handler = new RedisSessionHandler($redis);\n$framework = ['session' => ['handler_id' => RedisSessionHandler::class]];\n`,
    },
  ],
  invalid: [
    {
      name: 'sessions in APCu under php-fpm: a key built from a token with a class constant that says session, and a string key',
      path: 'src/Auth/SessionStore.php',
      code: `<?php\n\nfinal class SessionStore\n{\n    private const PREFIX = 'volunteer_session:';\n\n    public function open(int $id): string\n    {\n        $token = bin2hex(random_bytes(24));\n        ⟦apcu_store(self::PREFIX . $token, $id, 7200)⟧;\n        ⟦apcu_add("sess_{$token}", $id)⟧;\n        return $token;\n    }\n}\n`,
    },
    {
      name: "a folder next to the app as the save path of PHP's default files handler (Slim skeleton style)",
      path: 'public/index.php',
      code: `<?php\n\nrequire __DIR__ . '/../vendor/autoload.php';\n\n⟦session_save_path(__DIR__ . '/../var/sessions')⟧;\n⟦ini_set('session.save_path', '/var/lib/app/sessions')⟧;\nsession_start();\n`,
      messageIncludes: ['Factor VI', 'save_path'],
    },
    {
      name: 'CodeIgniter 4 and 3 file sessions, and CakePHP cake session defaults',
      path: 'app/Config/Session.php',
      code: `<?php\nuse CodeIgniter\\Session\\Handlers\\FileHandler;\n\nclass Session extends BaseConfig\n{\n    public string $driver = ⟦FileHandler::class⟧;\n    public string $sessionDriver = ⟦'CodeIgniter\\\\Session\\\\Handlers\\\\FileHandler'⟧;\n}\n$config['sess_driver'] = ⟦'files'⟧;\nreturn ['Session' => ['defaults' => ⟦'cake'⟧]];\n`,
      messageIncludes: ['Factor VI', 'local disk'],
    },
    {
      name: "Hyperf's FileHandler chosen in config (through a namespace import), Phalcon's Stream session adapter constructed",
      path: 'app/config/services.php',
      code: `<?php\nuse Hyperf\\Session\\Handler;\nuse Phalcon\\Session\\Adapter\\Stream as SessionFiles;\n\n$files = ⟦new SessionFiles(['savePath' => '/tmp'])⟧;\nreturn [\n    'handler' => ⟦Handler\\FileHandler::class⟧,\n    'options' => ['path' => BASE_PATH . '/runtime/session'],\n];\n`,
      messageIncludes: ['Factor VI', 'local disk'],
    },
    {
      name: "ThinkPHP's and webman's file session type in config/session.php",
      path: 'config/session.php',
      code: `<?php\nreturn [\n    'name' => 'PHPSESSID',\n    'type' => ⟦'file'⟧,\n    'store' => null,\n    'expire' => 1440,\n];\n`,
      messageIncludes: ['Factor VI', '"file" session type', 'local disk'],
    },
    {
      name: "Laravel's file driver as the env default",
      path: 'config/session.php',
      code: sessionConfig(`env('SESSION_DRIVER', ⟦'file'⟧)`),
      messageIncludes: ['Factor VI', '"file" session driver', 'local disk', 'SESSION_DRIVER=redis'],
    },
    { name: 'a literal file driver', path: 'config/session.php', code: sessionConfig(`⟦'file'⟧`) },
    {
      name: "Yii 2's file session given a folder, with and without its class",
      path: 'config/web.php',
      code: `<?php\nreturn ['components' => [\n    'session' => ['class' => 'yii\\web\\Session', 'savePath' => ⟦'@runtime/sessions'⟧],\n]];\n$console = ['components' => ['session' => ['savePath' => ⟦dirname(__DIR__) . '/runtime/session'⟧]]];\n`,
      messageIncludes: ['Factor VI', 'Yii'],
    },
    {
      name: 'ini_set, Symfony native file handler',
      path: 'public/index.php',
      code: `<?php\n\n⟦ini_set('session.save_handler', 'files')⟧;\n$storage = new NativeSessionStorage([], ⟦new NativeFileSessionHandler('/var/lib/php/sessions')⟧);\n$container->extension('framework', ['session' => ['handler_id' => ⟦'session.handler.native_file'⟧]]);\n`,
    },
  ],
};

/** Static arrays under a long-lived worker runtime (php-state.ts). */
export const phpWorkerStateExamples: Examples = {
  invalid: [
    {
      name: 'Framework X (ReactPHP): a top-level array keyed by a local read from the request cookie',
      path: 'public/index.php',
      options: composer('php', 'clue/framework-x'),
      code: `<?php\n\n⟦$ballots⟧ = [];\n$app = new FrameworkX\\App();\n$app->post('/polls/{id}/vote', function (ServerRequestInterface $request) use (&$ballots) {\n    $voter = $request->getCookieParams()['voter'] ?? bin2hex(random_bytes(8));\n    $ballots[$voter][$request->getAttribute('id')] = (string) $request->getBody();\n    return Response::json(['ok' => true]);\n});\n$app->run();\n`,
      messageIncludes: ['Factor VI', '$ballots'],
    },
    {
      name: "Swoole: a top-level array captured by reference in the request closure, keyed by the visitor's cookie",
      path: 'server.php',
      options: composer('php', 'ext-swoole'),
      code: `<?php\n\n⟦$carts⟧ = [];\n$server = new Swoole\\Http\\Server('0.0.0.0', 9501);\n$server->on('request', function (Request $request, Response $response) use (&$carts) {\n    $sid = $request->cookie['sid'];\n    $carts[$sid][] = $request->post['tea'];\n});\n$server->start();\n`,
    },
    {
      name: 'Laravel Octane: a static array of a controller keyed by the session id',
      path: 'app/Http/Controllers/SeatController.php',
      options: OCTANE,
      code: seatController('⟦$held⟧', "self::$held[$request->session()->getId()][] = $request->integer('seat')"),
      messageIncludes: ['Factor VI', 'long-lived worker', 'Redis'],
    },
    {
      name: "RoadRunner (Spiral): a routed endpoint's static carts, and a service keyed by the session id",
      path: 'app/src/Endpoint/Web/CartController.php',
      options: composer('spiral/framework', 'spiral/roadrunner-bridge'),
      code: `<?php\n\nfinal class CartEndpoint\n{\n    private static array ⟦$carts⟧ = [];\n\n    #[Route(route: '/cart/<sku>', methods: 'POST')]\n    public function add(string $sku): void\n    {\n        static::$carts[$this->auth->getActor()->id][$sku] = 1;\n    }\n}\n\nfinal class WizardState\n{\n    protected static $steps = array();\n    private static array ⟦$answers⟧ = [];\n\n    public function remember(string $sessionId, array $answers): void\n    {\n        self::$answers[$sessionId] = $answers;\n    }\n}\n`,
    },
    {
      name: "a Slim action on RoadRunner: a class whose method takes PSR-7's request is a handler, keyed by the customer's token",
      path: 'src/Action/AddToBasketAction.php',
      options: composer('slim/slim', 'spiral/roadrunner-http'),
      code: `<?php\n\nfinal class AddToBasketAction\n{\n    private static array ⟦$lines⟧ = [];\n\n    public function __invoke(ServerRequestInterface $request, ResponseInterface $response): ResponseInterface\n    {\n        $customer = $request->getHeaderLine('X-Customer-Token');\n        self::$lines[$customer][] = $request->getParsedBody()['sku'];\n        return $response;\n    }\n}\n`,
    },
  ],
  valid: [
    {
      name: 'Swoole: a cache captured by reference, an array captured by value, and the same closure under php-fpm',
      path: 'server.php',
      options: composer('php', 'ext-swoole'),
      code: `<?php\n\n$pageCache = [];\n$carts = [];\n$server->on('request', function (Request $request, Response $response) use (&$pageCache, $carts) {\n    $pageCache[$request->server['request_uri']] = 'html';\n    $carts[$request->cookie['sid']] = 1;\n});\n`,
    },
    {
      name: 'the same closure without a long-lived runtime in composer.json',
      path: 'server.php',
      options: FPM,
      code: `<?php\n\n$carts = [];\n$handler = function (Request $request) use (&$carts) { $carts[$request->cookie['sid']] = 1; };\n`,
    },
    {
      name: 'the same controller under php-fpm (no long-lived runtime in composer.json): the array dies with the request',
      path: 'app/Http/Controllers/SeatController.php',
      options: FPM,
      code: seatController('$held', "self::$held[$request->session()->getId()][] = $request->integer('seat')"),
    },
    {
      name: 'no composer.json read: the runtime is unknown',
      path: 'app/Http/Controllers/SeatController.php',
      code: seatController('$held', "self::$held[$request->session()->getId()][] = $request->integer('seat')"),
    },
    {
      name: 'under Octane: a view counter and a cache by name, a lookup table only read, a service memoizing by id, an instance array',
      path: 'app/Http/Controllers/ArticleController.php',
      options: OCTANE,
      code: `<?php\n\nclass ArticleController extends Controller\n{\n    private static array $viewCounts = [];\n    private static array $slugCache = [];\n    private static array $layouts = ['wide' => 2, 'narrow' => 1];\n    private array $seen = [];\n\n    public function show(Request $request, string $slug)\n    {\n        self::$viewCounts[$slug] = (self::$viewCounts[$slug] ?? 0) + 1;\n        self::$slugCache[$slug] = Article::whereSlug($slug)->first();\n        $this->seen[$request->user()->id] = true;\n        return view('article', ['layout' => self::$layouts['wide']]);\n    }\n}\n\nclass PlanRepository\n{\n    private static array $plans = [];\n\n    public function find(int $userId): Plan\n    {\n        return self::$plans[$userId] ??= Plan::forUser($userId);\n    }\n}\n`,
    },
  ],
};

export const iniSessionExamples: Examples = {
  valid: [
    {
      name: 'Redis and Memcached session handlers',
      path: 'docker/php.ini',
      code: `[Session]\nsession.save_handler = redis\nsession.save_path = "tcp://redis:6379"\n; session.save_handler = files\n`,
    },
    { name: 'memcached', path: 'php.ini', code: `session.save_handler = "memcached"\n` },
    {
      name: 'Beaker on Redis and in cookies in a PasteDeploy file; session.type outside an app section is not Beaker',
      path: 'production.ini',
      code: `[app:main]\nuse = egg:shop\nbeaker.session.type = ext:redis\nbeaker.session.url = redis://sessions:6379/0\n\n[filter:session]\nsession.type = cookie\n\n[tool]\nsession.type = memory\n`,
    },
  ],
  invalid: [
    {
      name: 'files session handler in php.ini',
      path: 'docker/php.ini',
      code: `[Session]\nsession.save_handler = ⟦files⟧\nsession.save_path = "/var/lib/php/sessions"\n`,
      messageIncludes: ['Factor VI', 'session.save_handler = redis'],
    },
    {
      name: "Beaker file sessions in TurboGears' production.ini and memory sessions through pyramid_beaker",
      path: 'production.ini',
      code: `[app:main]\nuse = egg:partscatalog\nbeaker.session.type = ⟦file⟧\nbeaker.session.data_dir = %(here)s/data/sessions\n\n[app:api]\nuse = egg:api\nsession.type = ⟦memory⟧\n`,
      messageIncludes: ['Factor VI', 'Beaker', 'ext:redis'],
    },
  ],
};

export const symfonyYamlSessionExamples: Examples = {
  valid: [
    {
      name: "Symfony's recipe default (PHP's own handler) and a Redis handler service",
      path: 'config/packages/framework.yaml',
      code: `framework:\n  session:\n    handler_id: null\n    cookie_secure: auto\n\nwhen@prod:\n  framework:\n    session:\n      handler_id: Symfony\\Component\\HttpFoundation\\Session\\Storage\\Handler\\RedisSessionHandler\n`,
    },
    {
      name: 'PHP\'s own handler with a save_path that is a Redis address, or overridden by a Redis handler in when@prod',
      path: 'config/packages/framework.yaml',
      code: `framework:\n  session:\n    handler_id: null\n    save_path: 'tcp://sessions.internal:6379'\n---\nwhen@prod:\n  framework:\n    session:\n      handler_id: Symfony\\Component\\HttpFoundation\\Session\\Storage\\Handler\\RedisSessionHandler\n`,
    },
    {
      name: 'native_file only in when@dev',
      path: 'config/packages/framework.yaml',
      code: `when@dev:\n  framework:\n    session:\n      handler_id: session.handler.native_file\n`,
    },
  ],
  invalid: [
    {
      name: 'framework.session.handler_id: session.handler.native_file, top level and in when@prod',
      path: 'config/packages/framework.yaml',
      code: `framework:\n  session:\n    handler_id: ⟦session.handler.native_file⟧\n    save_path: '%kernel.project_dir%/var/sessions/%kernel.environment%'\n\nwhen@prod:\n  framework:\n    session:\n      handler_id: ⟦'session.handler.native_file'⟧\n`,
      messageIncludes: ['Factor VI', 'native_file'],
    },
    {
      name: "PHP's own handler (handler_id: null) given a folder of the app as its save_path",
      path: 'config/packages/framework.yaml',
      code: `framework:\n  session:\n    handler_id: null\n    save_path: ⟦'%kernel.project_dir%/var/sessions/%kernel.environment%'⟧\n`,
      messageIncludes: ['Factor VI', 'save_path'],
    },
  ],
};

const SLIM = composer('php', 'slim/slim', 'slim/psr7');

/** `session_start()` on PHP's default files handler, judged by what the project (composer.json, the file) configures. */
export const phpNativeSessionExamples: Examples = {
  valid: [
    {
      name: 'the file picks Memcached with ini_set before starting the session',
      path: 'public/index.php',
      code: "<?php\nini_set('session.save_handler', 'memcached');\nini_set('session.save_path', getenv('MEMCACHED_SERVERS'));\nsession_start();\n",
      options: SLIM,
    },
    {
      name: 'phpredis required in composer.json: a php.ini in the image picks the redis handler',
      path: 'public/index.php',
      code: '<?php\nsession_start();\n$_SESSION[\'user_id\'] = $user[\'id\'];\n',
      options: composer('php', 'ext-redis', 'nikic/fast-route'),
    },
    {
      name: "no composer.json read (an old script on a shared host, whose php.ini is not in the repository)",
      path: 'admin/login.php',
      code: '<?php\nsession_start();\n$_SESSION[\'staff_id\'] = $row[\'id\'];\n',
    },
    {
      name: 'the file chooses the session folder itself (session_save_path): judged there, not again at session_start',
      path: 'public/index.php',
      code: "<?php\nsession_save_path(getenv('SESSION_DIR'));\nsession_start();\n",
      options: SLIM,
    },
  ],
  invalid: [
    {
      name: "session_start() in a composer project that configures no other handler: PHP's files handler",
      path: 'public/index.php',
      code: "<?php\nrequire __DIR__ . '/../vendor/autoload.php';\n⟦session_start()⟧;\n$_SESSION['user_id'] = $user['id'];\n",
      options: SLIM,
      messageIncludes: ['Factor VI', 'session_start()', 'local disk'],
    },
  ],
};
