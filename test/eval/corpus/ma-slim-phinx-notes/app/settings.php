<?php
declare(strict_types=1);

use Monolog\Logger;

// Flat keys: PHP-DI resolves each one with DI\get('logger.path').
return [
    'displayErrorDetails' => (bool) getenv('APP_DEBUG'),
    'logger.name' => 'notes-api',
    'logger.path' => __DIR__ . '/../logs/app.log', // tfl-eval: file-logger
    'logger.level' => Logger::INFO,
    'db.driver' => getenv('DB_DRIVER') ?: 'mysql',
    'db.host' => getenv('DB_HOST'),
    'db.name' => getenv('DB_NAME') ?: 'notes',
    'templates.path' => __DIR__ . '/../templates', // tfl-eval-not: file-logger
    'cache.path' => __DIR__ . '/../var/cache', // tfl-eval-not: file-logger
];
