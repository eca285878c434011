<?php

return [
    'reset' => 'Ihr Passwort wurde zurückgesetzt.',
    'sent' => 'Wir haben Ihnen einen Link zum Zurücksetzen Ihres Passworts gesendet.',
    'token' => 'Dieser Token zum Zurücksetzen des Passworts ist ungültig.', // tfl-eval-not: hardcoded-credential
    'password' => 'Das Passwort ist falsch.', // tfl-eval-not: hardcoded-credential
];
