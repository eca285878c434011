<?php
$lang = array(
    'login_password' => 'Passwort', // tfl-eval-not: hardcoded-credential
    'login_password_forgotten' => 'Passwort vergessen?', // tfl-eval-not: hardcoded-credential
    'account_token_expired' => 'Ihr Zugangsschlüssel ist abgelaufen.', // tfl-eval-not: hardcoded-credential
);
