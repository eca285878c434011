<?php

use App\Kernel;

ini_set('error_log', '/var/log/php/crm-errors.log'); // tfl-eval: file-logger

require_once dirname(__DIR__).'/vendor/autoload_runtime.php';

return function (array $context) {
    return new Kernel($context['APP_ENV'], (bool) $context['APP_DEBUG']);
};
