<?php

use Phalcon\Db\Adapter\Pdo\Mysql;
use Phalcon\Logger\Adapter\Stream as LogStream;
use Phalcon\Logger\Logger;
use Phalcon\Mvc\View;
use Phalcon\Session\Adapter\Stream as SessionFiles;
use Phalcon\Session\Manager as SessionManager;
use Phalcon\Storage\AdapterFactory;
use Phalcon\Storage\SerializerFactory;
use Phalcon\Cache\Cache;

$di->setShared('config', function () {
    return include APP_PATH . '/config/config.php';
});

$di->setShared('db', function () {
    $config = $this->getConfig();
    return new Mysql([
        'host' => $config->database->host,
        'username' => $config->database->username,
        'password' => $config->database->password,
        'dbname' => $config->database->dbname,
    ]);
});

$di->setShared('logger', function () {
    $adapter = new LogStream('php://stderr'); // tfl-eval-not: memory-session-store,file-logger
    return new Logger('helpdesk', ['main' => $adapter]);
});

$di->setShared('session', function () {
    $session = new SessionManager();
    $files = new SessionFiles([ // tfl-eval: memory-session-store
        'savePath' => APP_PATH . '/../var/sessions',
    ]);
    $session->setAdapter($files);
    $session->start();
    return $session;
});

$di->setShared('modelsCache', function () {
    $serializerFactory = new SerializerFactory();
    $adapterFactory = new AdapterFactory($serializerFactory);
    $adapter = $adapterFactory->newInstance('redis', [ // tfl-eval-not: memory-session-store
        'host' => getenv('REDIS_HOST'),
        'port' => (int) getenv('REDIS_PORT'),
        'defaultSerializer' => 'Php',
        'lifetime' => 7200,
    ]);
    return new Cache($adapter);
});

$di->setShared('view', function () {
    $view = new View();
    $view->setViewsDir(APP_PATH . '/views/');
    return $view;
});
