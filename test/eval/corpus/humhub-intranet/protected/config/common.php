<?php
/**
 * This file provides to overwrite the default HumHub / Yii configuration by your local common (Console and Web) environments
 * @see http://www.yiiframework.com/doc-2.0/guide-concept-configurations.html
 * @see http://docs.humhub.org/admin-installation-configuration.html
 * @see http://docs.humhub.org/dev-environment.html
 */
return [
    'components' => [
        'redis' => [
            'class' => 'yii\redis\Connection',
            'hostname' => getenv('REDIS_HOST') ?: 'localhost',
            'port' => 6379,
            'password' => getenv('REDIS_PASSWORD') ?: null,
            'database' => 0,
        ],
        'authClientCollection' => [
            'clients' => [
                'keycloak' => [
                    'class' => 'humhub\modules\sso\authclient\Keycloak',
                    'clientId' => 'humhub',
                    'clientSecret' => 'Jx4mVq9RbW2tLz7nKc5eYp8D', // tfl-eval: hardcoded-credential
                ],
                'github' => [
                    'class' => 'humhub\modules\user\authclient\GitHub',
                    'clientId' => 'Iv1.8a61f9b3a7aba766',
                    'clientSecret' => getenv('GITHUB_CLIENT_SECRET'),
                ],
            ],
        ],
    ],
];
