<?php
declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

use Timesheet\Entry\EntryRepository;

session_start();

$config = require __DIR__ . '/../config/db.php';
$pdo = new PDO($config['dsn'], $config['user'], $config['password'], $config['options']);
$entries = new EntryRepository($pdo);

$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path === '/entries' && $_SERVER['REQUEST_METHOD'] === 'POST') {
    $entries->add((int) $_SESSION['employee_id'], $_POST['project'], (float) $_POST['hours']);
    $_SESSION['flash'] = 'Entry saved';
    header('Location: /');
    exit;
}

$week = $entries->week((int) ($_SESSION['employee_id'] ?? 0));
require __DIR__ . '/../templates/week.php';
