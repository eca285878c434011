<?php
// Conexão com o banco do estoque (servidor da filial).
final class Conexao
{
    private static ?PDO $pdo = null;

    private function __construct()
    {
    }

    public static function conectar(): PDO
    {
        if (!defined('db_user')) {
            define('db_user', 'estoque_app'); // tfl-eval-not: hardcoded-credential
        }
        if (!defined('db_host')) {
            define('db_host', '10.49.7.31'); // tfl-eval: hardcoded-backing-service
        }
        if (!defined('db_pass')) {
            define('db_pass', 'kFf7gsCdsRs8ys77hXU1'); // tfl-eval: hardcoded-credential
        }
        if (!defined('db_name')) {
            define('db_name', 'estoque');
        }
        if (!defined('db_port')) {
            define('db_port', 3306);
        }
        if (self::$pdo === null) {
            $dsn = 'mysql:host=' . db_host . ';port=' . db_port . ';dbname=' . db_name . ';charset=utf8mb4';
            self::$pdo = new PDO($dsn, db_user, db_pass, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
        }
        return self::$pdo;
    }
}
