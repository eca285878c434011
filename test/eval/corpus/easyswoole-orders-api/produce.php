<?php
return [
    'SERVER_NAME' => "EasySwoole",
    'MAIN_SERVER' => [
        'LISTEN_ADDRESS' => '0.0.0.0',
        'PORT' => 9501,
        'SERVER_TYPE' => EASYSWOOLE_WEB_SERVER,
    ],
    'MYSQL' => [
        'host' => 'rm-orders.mysql.rds.aliyuncs.com', // tfl-eval: hardcoded-backing-service
        'port' => 3306,
        'user' => 'orders',
        'password' => 'Es8qLm2xRt7Vw5', // tfl-eval: hardcoded-credential
        'database' => 'orders',
    ],
    'REDIS' => [
        'host' => 'r-orders.redis.rds.aliyuncs.com', // tfl-eval: hardcoded-backing-service
        'port' => 6379,
        'auth' => 'Ea3vNq8xLm2Tz9', // tfl-eval: hardcoded-credential
    ],
];
