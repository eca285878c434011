<?php
$db_tiki='mysqli';
$dbversion_tiki='24.0';
$host_tiki='localhost';
$user_tiki='tiki';
$pass_tiki='FGqgtNPnIHKRIT9WC4mDkRiX'; // tfl-eval: hardcoded-credential
$dbs_tiki='tiki_campus';
$client_charset='utf8mb4';
// $system_configuration_file = 'db/tiki.ini.php';
