<?php

require __DIR__ . '/../vendor/autoload.php';

use App\BookingRepository;

$usersFile = __DIR__ . '/../storage/users.json';
$repo = new BookingRepository();

if ($_SERVER['REQUEST_METHOD'] === 'POST' && $_SERVER['REQUEST_URI'] === '/register') {
    $users = json_decode(file_get_contents($usersFile), true) ?: [];
    $users[$_POST['email']] = password_hash($_POST['password'], PASSWORD_DEFAULT);
    file_put_contents($usersFile, json_encode($users)); // tfl-eval: memory-session-store
    http_response_code(201);
    exit;
}

if ($_SERVER['REQUEST_METHOD'] === 'POST' && $_SERVER['REQUEST_URI'] === '/bookings') {
    $repo->save(['guest' => $_POST['guest'], 'night' => $_POST['night']]);
    http_response_code(201);
    exit;
}

header('Content-Type: application/json');
echo json_encode($repo->all());
