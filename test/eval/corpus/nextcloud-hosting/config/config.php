<?php
$CONFIG = array (
  'instanceid' => 'ocw3k9x2mq7z', // tfl-eval-not: hardcoded-credential
  'passwordsalt' => 'Vq2hR8xKd4nT7mLp1sZc9wYb3fGj', // tfl-eval: hardcoded-credential
  'secret' => 'Kx4mN8qT2vZp7Rb1Lw9Hc3Yd6Fg0Js5AaEe+Uo/Ii2Tt8Nn', // tfl-eval: hardcoded-credential
  'trusted_domains' =>
  array (
    0 => 'cloud.fernhill.example',
  ),
  'datadirectory' => '/var/www/nextcloud/data',
  'dbtype' => 'pgsql',
  'version' => '28.0.4.1',
  'overwrite.cli.url' => 'https://cloud.fernhill.example',
  'dbname' => 'nextcloud',
  'dbhost' => 'localhost',
  'dbport' => '',
  'dbtableprefix' => 'oc_',
  'dbuser' => 'oc_admin',
  'dbpassword' => 'wP3nKv8Ls2Qx6Rt0Hm4Zy9Jb', // tfl-eval: hardcoded-credential
  'installed' => true,
  'memcache.local' => '\\OC\\Memcache\\APCu',
  'redis' =>
  array (
    'host' => '/run/redis/redis-server.sock',
    'port' => 0,
    'password' => 'Fern-Hill-Redis-2931', // tfl-eval: hardcoded-credential
  ),
  'mail_smtpmode' => 'smtp',
  'mail_smtpauth' => 1,
  'mail_smtpname' => 'cloud@fernhill.example',
  'mail_smtppassword' => 'Cobalt*Marsh*114', // tfl-eval: hardcoded-credential
  'maintenance' => false,
);
