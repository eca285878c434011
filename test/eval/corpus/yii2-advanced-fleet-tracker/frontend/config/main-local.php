<?php

$config = [
    'components' => [
        'request' => [
            // !!! insert a secret key in the following (if it is empty) - this is required by cookie validation
            'cookieValidationKey' => 'pfzGOwSNyO2Vlis3AHbUgOy724dSRIT2', // tfl-eval: hardcoded-credential
        ],
        'authClientCollection' => [
            'class' => \yii\authclient\Collection::class,
            'clients' => [
                'google' => [
                    'class' => \yii\authclient\clients\Google::class,
                    'clientId' => '3813OnUnTTin-4Jw1LQU4fHmqsqMYyceu.apps.googleusercontent.com', // tfl-eval-not: hardcoded-credential
                    'clientSecret' => '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', // tfl-eval: hardcoded-credential
                ],
            ],
        ],
    ],
];

if (!YII_ENV_TEST) {
    $config['bootstrap'][] = 'debug';
    $config['modules']['debug'] = ['class' => \yii\debug\Module::class];
}

return $config;
