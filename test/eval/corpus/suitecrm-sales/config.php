<?php
// created: 2021-03-14 09:12:44
$sugar_config = array (
  'admin_export_only' => false,
  'cache_dir' => 'cache/',
  'dbconfig' =>
  array (
    'db_host_name' => 'mysql-crm.sales.lan', // tfl-eval: hardcoded-backing-service
    'db_host_instance' => 'SQLEXPRESS',
    'db_user_name' => 'suitecrm',
    'db_password' => 'Su1teCRM#sales', // tfl-eval: hardcoded-credential
    'db_name' => 'suitecrm',
    'db_type' => 'mysql',
    'db_port' => '',
    'db_manager' => 'MysqliManager',
  ),
  'dbconfigoption' =>
  array (
    'persistent' => true,
    'autofree' => false,
  ),
  'unique_key' => 'e465538d04e8aa4799f46c9711564095', // tfl-eval: hardcoded-credential
  'site_url' => 'https://crm.sales.example',
  'passwordsetting' =>
  array (
    'SystemGeneratedPasswordON' => '1',
    'minpwdlength' => '8', // tfl-eval-not: hardcoded-credential
    'oneupper' => '1',
  ),
  'verify_client_ip' => true,
);
