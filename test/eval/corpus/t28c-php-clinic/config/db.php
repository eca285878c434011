<?php
// Conexão com o banco da clínica.
$con = mysqli_connect('mysql.clinica.internal', 'agenda', 'Fp3xQ8vLz2Wm9Tk', 'agenda'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
$relatorios = new mysqli('replica.clinica.internal', 'leitura', 'Rt6yHn2Kq9Zs4Vb', 'agenda'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
$pdo = new PDO('mysql:host=mysql.clinica.internal;dbname=agenda', 'agenda', 'Fp3xQ8vLz2Wm9Tk'); // tfl-eval: hardcoded-credential, hardcoded-backing-service

// Local XAMPP while developing: root without a password.
$dev = mysqli_connect('localhost', 'root', '', 'agenda'); // tfl-eval-not: hardcoded-credential
$env = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASS')); // tfl-eval-not: hardcoded-credential
