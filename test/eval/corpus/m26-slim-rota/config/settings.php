<?php

declare(strict_types=1);

$jwtSecret = getenv('JWT_SECRET');
if ($jwtSecret === false || $jwtSecret === '') {
    error_log('JWT_SECRET is not set: tokens will not survive a restart');
    $jwtSecret = bin2hex(random_bytes(32)); // tfl-eval-not: per-process-secret
}

$sessionKey = $_ENV['SESSION_KEY'] ?? '';
if (empty($sessionKey)) {
    $sessionKey = bin2hex(random_bytes(32)); // tfl-eval-not: per-process-secret
}

return [
    'jwt' => ['secret' => $jwtSecret, 'algorithm' => 'HS256', 'ttl' => 3600],
    'session' => ['key' => $sessionKey, 'name' => 'rota_sid'],
];
