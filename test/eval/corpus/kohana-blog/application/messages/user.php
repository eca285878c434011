<?php defined('SYSPATH') or die('No direct script access.');

return array(
	'username' => array(
		'not_empty' => 'Please choose a username.',
	),
	'password' => array(
		'not_empty'  => 'Please enter a password.', // tfl-eval-not: hardcoded-credential
		'min_length' => 'Your password must be at least :param2 characters long.', // tfl-eval-not: hardcoded-credential
	),
	'password_confirm' => array(
		'matches' => 'The passwords do not match.', // tfl-eval-not: hardcoded-credential
	),
);
