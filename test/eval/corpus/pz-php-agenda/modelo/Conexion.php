<?php
require_once __DIR__ . "/../config/conexion.php";

class Conexion
{
    protected static function conectar(): PDO
    {
        $pdo = new PDO(DB_DSN, DB_USER, getenv('DB_PASSWORD'));
        $pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
        return $pdo;
    }
}
