<?php
/**
 * Elgg settings for the alumni network (written by the installer, then edited).
 */
global $CONFIG;
if (!isset($CONFIG)) {
    $CONFIG = new \stdClass;
}

$CONFIG->dbuser = 'alumni';
$CONFIG->dbpass = 'IOE7yTK62MqzYRu6q3'; // tfl-eval: hardcoded-credential
$CONFIG->dbname = 'alumni_elgg';
$CONFIG->dbhost = 'db.alumni.internal';
$CONFIG->dbprefix = 'elgg_';
$CONFIG->dataroot = '/var/data/elgg/';
$CONFIG->wwwroot = 'https://alumni.example.edu/';
$CONFIG->cacheroot = '/var/cache/elgg/';
$CONFIG->memcache = true;
$CONFIG->memcache_servers = [['memcached', 11211]];
