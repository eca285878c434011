<?php

return [
    'reset' => 'Das Passwort wurde zurückgesetzt!',
    'sent' => 'Passworterinnerung wurde gesendet!',
    'password' => 'Das Passwort muss mindestens acht Zeichen lang sein.', // tfl-eval-not: hardcoded-credential
    'token' => 'Der Passwort-Wiederherstellungsschlüssel ist ungültig oder abgelaufen.', // tfl-eval-not: hardcoded-credential
    'user' => 'Es konnte leider kein Nutzer mit dieser E-Mail-Adresse gefunden werden.',
    'Confirm Password' => 'Kennwort bestätigen', // tfl-eval-not: hardcoded-credential
];
