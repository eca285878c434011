<?php
require __DIR__ . '/../vendor/autoload.php';

use PapaPizza\App;

$pizzas = App::getApp()->getDb()->query('SELECT nom, prix FROM pizzas WHERE disponible = 1')->fetchAll();
header('Content-Type: application/json');
echo json_encode($pizzas);
