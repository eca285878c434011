<?php
// One-off: `php bin/migrate.php` in the release step creates the tables.
require __DIR__ . '/../vendor/autoload.php';

$pdo = new PDO('sqlite:' . (getenv('POLLBOOTH_DB') ?: __DIR__ . '/../var/pollbooth.sqlite'));
$pdo->exec('CREATE TABLE IF NOT EXISTS options (id INTEGER PRIMARY KEY, poll_id INTEGER, label TEXT, votes INTEGER DEFAULT 0, state TEXT DEFAULT "o")'); // tfl-eval-not: startup-migration
