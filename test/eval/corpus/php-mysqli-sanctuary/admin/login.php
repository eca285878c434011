<?php
session_start();
require_once __DIR__ . '/../includes/config.php';

$error = '';
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $given = $_POST['user_password'] ?? '';
    if (hash_equals($adminPass, $given)) {
        session_regenerate_id(true);
        $_SESSION['admin'] = true;
        header('Location: /admin/animals.php');
        exit;
    }
    $error = 'Invalid password';
}
$validPassword = strlen($_POST['user_password'] ?? '') >= 10;
?>
<form method="post">
  <label for="pw">Password</label>
  <input type="password" id="pw" name="user_password" placeholder="Enter your password">
  <?php if ($error): ?><p class="error"><?= htmlspecialchars($error) ?></p><?php endif; ?>
  <button>Sign in</button>
</form>
