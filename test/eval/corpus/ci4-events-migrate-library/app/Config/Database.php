<?php

namespace Config;

use CodeIgniter\Database\Config;

class Database extends Config
{
    public string $filesPath = APPPATH . 'Database' . DIRECTORY_SEPARATOR;
    public string $defaultGroup = 'default';

    public array $default = [
        'DSN'      => '',
        'hostname' => 'mysql-loans.county.internal', // tfl-eval: hardcoded-backing-service
        'username' => 'loans',
        'password' => '',
        'database' => 'loans',
        'DBDriver' => 'MySQLi',
        'DBPrefix' => '',
        'charset'  => 'utf8mb4',
        'port'     => 3306,
    ];

    public array $tests = [
        'DSN'      => '',
        'hostname' => '127.0.0.1', // tfl-eval-not: hardcoded-backing-service
        'username' => '',
        'password' => '',
        'database' => ':memory:',
        'DBDriver' => 'SQLite3',
        'DBPrefix' => 'db_',
    ];

    public function __construct()
    {
        parent::__construct();
        if (ENVIRONMENT === 'testing') {
            $this->defaultGroup = 'tests';
        }
    }
}
