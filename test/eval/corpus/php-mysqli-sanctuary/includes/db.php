<?php
require_once __DIR__ . '/config.php';

function sanctuary_db(): mysqli
{
    global $dbhost, $dbuser, $dbpass, $dbname;
    $conn = new mysqli($dbhost, $dbuser, $dbpass, $dbname);
    if ($conn->connect_error) {
        die('Database connection failed');
    }
    $conn->set_charset('utf8mb4');
    return $conn;
}

function sanctuary_reports_db(): mysqli
{
    // Read-only replica for the donation reports.
    return new mysqli('reports.sanctuary.lan', 'reports', 'donations_password', 'wildlife'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
}
