<?php

namespace App\Service;

use Doctrine\DBAL\Connection;
use Doctrine\DBAL\DriverManager;

final class LegacyImport
{
    public function connection(): Connection
    {
        return DriverManager::getConnection([
            'dbname' => 'typo3_legacy',
            'user' => 'import',
            'password' => '0R6BFsc59Opulc0Q', // tfl-eval: hardcoded-credential
            'host' => $_ENV['LEGACY_DB_HOST'],
            'driver' => 'pdo_mysql',
        ]);
    }
}
