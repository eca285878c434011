<?php

namespace PapaPizza\Config;

use PDO;
use RuntimeException;

/**
 * Connexion de la version conteneurisée : les constantes nomment les variables d'environnement,
 * les valeurs réelles viennent du fichier .env.
 */
final class EnvDatabase
{
    private const DB_HOST = 'DB_HOST'; // tfl-eval-not: hardcoded-backing-service
    private const DB_NAME = 'DB_NAME';
    private const DB_USER = 'DB_USER';
    private const DB_PASS = 'DB_PASS'; // tfl-eval-not: hardcoded-credential

    public static function connect(): PDO
    {
        $host = getenv(self::DB_HOST);
        $password = getenv(self::DB_PASS);
        if ($host === false || $password === false) {
            throw new RuntimeException('Variables DB_HOST / DB_PASS manquantes');
        }
        return new PDO('mysql:host=' . $host . ';dbname=' . getenv(self::DB_NAME), getenv(self::DB_USER), $password);
    }
}
