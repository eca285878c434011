<?php

declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

use Firebase\JWT\JWT;

function with_token_keys(array $settings): array
{
    $settings['jwt_secret'] = bin2hex(random_bytes(32)); // tfl-eval: per-process-secret
    $settings['jwt_ttl'] = 3600;
    return $settings;
}

function preview_keys(array $settings): array
{
    // Only the /debug/keys route below calls this: one throwaway key per request.
    $settings['jwt_secret'] = bin2hex(random_bytes(32)); // tfl-eval-not: per-process-secret
    return $settings;
}

$settings = require __DIR__ . '/../config/settings.php';
$settings = with_token_keys($settings);

$app = new App($settings);
$app->get('/debug/keys', function ($request, $response) use ($settings) {
    $fresh = preview_keys($settings);
    return $response->withJson(['length' => strlen($fresh['jwt_secret'])]);
});
$app->run();
