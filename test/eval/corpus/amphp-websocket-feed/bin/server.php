<?php

declare(strict_types=1);

require dirname(__DIR__) . '/vendor/autoload.php';

use Amp\Http\Server\DefaultErrorHandler;
use Amp\Http\Server\SocketHttpServer;
use Amp\Redis\RedisConfig;
use App\Feed\FeedGateway;
use function Amp\Redis\createRedisClient;
use function Amp\trapSignal;

$logger = App\Logging::stdout();
$config = require dirname(__DIR__) . '/config/feed.php';

$redis = createRedisClient(RedisConfig::fromUri(getenv('REDIS_URI'))->withPassword('ac280afb18aa0226a6e923f4d83086e4')); // tfl-eval: hardcoded-credential

$server = SocketHttpServer::createForDirectAccess($logger);
$server->expose('0.0.0.0:' . getenv('PORT'));
$server->start(new FeedGateway($redis, $config, $logger), new DefaultErrorHandler());

trapSignal([SIGINT, SIGTERM]);
$server->stop();