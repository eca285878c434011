<?php

return [
    'components' => [
        'db' => [
            'class' => \yii\db\Connection::class,
            'dsn' => 'pgsql:host=' . getenv('DB_HOST') . ';dbname=crm',
            'username' => 'crm',
            'password' => 'y3feM*b3oXSRYIz3', // tfl-eval: hardcoded-credential
            'charset' => 'utf8',
        ],
        'mailer' => [
            'class' => \yii\symfonymailer\Mailer::class,
            'viewPath' => '@common/mail',
            'transport' => [
                'scheme' => 'smtps',
                'host' => 'smtp.eu.mailgun.org', // tfl-eval: hardcoded-backing-service
                'username' => 'postmaster@mg.crm.example',
                'password' => '6ebd7fb9a11f71fe31e669ec8b4e0e37-285a9bc1-dca3bde9', // tfl-eval: hardcoded-credential
                'port' => 465,
            ],
        ],
    ],
];
