<?php

// Password Plugin options
$config['password_driver'] = 'sql';
$config['password_confirm_current'] = true;
$config['password_minimum_length'] = 10; // tfl-eval-not: hardcoded-credential
$config['password_require_nonalpha'] = true;
$config['password_algorithm'] = 'dovecot'; // tfl-eval-not: hardcoded-credential
$config['password_dovecotpw_method'] = 'BLF-CRYPT';

// SQL Driver options
$config['password_db_dsn'] = 'mysql://postfixadmin:pfa_Upd8te_2020@localhost/postfix'; // tfl-eval: hardcoded-credential, hardcoded-backing-service
$config['password_query'] = 'UPDATE mailbox SET password=%P, modified=NOW() WHERE username=%u';
