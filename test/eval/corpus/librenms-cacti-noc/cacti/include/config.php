<?php
/*
 * Make sure these values reflect your actual database/host/user/password
 */

$database_type     = 'mysql';
$database_default  = 'cacti';
$database_hostname = 'localhost';
$database_username = 'cactiuser';
$database_password = 'OTLeT4ZJAHITkkP5xNV5W50L'; // tfl-eval: hardcoded-credential
$database_port     = '3306';
$database_retries  = 5;
$database_ssl      = false;
$database_ssl_key  = ''; // tfl-eval-not: hardcoded-credential

$poller_id = 1;
$url_path = '/cacti/';
$cacti_session_name = 'Cacti';
$cacti_db_session = false;
