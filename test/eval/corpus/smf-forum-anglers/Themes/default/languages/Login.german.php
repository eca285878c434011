<?php
// Version: 2.1.4; Login
$txt['password'] = 'Passwort'; // tfl-eval-not: hardcoded-credential
$txt['choose_pass'] = 'Passwort wählen'; // tfl-eval-not: hardcoded-credential
$txt['verify_pass'] = 'Passwort bestätigen'; // tfl-eval-not: hardcoded-credential
$txt['invalid_password'] = 'Das Passwort ist nicht korrekt.'; // tfl-eval-not: hardcoded-credential
