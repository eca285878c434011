<?php

return [
    'stripe' => [
        'public_key' => 'pk_live_RpNHAPihJX3e5k0omGYq2wsx',
        'secret_key' => 'sk_live_MAgktt18EPjktf1S9ha77Zp9', // tfl-eval: hardcoded-credential
    ],
    'mailer' => [
        'dsn' => 'smtp://shop:Tr0ub4dor-999ya@smtp.mailgun.org:587', // tfl-eval: hardcoded-credential, hardcoded-backing-service
    ],
    'order_states' => ['pending', 'paid', 'password_reset_required'],
    'algolia' => [
        'app_id' => 'WD0700YBSI',
        'api_key' => '526d4960f806feb93836a9b162608348', // tfl-eval: hardcoded-credential
    ],
    'database_password' => $_ENV['DATABASE_PASSWORD'] ?? '',
];
