<?php

use Phinx\Console\PhinxApplication;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Output\NullOutput;

require __DIR__ . '/../vendor/autoload.php';

$phinx = new PhinxApplication();
$phinx->setAutoExit(false);
$phinx->run(new ArrayInput(['command' => 'migrate', '--environment' => 'testing']), new NullOutput()); // tfl-eval-not: startup-migration
