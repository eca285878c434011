<?php

use Cake\Database\Connection;
use Cake\Database\Driver\Mysql;
use Cake\Log\Engine\FileLog;

return [
    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),
    'App' => [
        'namespace' => 'App',
        'encoding' => env('APP_ENCODING', 'UTF-8'),
        'defaultLocale' => env('APP_DEFAULT_LOCALE', 'en_GB'),
    ],
    'Security' => [
        'salt' => env('SECURITY_SALT'), // tfl-eval-not: hardcoded-credential
    ],
    'Datasources' => [
        'default' => [
            'className' => Connection::class,
            'driver' => Mysql::class,
            'host' => 'mysql-rota.volunteers.internal', // tfl-eval: hardcoded-backing-service
            'username' => env('DB_USER'),
            'password' => env('DB_PASSWORD'), // tfl-eval-not: hardcoded-credential
            'database' => 'rota',
        ],
        'test' => [
            'className' => Connection::class,
            'driver' => Mysql::class,
            'host' => 'localhost', // tfl-eval-not: hardcoded-backing-service
            'database' => 'rota_test',
        ],
    ],
    'Log' => [
        'debug' => [
            'className' => FileLog::class, // tfl-eval: file-logger
            'path' => LOGS,
            'file' => 'debug',
            'levels' => ['notice', 'info', 'debug'],
        ],
        'error' => [
            'className' => 'Console', // tfl-eval-not: file-logger
            'levels' => ['warning', 'error', 'critical', 'alert', 'emergency'],
        ],
    ],
    'Session' => [
        'defaults' => 'cake', // tfl-eval: memory-session-store
        'timeout' => 240,
    ],
];
