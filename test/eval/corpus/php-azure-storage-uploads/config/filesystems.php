<?php

return [
    'default' => env('FILESYSTEM_DISK', 'local'),

    'disks' => [
        'local' => [
            'driver' => 'local',
            'root' => storage_path('app'),
        ],

        'azure' => [
            'driver' => 'azure',
            'name' => env('AZURE_STORAGE_NAME', 'contosouploads'),
            'key' => env('AZURE_STORAGE_KEY', 'CxlqlZiF2YlTdTl+BH8ObDBksABZtaCJdBlyk4JfpMW1mzFCrVdsbeyBmPAjtCNhmFetYoL7k6LJcVLxujGcBQ=='), // tfl-eval: hardcoded-credential
            'container' => env('AZURE_STORAGE_CONTAINER', 'uploads'),
            'url' => env('AZURE_STORAGE_URL'),
            'prefix' => null,
            'connection_string' => env('AZURE_STORAGE_CONNECTION_STRING'), // tfl-eval-not: hardcoded-credential
        ],

        'azure-public' => [
            'driver' => 'azure',
            'name' => 'contosopublic',
            'sasToken' => 'sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-06-30T18:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig=Qm9xV3lHc2xQd0RmRkV2bXlTbFp0a3FZbU1xV0J6bEs%3D', // tfl-eval: hardcoded-credential
            'container' => 'assets',
        ],
    ],
];
