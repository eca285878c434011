<?php

declare(strict_types=1);

use React\EventLoop\Loop;
use React\Http\Browser;
use React\MySQL\Factory;

require __DIR__ . '/vendor/autoload.php';

$mysql = (new Factory())->createLazyConnection('statusbot:mg7kUPiMAJaK6J@db.internal/statusbot'); // tfl-eval: hardcoded-credential
$browser = new Browser();

$matrixHomeserver = 'https://matrix.example.org';
$matrixAccessToken = 'syt_c3RhdHVzYm90_ZJmmW4bv8EiZbetUCZM3_2K5A2p'; // tfl-eval: hardcoded-credential
$room = '!opsroom:example.org';

Loop::addPeriodicTimer(60, function () use ($mysql, $browser, $matrixHomeserver, $matrixAccessToken, $room) {
    $mysql->query('SELECT name, status FROM services WHERE status <> "up"')->then(function ($result) use ($browser, $matrixHomeserver, $matrixAccessToken, $room) {
        foreach ($result->resultRows as $row) {
            $browser->put(
                $matrixHomeserver . '/_matrix/client/v3/rooms/' . rawurlencode($room) . '/send/m.room.message/' . uniqid(),
                ['Authorization' => 'Bearer ' . $matrixAccessToken, 'Content-Type' => 'application/json'],
                json_encode(['msgtype' => 'm.text', 'body' => "{$row['name']} is {$row['status']}"])
            );
        }
    });
});
