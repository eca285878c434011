<?php

return [
    'db' => [
        'driver' => 'Pdo_Pgsql',
        'database' => 'crm',
    ],
    'session_config' => [
        'cookie_lifetime' => 3600,
        'name' => 'crm_session',
    ],
];
