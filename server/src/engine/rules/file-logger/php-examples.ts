// PHP and php.ini examples for file-logger.
import type { Examples } from '../../rule';

/** Laravel 11's stock config/logging.php, trimmed: the stack fans out to `single` by default. */
const laravelLogging = (stackChannels: string, extra = ''): string =>
  `<?php\n\nuse Monolog\\Handler\\StreamHandler;\n\nreturn [\n    'default' => env('LOG_CHANNEL', 'stack'),\n    'channels' => [\n        'stack' => [\n            'driver' => 'stack',\n            'channels' => ${stackChannels},\n        ],\n        'single' => [\n            'driver' => ⟦'single'⟧,\n            'path' => storage_path('logs/laravel.log'),\n        ],\n        'daily' => [\n            'driver' => 'daily',\n            'path' => storage_path('logs/laravel.log'),\n            'days' => 14,\n        ],\n        'stderr' => [\n            'driver' => 'monolog',\n            'handler' => StreamHandler::class,\n            'with' => ['stream' => 'php://stderr'],\n        ],${extra}\n    ],\n];\n`;

const unmarked = (code: string): string => code.replace(/[⟦⟧]/g, '');

export const phpFileLoggerExamples: Examples = {
  valid: [
    {
      name: "the environment's log file with no default, or with a standard stream as its default",
      path: 'src/logging.php',
      code: `<?php\n\nuse Monolog\\Handler\\StreamHandler;\n\n$log->pushHandler(new StreamHandler(getenv('LOG_FILE') ?: 'php://stderr'));\n$log->pushHandler(new StreamHandler($_ENV['LOG_STREAM'] ?? 'php://stdout'));\n`,
    },
    {
      name: "a StreamHandler on a setting whose name says no file (a stream, an output), on a variable, and on an env read",
      path: 'public/index.php',
      code: `<?php\n\nuse Monolog\\Handler\\StreamHandler;\nuse Monolog\\Logger;\n\n$log = new Logger('shortlinks');\n$log->pushHandler(new StreamHandler(Config::logStream()));\n$log->pushHandler(new StreamHandler(Settings::LOG_OUTPUT));\n$log->pushHandler(new StreamHandler($logFile));\n$log->pushHandler(new StreamHandler(getenv('LOG_FILE') ?: 'php://stderr'));\n$log->pushHandler(new StreamHandler(Config::logFile('audit')));\n`,
    },
    {
      name: "WordPress's debug log off, on stderr or from the environment; KLogger on stderr; a Logger that is not KLogger's",
      path: 'wp-config.php',
      code: `<?php\ndefine('WP_DEBUG', true);\ndefine('WP_DEBUG_LOG', false);\ndefine('WP_DEBUG_LOG', 'php://stderr');\ndefine('WP_DEBUG_LOG', getenv('WP_DEBUG_LOG'));\n$log = new Monolog\\Logger('app');\n`,
    },
    {
      name: 'WP_DEBUG_LOG does nothing while WP_DEBUG is false',
      path: 'wp-config.php',
      code: `<?php\ndefine( 'WP_DEBUG', false );\ndefine( 'WP_DEBUG_LOG', true );\n`,
    },
    {
      name: "KLogger's stderr stream",
      path: 'src/log.php',
      code: `<?php\nuse Katzgrau\\KLogger\\Logger;\n$log = new Logger('php://stderr');\n`,
    },
    {
      name: "logger settings on stdout, from the environment, and a file only when a switch is set",
      path: 'app/settings.php',
      code: `<?php\n\nreturn [\n    'settings' => [\n        'logger' => ['name' => 'app', 'path' => 'php://stdout'],\n        'log' => ['path' => getenv('LOG_PATH')],\n        'logging' => ['path' => getenv('LOG_TO_FILE') ? __DIR__ . '/../logs/app.log' : 'php://stderr'],\n    ],\n];\n`,
    },
    {
      name: 'flat logger settings on a stream or from the environment; other flat paths (templates, cache) are no logs',
      path: 'config/settings.php',
      code: `<?php\n\nreturn [\n    'logger.path' => 'php://stdout',\n    'log.file' => getenv('LOG_FILE'),\n    'templates.path' => __DIR__ . '/../templates',\n    'cache.path' => __DIR__ . '/../var/cache',\n];\n`,
    },
    {
      name: 'CakePHP logging through syslog and the console; a FileLog class named as data, not configured',
      path: 'config/app.php',
      code: `<?php\nuse Cake\\Log\\Engine\\ConsoleLog;\nuse Cake\\Log\\Engine\\FileLog;\n\nreturn [\n    'Log' => [\n        'debug' => ['className' => ConsoleLog::class, 'stream' => 'php://stdout'],\n        'error' => ['className' => 'Syslog'],\n    ],\n    'Audit' => ['engines' => [FileLog::class]],\n];\n`,
    },
    {
      name: 'Laravel 5.5 config/app.php logging to the system logger or stderr',
      path: 'config/app.php',
      code: "<?php\n\nreturn [\n    'name' => 'Shop',\n    'log' => env('APP_LOG', 'errorlog'),\n    'log_level' => env('APP_LOG_LEVEL', 'debug'),\n];\n",
    },
    {
      name: "a 'log' => 'daily' entry outside config/app.php is not Laravel's log setting",
      path: 'config/reports.php',
      code: "<?php\n\nreturn ['log' => 'daily', 'schedule' => 'single'];\n",
    },
    {
      name: 'Laravel logging to stderr: the file channels are defined but unused',
      path: 'config/logging.php',
      code: unmarked(laravelLogging(`['stderr']`)).replace(`env('LOG_CHANNEL', 'stack')`, `env('LOG_CHANNEL', 'stderr')`),
    },
    {
      name: 'a stack of stderr and syslog',
      path: 'config/logging.php',
      code: unmarked(laravelLogging(`explode(',', env('LOG_STACK', 'stderr,syslog'))`, `\n        'syslog' => ['driver' => 'syslog'],\n        'errorlog' => ['driver' => 'errorlog'],`)),
    },
    {
      name: 'Monolog to stdout and stderr, error log and syslog handlers',
      path: 'src/logger.php',
      code: `<?php\n\nuse Monolog\\Logger;\nuse Monolog\\Handler\\StreamHandler;\n\n$log = new Logger('app');\n$log->pushHandler(new StreamHandler('php://stdout', Logger::DEBUG));\n$log->pushHandler(new StreamHandler('php://stderr'));\n$log->pushHandler(new StreamHandler(STDERR));\n$log->pushHandler(new StreamHandler($stream));\n$log->pushHandler(new ErrorLogHandler());\n$log->pushHandler(new SyslogHandler('app'));\nerror_log('payment failed');\nerror_log('payment failed', 4);\nini_set('error_log', '/dev/stderr');\nfile_put_contents(storage_path('app/export.csv'), $csv, FILE_APPEND);\n`,
    },
    {
      name: 'Hyperf logger config: a StreamHandler array to stdout, and one whose stream the environment decides',
      path: 'config/autoload/logger.php',
      code: `<?php\nuse Monolog\\Handler\\StreamHandler;\n\nreturn [\n    'default' => [\n        'handler' => ['class' => StreamHandler::class, 'constructor' => ['stream' => 'php://stdout', 'level' => Monolog\\Level::Info]],\n    ],\n    'audit' => [\n        'handler' => ['class' => StreamHandler::class, 'constructor' => ['stream' => env('AUDIT_LOG_STREAM', 'php://stderr')]],\n    ],\n];\n`,
    },
  ],
  invalid: [
    {
      name: "a hand-rolled logger whose function gives its path a .log default; a CSV export's path is no log",
      path: 'app/config/cross_platform.php',
      code: `<?php\nfunction logMessage($level, $message, $file = null) {\n    if ($file === null) {\n        $file = LOGS_PATH . DS . 'app.log';\n    }\n    ⟦file_put_contents($file, "[$level] $message" . PHP_EOL, FILE_APPEND | LOCK_EX)⟧;\n}\nfunction saveRows($rows) {\n    $file = 'export.csv';\n    file_put_contents($file, $rows, FILE_APPEND);\n}\n`,
    },
    {
      name: "the environment's log file with a file as its default: when nobody sets the variable, the app writes that file (as JS's `process.env.LOG_FILE || './app.log'`)",
      path: 'src/logging.php',
      code: `<?php\n\nuse Monolog\\Handler\\StreamHandler;\n\n$log->pushHandler(⟦new StreamHandler(getenv('LOG_FILE') ?: __DIR__ . '/../var/log/app.log')⟧);\n$log->pushHandler(⟦new StreamHandler($_ENV['LOG_FILE'] ?? 'var/log/app.log')⟧);\n`,
    },
    {
      name: "a StreamHandler on the app's own setting named for a log file (a static getter, a class constant)",
      path: 'public/index.php',
      code: `<?php\n\nuse Monolog\\Handler\\StreamHandler;\nuse Monolog\\Logger;\n\n$log = new Logger('shortlinks');\n$log->pushHandler(⟦new StreamHandler(Config::logFile())⟧);\n$log->pushHandler(⟦new StreamHandler(Settings::LOG_PATH, Logger::WARNING)⟧);\n`,
    },
    {
      name: "WordPress's WP_DEBUG_LOG (true: wp-content/debug.log; or a path), and KLogger's folder of log files",
      path: 'wp-config.php',
      code: `<?php\nuse Katzgrau\\KLogger\\Logger;\ndefine( 'WP_DEBUG', true );\n⟦define( 'WP_DEBUG_LOG', true )⟧;\n⟦define( 'WP_DEBUG_LOG', '/var/log/wordpress/debug.log' )⟧;\n$log = ⟦new Logger(WP_CONTENT_DIR . '/uploads/bookings-logs', LogLevel::INFO)⟧;\n`,
    },
    {
      name: "the Slim skeleton's logger settings: a file unless the docker switch is set",
      path: 'app/settings.php',
      code: `<?php\n\nreturn function (ContainerBuilder $containerBuilder) {\n    $containerBuilder->addDefinitions([\n        'settings' => [\n            'logger' => [\n                'name' => 'slim-app',\n                'path' => ⟦isset($_ENV['docker']) ? 'php://stdout' : __DIR__ . '/../logs/app.log'⟧,\n            ],\n        ],\n    ]);\n};\n`,
      messageIncludes: ['Factor XI', "logger settings' path"],
    },
    {
      name: "the same settings as flat keys PHP-DI hands to Monolog (DI\\get('logger.path'), openapi-generator's Slim 4 template)",
      path: 'config/prod/default.inc.php',
      code: `<?php\n\nreturn [\n    'logger.name' => 'api',\n    'logger.path' => ⟦__DIR__ . '/../../var/log/api.log'⟧,\n    'log.file' => ⟦'/var/log/apache2/slim-app.log'⟧,\n    'templates.path' => __DIR__ . '/../templates',\n];\n`,
      messageIncludes: ['Factor XI', "logger settings' path"],
    },
    {
      name: 'Hyperf logger config: StreamHandler arrays whose stream is a file (named or first), a RotatingFileHandler array',
      path: 'config/autoload/logger.php',
      code: `<?php\nuse Monolog\\Handler\\StreamHandler;\nuse Monolog\\Handler\\RotatingFileHandler;\n\nreturn [\n    'sql' => [\n        'handler' => ['class' => StreamHandler::class, 'constructor' => ['stream' => ⟦BASE_PATH . '/runtime/logs/sql.log'⟧]],\n    ],\n    'jobs' => ['handler' => ['class' => 'Monolog\\Handler\\StreamHandler', 'args' => [⟦'/var/log/app/jobs.log'⟧]]],\n    'daily' => ['handler' => ['class' => ⟦RotatingFileHandler::class⟧, 'constructor' => ['maxFiles' => 7]]],\n];\n`,
      messageIncludes: ['Factor XI', 'Monolog'],
    },
    {
      name: 'CakePHP FileLog engines (class constant and short name), CodeIgniter 4 FileHandler, Yii 2 FileTarget',
      path: 'config/app.php',
      code: `<?php\nuse Cake\\Log\\Engine\\FileLog;\nuse CodeIgniter\\Log\\Handlers\\FileHandler;\n\nreturn [\n    'Log' => [\n        'debug' => ['className' => ⟦FileLog::class⟧, 'path' => LOGS, 'file' => 'debug'],\n        'error' => ['className' => ⟦'File'⟧, 'path' => LOGS, 'file' => 'error'],\n    ],\n    'handlers' => [⟦FileHandler::class⟧ => ['handles' => ['critical', 'error']]],\n    'components' => ['log' => ['targets' => [['class' => ⟦'yii\\\\log\\\\FileTarget'⟧, 'levels' => ['error']]]]],\n];\n`,
      messageIncludes: ['Factor XI', 'writes the log to files'],
    },
    {
      name: "Laravel 5.5 config/app.php: 'log' => env('APP_LOG', 'single') writes storage/logs/laravel.log",
      path: 'config/app.php',
      code: "<?php\n\nreturn [\n    'name' => 'Shop',\n    'log' => ⟦env('APP_LOG', 'single')⟧,\n    'log_level' => env('APP_LOG_LEVEL', 'debug'),\n];\n",
      messageIncludes: ['Factor XI', "'log' => 'errorlog'"],
    },
    {
      name: "Laravel 5.5 config/app.php: 'log' => 'daily'",
      path: 'config/app.php',
      code: "<?php\nreturn ['log' => ⟦'daily'⟧];\n",
    },
    {
      name: "Laravel's stock config: the default stack logs to the single channel",
      path: 'config/logging.php',
      code: laravelLogging(`explode(',', (string) env('LOG_STACK', 'single'))`),
      messageIncludes: ['Factor XI', 'Laravel log channel "single"', 'stderr'],
    },
    {
      name: 'a daily channel listed in the stack',
      path: 'config/logging.php',
      code: unmarked(laravelLogging(`['daily', 'stderr']`)).replace(`'driver' => 'daily'`, `'driver' => ⟦'daily'⟧`),
      messageIncludes: ['driver "daily"'],
    },
    {
      name: 'a monolog channel with a file handler as the default',
      path: 'config/logging.php',
      code: `<?php\n\nreturn [\n    'default' => 'app',\n    'channels' => [\n        'app' => ['driver' => 'monolog', 'handler' => ⟦RotatingFileHandler::class⟧, 'with' => ['filename' => '/var/log/app.log']],\n        'audit' => ['driver' => 'monolog', 'handler' => StreamHandler::class, 'with' => ['stream' => storage_path('logs/audit.log')]],\n    ],\n];\n`,
    },
    {
      name: 'Monolog file handlers in code',
      path: 'src/logger.php',
      code: `<?php\n\nuse Monolog\\Logger;\nuse Monolog\\Handler\\StreamHandler;\nuse Monolog\\Handler\\RotatingFileHandler as Rotating;\n\n$log = new Logger('app');\n$log->pushHandler(⟦new StreamHandler(__DIR__ . '/../var/app.log', Logger::WARNING)⟧);\n$log->pushHandler(⟦new Rotating('/var/log/app.log', 7)⟧);\n$log->pushHandler(⟦new \\Monolog\\Handler\\StreamHandler('app.log')⟧);\n`,
      messageIncludes: ['Factor XI', 'Monolog'],
    },
    {
      name: 'error_log to a file, ini_set and FILE_APPEND writes to .log files',
      path: 'public/index.php',
      code: `<?php\n\n⟦error_log($message, 3, '/var/log/app-errors.log')⟧;\n⟦ini_set('error_log', __DIR__ . '/../logs/php.log')⟧;\n⟦file_put_contents(__DIR__ . '/debug.log', $line . PHP_EOL, FILE_APPEND | LOCK_EX)⟧;\n`,
    },
  ],
};

export const iniFileLoggerExamples: Examples = {
  valid: [
    {
      name: 'php.ini logging to stderr or syslog, or with log_errors off',
      path: 'docker/php.ini',
      code: `[PHP]\nlog_errors = On\nerror_log = /dev/stderr\n; error_log = /var/log/php_errors.log\n`,
    },
    { name: 'syslog', path: 'php.ini', code: `error_log = syslog\n` },
    { name: 'log_errors off', path: 'php.ini', code: `log_errors = Off\nerror_log = /var/log/php_errors.log\n` },
  ],
  invalid: [
    {
      name: 'error_log to a file in php.ini',
      path: 'docker/php/conf.d/app.ini',
      code: `[PHP]\nlog_errors = On\nerror_log = ⟦/var/log/php_errors.log⟧ ; rotate with logrotate\n`,
      messageIncludes: ['Factor XI', '/dev/stderr'],
    },
  ],
};
