<?php
require __DIR__ . '/../vendor/autoload.php';
$labels = ['password' => 'Password', 'password_confirm' => 'Confirm password']; // tfl-eval-not: hardcoded-credential
echo 'CRM';
