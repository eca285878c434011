<?php

require __DIR__ . '/vendor/autoload.php';

db()->connect('127.0.0.1', 'events_api', 'events', 'H$VStV#OoRWSNm'); // tfl-eval: hardcoded-credential

auth()->config([
    'session' => false,
    'token.secret' => 'cba44e3d8c71830f9934411446a407c7e0b361832d18db28', // tfl-eval: hardcoded-credential
    'token.lifetime' => 60 * 60 * 24,
    'password.key' => 'password', // tfl-eval-not: hardcoded-credential
    'password.encode' => true,
]);

require __DIR__ . '/app/routes/index.php';

app()->run();
