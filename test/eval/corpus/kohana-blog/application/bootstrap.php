<?php defined('SYSPATH') or die('No direct script access.');

date_default_timezone_set('Europe/Berlin');
setlocale(LC_ALL, 'en_US.utf-8');

Kohana::init(array(
	'base_url'   => '/',
	'index_file' => FALSE,
));

Cookie::$salt = 'bLg7-c00kie-s4lt-Kx2q'; // tfl-eval: hardcoded-credential
Cookie::$httponly = TRUE;
Session::$default = 'database';

Kohana::modules(array(
	'auth'     => MODPATH.'auth',
	'database' => MODPATH.'database',
	'orm'      => MODPATH.'orm',
));

Route::set('default', '(<controller>(/<action>(/<id>)))')
	->defaults(array('controller' => 'Post', 'action' => 'index'));
