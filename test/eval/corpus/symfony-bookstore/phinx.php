<?php

return [
    'paths' => ['migrations' => '%%PHINX_CONFIG_DIR%%/db/migrations'],
    'environments' => [
        'default_environment' => 'production',
        'production' => [
            'adapter' => 'pgsql',
            'host' => 'db.bookstore.internal',
            'name' => 'bookstore',
            'user' => 'bookstore',
            'pass' => 'Ujhzt58*jiDg', // tfl-eval: hardcoded-credential
            'port' => 5432,
        ],
    ],
];
