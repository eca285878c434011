<?php

// Release step: php bin/migrate.php
require __DIR__ . '/../vendor/autoload.php';

Shortlinks\Database::runMigrations(Shortlinks\Database::connect()); // tfl-eval-not: startup-migration
