<?php

return [
    'components' => [
        'db' => [
            'class' => \yii\db\Connection::class,
            'dsn' => getenv('RENTAL_DB_DSN'),
            'username' => getenv('RENTAL_DB_USER'),
            'password' => getenv('RENTAL_DB_PASSWORD'), // tfl-eval-not: hardcoded-credential
            'charset' => 'utf8mb4',
        ],
        'mailer' => [
            'class' => \yii\symfonymailer\Mailer::class,
            'viewPath' => '@common/mail',
            'transport' => [
                'dsn' => getenv('RENTAL_MAILER_DSN'),
            ],
        ],
    ],
];
