<?php
class Database
{
    private $host = "10.0.3.7"; // tfl-eval: hardcoded-backing-service
    private $db_name = "tienda";
    private $username = "tienda_app";
    private $password;
    public $conn;

    public function __construct()
    {
        $this->password = getenv('DB_PASSWORD');
    }

    public function getConnection()
    {
        $this->conn = null;
        try {
            $this->conn = new PDO("mysql:host=" . $this->host . ";dbname=" . $this->db_name, $this->username, $this->password);
            $this->conn->exec("set names utf8");
        } catch (PDOException $exception) {
            echo "Connection error: " . $exception->getMessage();
        }
        return $this->conn;
    }
}
