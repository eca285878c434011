<?php
return [
  'database' => [
    'host' => 'localhost', // tfl-eval: hardcoded-backing-service
    'port' => '',
    'charset' => NULL,
    'dbname' => 'espocrm',
    'user' => 'espocrm',
    'password' => 'Esp0-CRM-db!88', // tfl-eval: hardcoded-credential
    'platform' => 'Mysql',
  ],
  'smtpPassword' => 'mxR7-relay-2023', // tfl-eval: hardcoded-credential
  'logger' => [
    'path' => 'data/logs/espo.log', // tfl-eval: file-logger
    'level' => 'WARNING',
    'rotation' => true,
    'maxFileNumber' => 30,
  ],
  'restrictedMode' => false,
  'webSocketMessager' => 'ZeroMQ',
  'isInstalled' => true,
  'passwordSalt' => '2ba5487ae0977b3d', // tfl-eval: hardcoded-credential
  'cryptKey' => '73d8f90ab87fb809a49657998cde48ce', // tfl-eval: hardcoded-credential
  'hashSecretKey' => '9aaeb8c8fd19dad4efa4fc595a954742', // tfl-eval: hardcoded-credential
  'apiSecretKeys' => [],
];
