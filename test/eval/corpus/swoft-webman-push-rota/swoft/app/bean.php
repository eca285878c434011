<?php declare(strict_types=1);

use App\Common\DbSelector;
use Swoft\Db\Database;
use Swoft\Db\Pool;
use Swoft\Http\Server\HttpServer;
use Swoft\Redis\RedisDb;
use Swoft\Task\Swoole\SyncTaskListener;
use Swoft\Task\Swoole\TaskListener;

return [
    'noticeHandler'  => [
        'logFile' => '@runtime/logs/notice-%d{Y-m-d-H}.log',
    ],
    'httpServer'     => [
        'class'    => HttpServer::class,
        'port'     => (int)env('HTTP_PORT', 18306),
        'listener' => [],
        'on'       => [
            SwooleEvent::TASK   => bean(SyncTaskListener::class),
            SwooleEvent::FINISH => bean(TaskListener::class),
        ],
        'setting'  => [
            'task_worker_num'       => 12,
            'task_enable_coroutine' => true,
            'worker_num'            => 6,
        ],
    ],
    'db'             => [
        'class'    => Database::class,
        'dsn'      => 'mysql:dbname=rota;host=rm-rota.mysql.internal', // tfl-eval: hardcoded-backing-service
        'username' => 'rota_app',
        'password' => 'zvOG5jQh7bnUaFp8', // tfl-eval: hardcoded-credential
        'charset'  => 'utf8mb4',
    ],
    'db2'            => [
        'class'      => Database::class,
        'dsn'        => env('DB2_DSN'),
        'username'   => env('DB2_USER', 'rota_reports'),
        'password'   => env('DB2_PASSWORD'), // tfl-eval-not: hardcoded-credential
        'dbSelector' => bean(DbSelector::class),
    ],
    'db2.pool'       => [
        'class'    => Pool::class,
        'database' => bean('db2'),
    ],
    'redis'          => [
        'class'    => RedisDb::class,
        'host'     => env('REDIS_HOST', '127.0.0.1'),
        'port'     => 6379,
        'database' => 0,
        'password' => env('REDIS_PASSWORD', 'Ev9nDDbTrnAjujeF'), // tfl-eval: hardcoded-credential
        'option'   => [
            'prefix' => 'rota:',
        ],
    ],
    'rpcServer'      => [
        'class' => ServiceServer::class,
    ],
    'wsServer'       => [
        'class'   => WebSocketServer::class,
        'debug'   => 1,
        'setting' => [
            'log_file' => alias('@runtime/swoole.log'),
        ],
    ],
];
