<?php

return [
    'paths' => ['migrations' => '%%PHINX_CONFIG_DIR%%/db/migrations'],
    'environments' => [
        'default_migration_table' => 'phinxlog',
        'production' => [
            'adapter' => 'pgsql',
            'host' => getenv('DB_HOST'),
            'name' => 'readinglist',
            'user' => getenv('DB_USER'),
            'pass' => getenv('DB_PASSWORD'),
        ],
        'testing' => [
            'adapter' => 'sqlite',
            'name' => ':memory:',
        ],
    ],
];
