<?php
return [
    'Password' => 'Mot de passe', // tfl-eval-not: hardcoded-credential
    'Secret key' => 'Clé secrète', // tfl-eval-not: hardcoded-credential
    'Incorrect username or password.' => "Nom d'utilisateur ou mot de passe incorrect.", // tfl-eval-not: hardcoded-credential
];
