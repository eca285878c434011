<?php

require __DIR__ . '/../vendor/autoload.php';

use Acme\Pollbooth\VoteController;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Psr\Http\Message\ServerRequestInterface;
use React\Http\Message\Response;

$log = new Logger('pollbooth');
$log->pushHandler(new StreamHandler(__DIR__ . '/../var/log/pollbooth.log', Logger::INFO)); // tfl-eval: file-logger
$log->pushHandler(new StreamHandler('php://stderr', Logger::WARNING)); // tfl-eval-not: file-logger

$factory = new Clue\React\SQLite\Factory();
$db = $factory->openLazy(getenv('POLLBOOTH_DB') ?: __DIR__ . '/../var/pollbooth.sqlite');

// Ballots each visitor has cast so far, keyed by their cookie: lives in this one long-running process.
$ballots = []; // tfl-eval: memory-session-store

$app = new FrameworkX\App();

$app->get('/polls/{id}', new VoteController($db));

$app->post('/polls/{id}/vote', function (ServerRequestInterface $request) use (&$ballots, $db, $log) {
    $voter = $request->getCookieParams()['voter'] ?? bin2hex(random_bytes(8));
    $pollId = $request->getAttribute('id');
    if (isset($ballots[$voter][$pollId])) {
        return Response::json(['error' => 'already voted'])->withStatus(409);
    }
    $ballots[$voter][$pollId] = (string) $request->getBody();
    yield $db->query('UPDATE options SET votes = votes + 1 WHERE poll_id = ? AND id = ?', [$pollId, (string) $request->getBody()]);
    $log->info('vote', ['poll' => $pollId]);
    return Response::json(['ok' => true])->withHeader('Set-Cookie', 'voter=' . $voter . '; HttpOnly; Secure');
});

$app->run();
