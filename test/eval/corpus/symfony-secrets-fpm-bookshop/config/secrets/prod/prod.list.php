<?php

return [
    'DATABASE_PASSWORD' => null,
    'MAILER_DSN' => null,
    'STRIPE_SECRET_KEY' => null,
];
