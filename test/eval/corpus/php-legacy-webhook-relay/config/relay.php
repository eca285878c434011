<?php

return [
    'upstream' => 'https://erp.shipcove.example/api/v1/hooks',
    'allowed_ips' => ['203.0.113.10', '203.0.113.11'],
    'retry' => 3,
];
