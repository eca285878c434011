<?php
$pdo = new PDO('mysql:host=' . getenv('SHOP_DB_HOST') . ';dbname=shop', 'shop', getenv('SHOP_DB_PASSWORD'));
