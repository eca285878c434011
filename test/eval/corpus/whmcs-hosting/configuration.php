<?php
$license = 'Owned-a8f3c21e9b7d4056'; // tfl-eval: hardcoded-credential
$db_host = 'localhost';
$db_port = '';
$db_username = 'whmcs';
$db_password = 'Tansy#Ridge#8830'; // tfl-eval: hardcoded-credential
$db_name = 'whmcs';
$cc_encryption_hash = 'Kz8Qw2Xv5Tn9Lp3Rm7Bc1Hd6Jf0Ys4Ua8Ne2Vi6Oc3Tq7Wx1Zm5Yb9Ls4Rp0GjKa'; // tfl-eval: hardcoded-credential
$templates_compiledir = 'templates_c';
$mysql_charset = 'utf8';
