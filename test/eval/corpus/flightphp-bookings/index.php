<?php

require __DIR__ . '/vendor/autoload.php';

$config = require __DIR__ . '/app/config/config.php';

Flight::set('flight.log_errors', true);
Flight::set('flight.views.path', __DIR__ . '/app/views');
Flight::set('mailgun.api_key', 'key-4af3000c45b7801a17fc3e843225101a'); // tfl-eval: hardcoded-credential
Flight::set('mailgun.domain', 'mg.bookings.example');

Flight::register('db', PDO::class, [getenv('DB_DSN'), getenv('DB_USER'), 'Meadow#32saffron02']); // tfl-eval: hardcoded-credential

require __DIR__ . '/app/config/routes.php';

Flight::start();