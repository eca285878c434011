<?php

namespace Config;

use CodeIgniter\Database\Config;

class Database extends Config
{
    public string $filesPath = APPPATH . 'Database' . DIRECTORY_SEPARATOR;

    public string $defaultGroup = 'default';

    public array $default = [
        'DSN'          => '',
        'hostname'     => 'localhost', // tfl-eval: hardcoded-backing-service
        'username'     => '',
        'password'     => '', // tfl-eval-not: hardcoded-credential
        'database'     => '',
        'DBDriver'     => 'MySQLi',
        'DBPrefix'     => '',
        'pConnect'     => false,
        'DBDebug'      => true,
        'charset'      => 'utf8mb4',
        'DBCollat'     => 'utf8mb4_general_ci',
        'port'         => 3306,
    ];

    public array $reporting = [
        'DSN'      => '',
        'hostname' => 'clinic-replica.internal', // tfl-eval: hardcoded-backing-service
        'username' => 'reporting_ro',
        'password' => 'ho.uRUizR4x1u70W', // tfl-eval: hardcoded-credential
        'database' => 'scheduler',
        'DBDriver' => 'MySQLi',
        'port'     => 3306,
    ];

    public array $tests = [
        'DSN'         => '',
        'hostname'    => '127.0.0.1',
        'username'    => '',
        'password'    => '', // tfl-eval-not: hardcoded-credential
        'database'    => ':memory:',
        'DBDriver'    => 'SQLite3',
        'DBPrefix'    => 'db_',
    ];

    public function __construct()
    {
        parent::__construct();

        if (ENVIRONMENT === 'testing') {
            $this->defaultGroup = 'tests';
        }
    }
}
