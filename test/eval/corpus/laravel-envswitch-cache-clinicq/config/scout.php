<?php

$isProd = getenv('APP_ENV') === 'production';

return [

    // Search: Meilisearch in production, the database engine on laptops.
    'driver' => $isProd ? 'meilisearch' : 'database', // tfl-eval-not: dev-prod-divergence

    'meilisearch' => [
        'host' => env('MEILISEARCH_HOST'),
        'key' => env('MEILISEARCH_KEY'),
    ],

];
