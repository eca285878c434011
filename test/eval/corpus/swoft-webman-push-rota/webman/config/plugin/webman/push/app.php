<?php
return [
    'enable'       => true,
    'websocket'    => 'websocket://0.0.0.0:3131',
    'api'          => 'http://0.0.0.0:3232',
    'app_key'      => '295cd4ca49b435c61f3bfea9f8b7c861', // tfl-eval-not: hardcoded-credential (a push app's key is public: browsers get it)
    'app_secret'   => 'af9324a6b9ae683e86cc9349795be655', // tfl-eval: hardcoded-credential
    'channel_hook' => 'http://127.0.0.1:8787/plugin/webman/push/hook',
    'auth'         => '/plugin/webman/push/auth',
];
