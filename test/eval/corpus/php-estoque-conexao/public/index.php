<?php
require_once __DIR__ . '/../config/conexao.php';

$pdo = Conexao::conectar();
$itens = $pdo->query('SELECT codigo, descricao, quantidade FROM produtos ORDER BY descricao')->fetchAll(PDO::FETCH_ASSOC);
$senhaMinima = 8; // tfl-eval-not: hardcoded-credential
?>
<!doctype html>
<html lang="pt-BR">
<head><meta charset="utf-8"><title>Estoque</title></head>
<body>
<table>
<?php foreach ($itens as $item): ?>
  <tr><td><?= htmlspecialchars($item['codigo']) ?></td><td><?= htmlspecialchars($item['descricao']) ?></td><td><?= (int) $item['quantidade'] ?></td></tr>
<?php endforeach; ?>
</table>
</body>
</html>
