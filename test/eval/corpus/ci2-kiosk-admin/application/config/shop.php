<?php  if ( ! defined('BASEPATH')) exit('No direct script access allowed');

// Settings for the storefront's own lookup database, read by Shop_model.
$config['shop']['db']['host'] = '127.0.0.1';
$config['shop']['db']['user'] = 'storefront';
$config['shop']['db']['pass'] = 'storefront'; // tfl-eval-not: hardcoded-credential
$config['shop']['db']['name'] = 'storefront';

$config['shop']['mail']['user'] = 'orders@kiosk.example';
$config['shop']['mail']['password'] = 'JMWz3PsdqgXk0ZbPKyhS'; // tfl-eval: hardcoded-credential
$config['shop']['mail']['label'] = 'Password reset';
