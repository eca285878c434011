<?php

return yii\helpers\ArrayHelper::merge(
    require __DIR__ . '/main.php',
    require __DIR__ . '/main-local.php',
    require __DIR__ . '/test.php',
    require __DIR__ . '/test-local.php',
    [
        'components' => [
            'request' => [
                'cookieValidationKey' => 'dgfKRFc49MqoJBM8euVW2-yo3ZH2j9y5', // tfl-eval-not: hardcoded-credential
            ],
        ],
    ]
);
