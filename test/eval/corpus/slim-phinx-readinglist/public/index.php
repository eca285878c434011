<?php

declare(strict_types=1);

use DI\ContainerBuilder;
use Phinx\Console\PhinxApplication;
use Slim\Factory\AppFactory;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Output\NullOutput;

require __DIR__ . '/../vendor/autoload.php';

$builder = new ContainerBuilder();
$builder->addDefinitions(__DIR__ . '/../config/container.php');
$container = $builder->build();

// Apply pending migrations before handling the request (cheap when there are none).
$phinx = new PhinxApplication();
$phinx->setAutoExit(false);
$phinx->run(new ArrayInput(['command' => 'migrate', '--environment' => 'production']), new NullOutput()); // tfl-eval: startup-migration

AppFactory::setContainer($container);
$app = AppFactory::create();
(require __DIR__ . '/../src/routes.php')($app);
$app->run();
