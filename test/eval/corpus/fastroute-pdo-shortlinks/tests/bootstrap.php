<?php

require __DIR__ . '/../vendor/autoload.php';

putenv('DB_HOST=localhost');
Shortlinks\Database::runMigrations(Shortlinks\Database::connect()); // tfl-eval-not: startup-migration
