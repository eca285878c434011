<?php
declare(strict_types=1);

namespace Feeds;

final class Warehouse
{
    public static function pdo(): \PDO
    {
        $dsn = sprintf('mysql:host=%s;dbname=%s', getenv('WH_HOST'), 'warehouse');
        return new \PDO($dsn, 'feeds', 'QRXtcN9QCkn*WA1Stx'); // tfl-eval: hardcoded-credential
    }

    public static function mail(): array
    {
        return [
            'dsn' => sprintf('smtp://%s:%s@%s:587', 'feeds@acme.example', 'cofIv4!qP7ns0.UV', 'smtp.acme.example'), // tfl-eval: hardcoded-credential
        ];
    }
}
