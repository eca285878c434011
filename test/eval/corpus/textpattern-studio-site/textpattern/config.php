<?php
$txpcfg['db'] = 'studio_txp';
$txpcfg['user'] = 'studio_txp';
$txpcfg['pass'] = 'EaUElEb9HB2QMf%6'; // tfl-eval: hardcoded-credential
$txpcfg['host'] = 'mysql.studio.internal';
$txpcfg['table_prefix'] = 'txp_';
$txpcfg['txpath'] = '/var/www/studio/textpattern';
$txpcfg['dbcharset'] = 'utf8mb4';
define('PROTOCOL', 'https://');
