<?php

declare(strict_types=1);

chdir(dirname(__DIR__));
require 'vendor/autoload.php';

(function () {
    $container = require 'config/container.php';
    $app = $container->get(\Mezzio\Application::class);
    (require 'config/pipeline.php')($app);
    (require 'config/routes.php')($app);
    $app->run();
})();
