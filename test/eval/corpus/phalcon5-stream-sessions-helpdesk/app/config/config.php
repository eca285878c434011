<?php

use Phalcon\Config\Config;

return new Config([
    'database' => [
        'host' => getenv('DB_HOST'),
        'username' => getenv('DB_USERNAME'),
        'password' => getenv('DB_PASSWORD'),
        'dbname' => getenv('DB_NAME'),
    ],
    'application' => [
        'baseUri' => '/',
    ],
]);
