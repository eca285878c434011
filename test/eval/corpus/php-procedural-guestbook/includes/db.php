<?php
// Database connection shared by every page (mysqli, procedural style).
$servername = "mysql-guestbook.c9x2kq.eu-west-1.rds.amazonaws.com"; // tfl-eval: hardcoded-backing-service
$username = "guestbook";
$password = getenv('GUESTBOOK_DB_PASSWORD');
$dbname = "guestbook";

$conn = new mysqli($servername, $username, $password, $dbname);
if ($conn->connect_error) {
    error_log("Connection failed: " . $conn->connect_error);
    http_response_code(500);
    exit;
}
$conn->set_charset('utf8mb4');
