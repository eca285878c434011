<?php
class Conexion
{
    private $host = "localhost"; // tfl-eval: hardcoded-backing-service
    private $usuario = "tienda";
    private $clave;
    private $bd = "tienda";
    private $conexion;

    public function __construct()
    {
        $this->clave = getenv('DB_PASS');
    }

    public function conectar()
    {
        $this->conexion = new mysqli($this->host, $this->usuario, $this->clave, $this->bd);
        if ($this->conexion->connect_error) {
            die("Error de conexión: " . $this->conexion->connect_error);
        }
        $this->conexion->set_charset("utf8");
        return $this->conexion;
    }

    public function cerrar()
    {
        $this->conexion->close();
    }
}
