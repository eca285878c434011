<?php

return [
    'components' => [
        'db' => [
            'class' => \yii\db\Connection::class,
            'dsn' => 'pgsql:host=fleet-db.internal;port=5432;dbname=fleet', // tfl-eval: hardcoded-backing-service
            'username' => 'fleet_app',
            'password' => 'Sd1NvL2ixaZ-k6%xFG', // tfl-eval: hardcoded-credential
            'charset' => 'utf8',
            'enableSchemaCache' => true,
        ],
        'redis' => [
            'class' => \yii\redis\Connection::class,
            'hostname' => 'fleet-cache.internal', // tfl-eval: hardcoded-backing-service
            'port' => 6379,
            'password' => 'tPDl98mzxCXfGHnBIIsCeksV', // tfl-eval: hardcoded-credential
            'database' => 0,
        ],
        'mailer' => [
            'class' => \yii\symfonymailer\Mailer::class,
            'viewPath' => '@common/mail',
            'transport' => [
                'scheme' => 'smtps',
                'host' => 'email-smtp.eu-west-1.amazonaws.com', // tfl-eval: hardcoded-backing-service
                'username' => 'AKIAIDUR6K6ET7ATGL32', // tfl-eval: hardcoded-credential
                'password' => '519tlkJJNGotQyvjdm23xYISxkaInl3+E6TK1HhB', // tfl-eval: hardcoded-credential
                'port' => 465,
            ],
        ],
    ],
];
