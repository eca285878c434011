<?php
$config = require __DIR__ . '/../lib/config.php';
$pdo = new PDO('mysql:host=' . $config['db']['host'] . ';dbname=' . $config['db']['name'], $config['db']['user'], $config['db']['pass']);
echo 'ok';
