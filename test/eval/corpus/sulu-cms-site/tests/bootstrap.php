<?php

use Symfony\Component\Dotenv\Dotenv;

require dirname(__DIR__).'/vendor/autoload.php';

$_SERVER['APP_SECRET'] = 'test_secret'; // tfl-eval-not: hardcoded-credential
(new Dotenv())->bootEnv(dirname(__DIR__).'/.env');
