<?php

return [
    // 默认使用的数据库连接配置
    'default'         => env('database.driver', 'mysql'),
    'time_query_rule' => [],
    'auto_timestamp'  => true,
    'datetime_format' => 'Y-m-d H:i:s',
    'connections'     => [
        'mysql' => [
            'type'            => 'mysql',
            'hostname'        => '10.0.3.21', // tfl-eval: hardcoded-backing-service
            'database'        => 'mall',
            'username'        => 'mall_rw',
            'password'        => 'Mall@2021db', // tfl-eval: hardcoded-credential
            'hostport'        => '3306',
            'charset'         => 'utf8mb4',
            'prefix'          => 'mall_',
            'deploy'          => 0,
            'break_reconnect' => true,
        ],
    ],
];
