<?php
// Reporting replica, read through PDO.
$host = 'reports-replica.internal'; // tfl-eval: hardcoded-backing-service
$db   = 'guestbook';
$user = 'reporter';
$pass = getenv('REPORTS_DB_PASSWORD');
$charset = 'utf8mb4';

$dsn = "mysql:host=$host;dbname=$db;charset=$charset";
$options = [
    PDO::ATTR_ERRMODE            => PDO::ERRMODE_EXCEPTION,
    PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
];
$pdo = new PDO($dsn, $user, $pass, $options);

function monthly_entries(PDO $pdo): array {
    return $pdo->query('SELECT COUNT(*) AS n, DATE_FORMAT(created_at, "%Y-%m") AS m FROM entries GROUP BY m')->fetchAll();
}
