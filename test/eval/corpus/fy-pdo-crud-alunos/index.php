<?php
require_once 'classes/Conexao.php';

$labels = [
    'password' => 'Senha', // tfl-eval-not: hardcoded-credential
    'username' => 'Usuário',
];

$pdo = Conexao::pegarConexao();
$alunos = $pdo->query('SELECT * FROM alunos')->fetchAll(PDO::FETCH_ASSOC);
foreach ($alunos as $aluno) {
    echo htmlspecialchars($aluno['nome']) . PHP_EOL;
}
