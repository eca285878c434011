<?php

declare(strict_types=1);

use App\Application\Actions\ReserveParcelAction;
use DI\ContainerBuilder;
use Slim\Factory\AppFactory;

require __DIR__ . '/../vendor/autoload.php';

session_save_path(__DIR__ . '/../var/sessions'); // tfl-eval: memory-session-store
session_start();

$containerBuilder = new ContainerBuilder();
(require __DIR__ . '/../app/settings.php')($containerBuilder);
(require __DIR__ . '/../app/dependencies.php')($containerBuilder);
$container = $containerBuilder->build();

AppFactory::setContainer($container);
$app = AppFactory::create();
$app->post('/parcels/{id}/reserve', ReserveParcelAction::class);
$app->run();
