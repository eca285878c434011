<?php

declare(strict_types=1);

use Slim\Factory\AppFactory;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Worker;

require __DIR__ . '/../vendor/autoload.php';

$app = AppFactory::create();
$app->post('/basket', \App\Action\AddToBasketAction::class);

$worker = new PSR7Worker(Worker::create(), new \Slim\Psr7\Factory\ServerRequestFactory(), new \Slim\Psr7\Factory\StreamFactory(), new \Slim\Psr7\Factory\UploadedFileFactory());
while ($request = $worker->waitRequest()) {
    $worker->respond($app->handle($request));
}
