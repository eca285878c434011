<?php
require_once __DIR__ . '/config.inc.php';

function db(): mysqli
{
    static $link = null;
    if ($link === null) {
        $link = mysqli_connect(DB_HOST, DB_USER, DB_PASS, DB_NAME); // tfl-eval-not: hardcoded-credential
        mysqli_set_charset($link, 'utf8mb4');
    }
    return $link;
}

function reporting_db(): mysqli
{
    return new mysqli('reports.harbourview.internal', 'bi_reader', 'Gy4Hn7Jm1Kq8Lw3P', 'harbour_bi'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
}
