<?php
define('DB_CONFIG', [
    'drive' => 'mysql',
    'host' => 'db.internal',
    'dbname' => 'db_store',
    'user' => 'shop',
    'pass' => '1234' // tfl-eval: hardcoded-credential
]);

define('TICKETS', [
    'pass' => 'standard', // tfl-eval-not: hardcoded-credential
    'seat' => '12A',
]);

define('MAILER', [
    'username' => 'noreply',
    'pass' => getenv('MAIL_PASS'), // tfl-eval-not: hardcoded-credential
]);
