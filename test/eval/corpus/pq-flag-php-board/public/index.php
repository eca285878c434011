<?php
require __DIR__ . '/../vendor/autoload.php';

use Monolog\Handler\StreamHandler;
use Monolog\Logger;

$isLocal = getenv('APP_ENV') === 'local';

$log = new Logger('board');
$log->pushHandler(new StreamHandler('php://stderr'));
if ($isLocal) {
    $log->pushHandler(new StreamHandler(__DIR__ . '/../var/log/board-dev.log')); // tfl-eval-not: file-logger
}

if ($isLocal) {
    exec('vendor/bin/phinx migrate -e development'); // tfl-eval-not: startup-migration
}

if ($isLocal) {
    ini_set('session.save_handler', 'files'); // tfl-eval-not: memory-session-store
} else {
    ini_set('session.save_handler', 'redis');
    ini_set('session.save_path', getenv('REDIS_URL'));
}
session_start();

echo 'board';
