<?php
$DB['server'] = 'mariadb.kb.internal'; // tfl-eval: hardcoded-backing-service
$DB['port'] = '3306';
$DB['user'] = 'faq';
$DB['password'] = 'p6IVGZxYFknv_gcH'; // tfl-eval: hardcoded-credential
$DB['db'] = 'phpmyfaq';
$DB['prefix'] = 'faq_';
$DB['type'] = 'mysqli';
