<?php

return [
    'host' => 'smtp.eu.sparkpostmail.com',
    'port' => 587,
    'username' => 'SMTP_Injection',
    'password' => '038e13d51146a4e0c7c4569241dc1072da88909b', // tfl-eval: hardcoded-credential
    'security' => 'STARTTLS',
    'default.from' => 'events@example.org',
];
