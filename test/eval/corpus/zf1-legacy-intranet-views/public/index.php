<?php
defined('APPLICATION_PATH') || define('APPLICATION_PATH', realpath(__DIR__ . '/../application'));
require_once 'Zend/Application.php';
$application = new Zend_Application(getenv('APPLICATION_ENV') ?: 'production', APPLICATION_PATH . '/configs/application.ini');
$application->bootstrap()->run();
