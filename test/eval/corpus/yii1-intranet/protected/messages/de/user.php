<?php
return array(
	'Password' => 'Passwort', // tfl-eval-not: hardcoded-credential
	'Incorrect username or password.' => 'Benutzername oder Passwort falsch.', // tfl-eval-not: hardcoded-credential
);
