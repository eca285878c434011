<?php
$Definition['Password'] = 'Passwort'; // tfl-eval-not: hardcoded-credential
$Definition['Confirm Password'] = 'Passwort bestätigen'; // tfl-eval-not: hardcoded-credential
$Definition['Your password must be at least %d characters long.'] = 'Dein Passwort muss mindestens %d Zeichen lang sein.'; // tfl-eval-not: hardcoded-credential
$Definition['Access Token'] = 'Zugriffstoken'; // tfl-eval-not: hardcoded-credential
