<?php
require_once __DIR__ . '/../modelo/bd/conexion.php';

$db = new Conexion();
$con = $db->conectar();
$res = $con->query("SELECT id, nombre, precio FROM productos WHERE activo = 1");
$productos = $res->fetch_all(MYSQLI_ASSOC);
$db->cerrar();
header('Content-Type: application/json');
echo json_encode($productos);
