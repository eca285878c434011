<?php
/**
 *  MODX Configuration file
 */
$database_type = 'mysql';
$database_server = 'localhost';
$database_user = 'modx_shop';
$database_password = 'D8+g+aoRf4i+nPbD'; // tfl-eval: hardcoded-credential
$database_connection_charset = 'utf8mb4';
$dbase = 'modx_shop';
$table_prefix = 'modx_';
$database_dsn = 'mysql:host=localhost;dbname=modx_shop;charset=utf8mb4'; // tfl-eval: hardcoded-backing-service
$config_options = array (
);
$driver_options = array (
);

$lastInstallTime = 1706610052;

$site_id = 'modx65b8b5c4a2f3d7.04899217'; // tfl-eval-not: hardcoded-credential
$site_sessionname = 'SN65b8b5c4a1e2f';
$https_port = '443';
$uuid = '97aa982c-1663-4165-a0e0-eaa94c60c736'; // tfl-eval-not: hardcoded-credential

if (!defined('MODX_CORE_PATH')) {
    $modx_core_path= '/var/www/shop/core/';
    define('MODX_CORE_PATH', $modx_core_path);
}
