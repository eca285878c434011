<?php

return [
    'info' => [
        'instance_id' => 'XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX',
        'salt' => '',
    ],
    'url' => 'http://localhost/',
    'db' => [
        'type' => 'mysql',
        'host' => 'localhost',
        'port' => '3306',
        'name' => '{{ db_name }}',
        'user' => '{{ db_user }}',
        'password' => '{{ db_password }}', // tfl-eval-not: hardcoded-credential
    ],
];
