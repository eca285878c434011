<?php
namespace Acme\Crm\Db;

final class Connection
{
    public static function pdo(): \PDO
    {
        return new \PDO('mysql:host=mysql.crm.internal;dbname=crm;charset=utf8mb4', 'crm_app', 'gGA8k5CgYIjL*Q', [ // tfl-eval: hardcoded-credential, hardcoded-backing-service
            \PDO::ATTR_ERRMODE => \PDO::ERRMODE_EXCEPTION,
        ]);
    }

    public static function warehouse()
    {
        return pg_connect("host=pg-dwh.crm.internal port=5432 dbname=dwh user=crm_etl password=SRXR4jI4Qc2s3GiP"); // tfl-eval: hardcoded-credential, hardcoded-backing-service
    }

    public static function legacy(): \mysqli
    {
        return mysqli_connect('mysql-old.crm.internal', 'crm_legacy', 'Kl!kld9*-mXv', 'crm_v1'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
    }
}
