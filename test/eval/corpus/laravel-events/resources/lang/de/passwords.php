<?php

return [
    'reset' => 'Ihr Passwort wurde zurückgesetzt.',
    'token' => 'Dieser Passwort-Reset-Token ist ungültig.', // tfl-eval-not: hardcoded-credential
    'password' => 'Passwort', // tfl-eval-not: hardcoded-credential
];
