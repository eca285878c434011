<?php

use Phalcon\Config\Config;

defined('BASE_PATH') || define('BASE_PATH', getenv('BASE_PATH') ?: realpath(dirname(__FILE__) . '/../..'));
defined('APP_PATH') || define('APP_PATH', BASE_PATH . '/app');

return new Config([
    'database' => [
        'adapter'  => 'Mysql',
        'host'     => 'mysql.invoices.lan', // tfl-eval: hardcoded-backing-service
        'username' => 'invoices',
        'password' => 'Ledger%Falcon82', // tfl-eval: hardcoded-credential
        'dbname'   => 'invoices',
        'charset'  => 'utf8mb4',
    ],
    'application' => [
        'appDir'         => APP_PATH . '/',
        'controllersDir' => APP_PATH . '/controllers/',
        'viewsDir'       => APP_PATH . '/views/',
        'cryptSalt'      => 'eEAfR|_&G&f,+vU]:jFr!!A&+71w1Ms9~8_4L!<@[N@DyaIP_2My|:+.u>/6m,$D', // tfl-eval: hardcoded-credential
        'baseUri'        => '/',
    ],
    'mail' => [
        'fromName'  => 'Invoices',
        'fromEmail' => 'billing@invoices.example',
        'smtp'      => [
            'server'   => 'smtp.office365.com', // tfl-eval: hardcoded-backing-service
            'port'     => 587,
            'security' => 'tls',
            'username' => 'billing@invoices.example',
            'password' => getenv('SMTP_PASSWORD'), // tfl-eval-not: hardcoded-credential
        ],
    ],
    'stripe' => [
        'publishable' => 'pk_live_51Nq8ZtKx7Vm2Lp4Rw9Ys3Hb6Cd1Fg0Ua', // tfl-eval-not: hardcoded-credential
    ],
]);
