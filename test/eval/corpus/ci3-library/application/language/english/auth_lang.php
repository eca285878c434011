<?php
$lang['auth_password'] = 'Password'; // tfl-eval-not: hardcoded-credential
$lang['auth_password_confirm'] = 'Confirm password'; // tfl-eval-not: hardcoded-credential
$lang['auth_password_reset_sent'] = 'A password reset link has been sent to your e-mail.'; // tfl-eval-not: hardcoded-credential
$lang['auth_api_key'] = 'API key'; // tfl-eval-not: hardcoded-credential
