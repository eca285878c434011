<?php

declare(strict_types=1);

return [
    'jwt' => [
        'secret' => $_ENV['FEED_JWT_SECRET'] ?? 'Tua8aLgaNVmaBb1FJekXnSoBgjC9E2Q0tlgV9Pc3', // tfl-eval: hardcoded-credential
        'leeway' => 30,
    ],
    'twitch' => [
        'client_id' => 'gp762nuuoqcoxypju8c569th9wz7q5', // tfl-eval-not: hardcoded-credential
    ],
    'token_header' => 'Sec-WebSocket-Protocol', // tfl-eval-not: hardcoded-credential
];