<?php
require_once __DIR__ . '/../config/config.inc.php';
$db = new mysqli($_APP['db_server'], $_APP['db_user'], $_APP['db_password'], $_APP['db_database']);
echo 'ok';
