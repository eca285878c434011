<?php

namespace PapaPizza\Legacy;

use Doctrine\DBAL\Connection;
use Doctrine\DBAL\DriverManager;

class DatabaseConnector
{
    const DB_HOST = 'mysqldb'; // tfl-eval: hardcoded-backing-service
    const DB_USER = 'root';
    const DB_PASS = 'hFGmGLi4LewTt5oEUq1o'; // tfl-eval: hardcoded-credential
    const DB_NAME = 'papapizza_legacy';

    public static function getConnection(): Connection
    {
        $connectionParams = [
            'url' => 'mysql://' . self::DB_USER . ':' . self::DB_PASS . '@' . self::DB_HOST . '/' . self::DB_NAME,
        ];
        return DriverManager::getConnection($connectionParams);
    }
}
