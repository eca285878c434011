<?php

require_once __DIR__ . '/config.php';

class Conexao
{
    private static ?PDO $pdo = null;

    public static function pegarConexao(): PDO
    {
        if (self::$pdo === null) {
            $dsn = 'mysql:host=' . DB_HOSTNAME . ';dbname=' . DB_DATABASE . ';charset=' . DB_CHARSET;
            self::$pdo = new PDO($dsn, DB_USERNAME, DB_PASSWORD);
            self::$pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
        }
        return self::$pdo;
    }
}
