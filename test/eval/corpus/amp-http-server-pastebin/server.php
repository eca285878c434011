<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';

use Amp\ByteStream;
use Amp\Http\HttpStatus;
use Amp\Http\Server\DefaultErrorHandler;
use Amp\Http\Server\Request;
use Amp\Http\Server\Response;
use Amp\Http\Server\Router;
use Amp\Http\Server\SocketHttpServer;
use Amp\Log\ConsoleFormatter;
use Amp\Log\StreamHandler;
use Monolog\Logger;
use Scrapbin\PasteStore;
use function Amp\trapSignal;

$logHandler = new StreamHandler(ByteStream\getStdout());
$logHandler->setFormatter(new ConsoleFormatter());
$logger = new Logger('pastebin');
$logger->pushHandler($logHandler);

$store = PasteStore::connect(getenv('REDIS_URL'));

$server = SocketHttpServer::createForDirectAccess($logger);
$server->expose('0.0.0.0:1337'); // tfl-eval: hardcoded-port

$errorHandler = new DefaultErrorHandler();
$router = new Router($server, $logger, $errorHandler);
$router->addRoute('GET', '/{id}', new Scrapbin\ShowPaste($store));
$router->addRoute('POST', '/', new Scrapbin\CreatePaste($store));

$server->start($router, $errorHandler);

$signal = trapSignal([SIGINT, SIGTERM]);
$logger->info(sprintf('Received signal %d, stopping HTTP server', $signal));
$server->stop();
