<?php
$db['host'] = '127.0.0.1';
$db['user'] = 'phpipam';
$db['pass'] = 'phpipamadmin'; // tfl-eval-not: hardcoded-credential
$db['name'] = 'phpipam';
$proxy_pass = 'password'; // tfl-eval-not: hardcoded-credential
