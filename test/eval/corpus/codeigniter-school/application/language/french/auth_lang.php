<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$lang['login_heading'] = 'Connexion';
$lang['login_password_label'] = 'Mot de passe :'; // tfl-eval-not: hardcoded-credential
$lang['password'] = 'Mot de passe'; // tfl-eval-not: hardcoded-credential
$lang['forgot_password_heading'] = 'Mot de passe oublié'; // tfl-eval-not: hardcoded-credential
$lang['reset_password_token_invalid'] = 'Le jeton est invalide.'; // tfl-eval-not: hardcoded-credential
$lang['api_key'] = 'Clé API'; // tfl-eval-not: hardcoded-credential
