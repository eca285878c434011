<?php
class Reportes
{
    protected string $host = 'reportes-db.tienda.lan'; // tfl-eval: hardcoded-backing-service
    protected string $dbname = 'reportes';

    public function pdo(): PDO
    {
        return new PDO("pgsql:host={$this->host};dbname={$this->dbname}", 'reportes', getenv('REPORTES_PASS'));
    }
}
