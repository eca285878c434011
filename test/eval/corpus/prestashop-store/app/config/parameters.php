<?php return array (
  'parameters' => 
  array (
    'database_host' => '127.0.0.1',
    'database_port' => '',
    'database_name' => 'prestashop',
    'database_user' => 'prestashop',
    'database_password' => 'Quartz%6285tundra', // tfl-eval: hardcoded-credential
    'database_prefix' => 'ps_',
    'mailer_transport' => 'smtp',
    'mailer_host' => '127.0.0.1',
    'mailer_user' => NULL,
    'mailer_password' => NULL, // tfl-eval-not: hardcoded-credential
    'secret' => 'nG8pj1xCGTlzTVX3popnS4CDZ10mrs4jY6zxQKXm', // tfl-eval: hardcoded-credential
    'ps_caching' => 'CacheMemcache',
    'cookie_key' => 'fkLk7iYaE2GA3fn2wQHYOXCGqPOWFdJeKh86R8wf', // tfl-eval: hardcoded-credential
    'cookie_iv' => 'h5XGir10AW2Fz4he8LSJQP9o',
    'new_cookie_key' => 'def00000cd03508cda4ac24bb57aaee719f14df3813efdf340275f4f39f91383d0376fd3', // tfl-eval: hardcoded-credential
    'locale' => 'fr-FR',
  ),
);
