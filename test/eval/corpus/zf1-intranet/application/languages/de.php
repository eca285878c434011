<?php
return array(
    'Username' => 'Benutzername',
    'Password' => 'Passwort', // tfl-eval-not: hardcoded-credential
    'Forgot your password?' => 'Passwort vergessen?', // tfl-eval-not: hardcoded-credential
    'The password is incorrect' => 'Das Passwort ist falsch', // tfl-eval-not: hardcoded-credential
    'Log in' => 'Anmelden',
);
