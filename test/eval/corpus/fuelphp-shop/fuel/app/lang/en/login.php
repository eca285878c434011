<?php
return array(
	'password' => 'Password', // tfl-eval-not: hardcoded-credential
	'password_incorrect' => 'The password you entered is incorrect.', // tfl-eval-not: hardcoded-credential
	'token_expired' => 'Your session token has expired, please try again.',
);
