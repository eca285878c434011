<?php

// Creates the tables once: `php bin/install.php`.
$pdo = new PDO(getenv('DATABASE_DSN'), getenv('DATABASE_USER'), getenv('DATABASE_PASSWORD'));
$pdo->exec(file_get_contents(__DIR__ . '/../sql/schema.sql')); // tfl-eval-not: startup-migration
echo "installed\n";
