<?php

declare(strict_types=1);

// Overrides for the shared staging host.
return [
    'db' => [
        'password' => 'Cobalt*99tundra92', // tfl-eval: hardcoded-credential
    ],
    'upstreams' => [
        'catalog' => ['base_uri' => 'https://catalog.staging.acme.example', 'api_key' => 'a0b28660f3b0e981c227bd3fbbf6929f'], // tfl-eval: hardcoded-credential
        'search'  => ['base_uri' => 'https://search.staging.acme.example', 'api_key' => getenv('SEARCH_API_KEY')], // tfl-eval-not: hardcoded-credential
    ],
];