<?php  if ( ! defined('BASEPATH')) exit('No direct script access allowed');
/*
| Database settings for the kiosk back office (CodeIgniter 2).
*/
$active_group = 'default';
$active_record = TRUE;

$db['default']['hostname'] = 'localhost';
$db['default']['username'] = 'kiosk';
$db['default']['password'] = 'kiosk'; // tfl-eval-not: hardcoded-credential
$db['default']['database'] = 'kiosk';
$db['default']['dbdriver'] = 'mysql';
$db['default']['dbprefix'] = '';
$db['default']['pconnect'] = TRUE;
$db['default']['db_debug'] = TRUE;
$db['default']['char_set'] = 'utf8';

$db['reports']['hostname'] = 'reports.internal'; // tfl-eval: hardcoded-backing-service
$db['reports']['username'] = 'reporter';
$db['reports']['password'] = 'cZcOgS7BZkwIxprOq0jJ'; // tfl-eval: hardcoded-credential
$db['reports']['database'] = 'kiosk_reports';
$db['reports']['dbdriver'] = 'mysqli';
