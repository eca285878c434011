<?php
declare(strict_types=1);

namespace Ledger;

final class Db
{
    public static function ledger(): \PgSql\Connection
    {
        $conn = pg_connect('host=ledger-db.internal port=5432 dbname=ledger user=ledger password=ftiaUTE44OxXBVMEInqn sslmode=require'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
        if ($conn === false) {
            throw new \RuntimeException('ledger database unavailable');
        }
        return $conn;
    }

    public static function archive(): \PDO
    {
        return new \PDO('pgsql:host=archive-db.internal;port=5432;dbname=archive;user=archive_ro;password=Q3NVQXivF6geb79Zb9nS'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
    }

    public static function fromEnv(): \PgSql\Connection
    {
        return pg_connect(sprintf('host=%s dbname=ledger user=%s password=%s', getenv('PGHOST'), getenv('PGUSER'), getenv('PGPASSWORD'))); // tfl-eval-not: hardcoded-credential
    }
}
