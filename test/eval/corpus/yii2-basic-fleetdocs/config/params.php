<?php

return [
    'adminEmail' => 'fleet-admin@example.com',
    'senderName' => 'Fleet documents',
];
