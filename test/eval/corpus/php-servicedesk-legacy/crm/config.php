<?php
// created: 2019-11-02 16:40:12
$sugar_config = array (
  'cache_dir' => 'cache/',
  'dbconfig' =>
  array (
    'db_host_name' => 'crm-db.servicedesk.corp', // tfl-eval: hardcoded-backing-service
    'db_host_instance' => 'SQLEXPRESS',
    'db_user_name' => 'crm',
    'db_password' => 'e3HOYkmQEmKvtjsGBPpC', // tfl-eval: hardcoded-credential
    'db_name' => 'crm',
    'db_type' => 'mysql',
    'db_port' => '',
    'db_manager' => 'MysqliManager',
  ),
  'host_name' => 'crm.servicedesk.example.org', // tfl-eval-not: hardcoded-backing-service
  'site_url' => 'https://crm.servicedesk.example.org',
  'unique_key' => '9208a0d226daa4e4150090ecad1e54c4', // tfl-eval: hardcoded-credential
  'passwordsetting' =>
  array (
    'minpwdlength' => '8', // tfl-eval-not: hardcoded-credential
  ),
);
