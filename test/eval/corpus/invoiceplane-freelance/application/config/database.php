<?php
if (! defined('BASEPATH')) {
    exit('No direct script access allowed');
}

$active_group = 'default';
$query_builder = true;

$db['default'] = [
    'dsn' => '',
    'hostname' => env('DB_HOSTNAME'),
    'username' => env('DB_USERNAME'),
    'password' => env('DB_PASSWORD'),
    'database' => env('DB_DATABASE'),
    'port' => env('DB_PORT'),
    'dbdriver' => 'mysqli',
    'dbprefix' => 'ip_',
    'pconnect' => false,
    'db_debug' => env_bool('ENABLE_DEBUG'),
    'cache_on' => false,
    'char_set' => 'utf8',
    'dbcollat' => 'utf8_general_ci',
];
