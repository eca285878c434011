<?php
$lang['auth_password'] = 'Passwort'; // tfl-eval-not: hardcoded-credential
$lang['auth_password_reset'] = 'Passwort zurücksetzen'; // tfl-eval-not: hardcoded-credential
$lang['auth_token_expired'] = 'Der Link ist abgelaufen.'; // tfl-eval-not: hardcoded-credential
