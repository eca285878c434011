<?php
$PMF_LANG['ad_passwd_cop'] = 'Passwort bestätigen'; // tfl-eval-not: hardcoded-credential
$PMF_LANG['ad_passwd_old'] = 'Altes Passwort'; // tfl-eval-not: hardcoded-credential
$PMF_LANG['msgPasswordTooShort'] = 'Das Passwort muss mindestens 8 Zeichen lang sein.'; // tfl-eval-not: hardcoded-credential
