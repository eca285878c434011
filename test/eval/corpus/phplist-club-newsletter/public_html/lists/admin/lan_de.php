<?php
$lan = array(
  'password' => 'Passwort', // tfl-eval-not: hardcoded-credential
  'forgot password' => 'Passwort vergessen', // tfl-eval-not: hardcoded-credential
  'enter your password' => 'Geben Sie Ihr Passwort ein', // tfl-eval-not: hardcoded-credential
);
