<?php

$f3 = require('lib/base.php');
$f3->config('config.ini');
$f3->set('DB', new DB\SQL($f3->get('db.dsn'), $f3->get('db.user'), $f3->get('db.pass'))); // tfl-eval-not: hardcoded-credential
$f3->set('SESSION_HANDLER', new DB\SQL\Session($f3->get('DB')));

$f3->route('GET /', 'Controllers\Guestbook->index');
$f3->route('POST /sign', 'Controllers\Guestbook->sign');
$f3->route('GET|POST /admin', 'Controllers\Admin->login');

$f3->run();
