<?php

namespace App\Legacy;

/**
 * The old ERP only speaks ODBC; the depot pulls stock levels from it every night.
 */
class ErpBridge
{
    private $conn;

    public function connect(string $server): void
    {
        $dsn = "Driver={ODBC Driver 17 for SQL Server};Server=" . $server . ";Database=ERP_DEPOT;";
        $this->conn = odbc_connect($dsn . "Uid=erp_reader;Pwd=YN2LtksMSa8d;", '', ''); // tfl-eval: hardcoded-credential
    }

    public function connectFromEnv(string $server): void
    {
        $dsn = "Driver={ODBC Driver 17 for SQL Server};Server=" . $server . ";Database=ERP_DEPOT;"
            . "Uid=" . getenv('ERP_USER') . ";Pwd=" . getenv('ERP_PASSWORD') . ";"; // tfl-eval-not: hardcoded-credential
        $this->conn = odbc_connect($dsn, '', '');
    }

    public function archiveConnection(string $host): \PDO
    {
        $dsn = 'sqlsrv:Server=' . $host . ';Database=ERP_ARCHIVE';

        return new \PDO($dsn, 'archive_ro', getenv('ERP_ARCHIVE_PASSWORD')); // tfl-eval-not: hardcoded-credential
    }

    public function stockLevels(): array
    {
        $rows = [];
        $result = odbc_exec($this->conn, 'SELECT sku, qty FROM stock');
        while ($row = odbc_fetch_array($result)) {
            $rows[$row['sku']] = (int) $row['qty'];
        }

        return $rows;
    }
}
