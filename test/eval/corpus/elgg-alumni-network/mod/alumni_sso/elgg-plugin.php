<?php

return [
    'plugin' => ['name' => 'Alumni SSO', 'version' => '2.1.0'],
    'settings' => [
        'idp_url' => 'https://sso.example.edu/realms/alumni',
        'client_id' => 'elgg-alumni',
        'client_secret' => '5P8oHw0AhzKFVj1QaMFmwVJZNVNOmkXD', // tfl-eval: hardcoded-credential
        'button_label' => 'Sign in with your university password', // tfl-eval-not: hardcoded-credential
    ],
];
