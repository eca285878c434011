<?php
$lang = [
    'password' => 'Mot de passe',
    'forgot_password' => 'Mot de passe oublié ?',
    'token_expired' => 'Votre lien a expiré',
];
