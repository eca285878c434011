<?php

namespace PapaPizza;

use PapaPizza\Config\DatabaseConfigInterface;
use PDO;

class App implements DatabaseConfigInterface
{
    // Connexion à la base de données
    private const DB_HOST = 'pizza-db.prod.internal'; // tfl-eval: hardcoded-backing-service
    private const DB_NAME = 'papapizza';
    private const DB_USER = 'pizzeria';
    private const DB_PASS = 'esCYQQNgvhT4IAyf2GFx'; // tfl-eval: hardcoded-credential

    private static ?self $instance = null;
    private ?PDO $pdo = null;

    public static function getApp(): self
    {
        if (self::$instance === null) {
            self::$instance = new self();
        }
        return self::$instance;
    }

    public function getDb(): PDO
    {
        if ($this->pdo === null) {
            $this->pdo = new PDO(
                'mysql:host=' . self::DB_HOST . ';dbname=' . self::DB_NAME . ';charset=utf8mb4',
                self::DB_USER,
                self::DB_PASS,
                [PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_OBJ]
            );
        }
        return $this->pdo;
    }

    public function getDatabaseName(): string
    {
        return self::DB_NAME;
    }
}
