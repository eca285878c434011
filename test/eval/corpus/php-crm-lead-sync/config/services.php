<?php
return [
    'crm' => [
        'url'      => $_ENV['CRM_URL'] ?? 'https://acme.crm.example/api/v2/',
        'user'     => $_ENV['CRM_USER'] ?? 'lead-sync',
        'password' => $_ENV['CRM_PASSWORD'] ?? '', // tfl-eval-not: hardcoded-credential
    ],
    'slack' => [
        'webhook' => 'https://hooks.slack.com/services/Tn93CfCDe/BLeWvHEEHEd/uZKJ6E2mbuWomWwsBwdQSPFo', // tfl-eval: hardcoded-credential
    ],
    'hubspot' => [
        'portal_id' => '34157748', // tfl-eval-not: hardcoded-credential
        'private_app_token' => 'pat-eu1-aa9bb5a8-0727-38e6-e783-7a461df4df15', // tfl-eval: hardcoded-credential
    ],
];
