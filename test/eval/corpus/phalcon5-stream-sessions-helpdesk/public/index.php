<?php

use Phalcon\Di\FactoryDefault;
use Phalcon\Mvc\Application;

define('APP_PATH', realpath(__DIR__ . '/../app'));

$di = new FactoryDefault();
include APP_PATH . '/config/services.php';
include APP_PATH . '/config/loader.php';

$application = new Application($di);
echo $application->handle($_SERVER['REQUEST_URI'])->getContent();
