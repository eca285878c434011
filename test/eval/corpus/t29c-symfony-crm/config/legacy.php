<?php
// Settings the old CRM scripts include before they open a connection.
return [
    'db' => ['host' => 'crm-db.internal', 'user' => 'crm', 'password' => 'Philippa'], // tfl-eval: hardcoded-credential, hardcoded-backing-service
    'cache' => ['host' => 'crm-cache.internal', 'redis_auth' => 'Gk8vd2Wq7n'], // tfl-eval: hardcoded-credential, hardcoded-backing-service
    'labels' => ['password' => 'Mot de passe', 'user' => 'Identifiant'], // tfl-eval-not: hardcoded-credential
    'app_secret' => 'ThisIsNotASecretChangeMe', // tfl-eval-not: hardcoded-credential
    'archive_password' => 'QopQopQop', // tfl-eval: hardcoded-credential
];
