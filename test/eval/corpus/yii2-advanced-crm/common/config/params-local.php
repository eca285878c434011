<?php

return [
    'adminEmail' => 'admin@crm.example',
    'hubspot.privateAppToken' => 'pat-eu1-9afbe220-4a9a-429d-aa47-3692a94f0c98', // tfl-eval: hardcoded-credential
    'recaptcha.siteKey' => '6LdAabhOwkld6etZFboLOENPVLUvE4IofyEpcZog', // tfl-eval-not: hardcoded-credential
    'user.passwordResetTokenExpire' => 3600, // tfl-eval-not: hardcoded-credential
];
