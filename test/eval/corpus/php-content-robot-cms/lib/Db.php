<?php
require_once __DIR__ . '/../conf/config.php';

function content_db(): mysqli
{
    static $link = null;
    if ($link === null) {
        $link = mysqli_connect(DB_HOST, DB_USER, DB_PWD, DB_NAME, (int) DB_PORT);
        mysqli_set_charset($link, MYSQL_ENCODING);
    }
    return $link;
}
