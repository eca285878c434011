<?php

use craft\helpers\App;

return [
    'dsn' => App::env('CRAFT_DB_DSN') ?: null,
    'user' => App::env('CRAFT_DB_USER') ?? 'craft',
    'password' => App::env('CRAFT_DB_PASSWORD') ?? 'Kestrel!4017tundra', // tfl-eval: hardcoded-credential
    'schema' => 'public',
    'tablePrefix' => '',
];
