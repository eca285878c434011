<?php
require_once __DIR__ . '/config/config.inc.php';
$db = new mysqli($_LAB['db_server'], $_LAB['db_user'], $_LAB['db_password'], $_LAB['db_database']);
echo 'ok';
