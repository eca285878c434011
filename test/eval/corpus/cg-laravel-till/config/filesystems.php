<?php

return [
    'default' => env('FILESYSTEM_DISK', 'local'),
    'disks' => [
        'receipts' => [
            'driver' => 'azure',
            'name' => 'tillreceipts',
            'key' => 'bq3Ijj6HeyqijB4RCaPmbU9JCyyHlm9EFIZ5yeSj+YztTXOFZp5VrYAciyj8SEqDWRdn6E4GNThOK0OALfcRpQ==', // tfl-eval: hardcoded-credential
            'container' => 'receipts',
        ],
        'archive' => [
            'driver' => 'azure',
            'endpoint' => 'https://tillarchive.blob.core.windows.net',
            'key' => 'hD5thY2SuN3G9NvIzXQxIArEqvcM5Dsb5nf2hCzWXEqaLpfIszYe0qeljbHbLjptAtugB/kMSOYTtifjroTmcQ==', // tfl-eval: hardcoded-credential
            'container' => 'archive',
        ],
    ],
];
