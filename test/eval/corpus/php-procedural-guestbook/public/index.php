<?php
require __DIR__ . '/../includes/config.php';
require __DIR__ . '/../includes/db.php';

$host = $_SERVER['HTTP_HOST'] ?? 'localhost';
$result = $conn->query("SELECT name, message, created_at FROM entries ORDER BY created_at DESC LIMIT 20");
?>
<!doctype html>
<html>
<head><title><?= htmlspecialchars(SITE_TITLE) ?></title></head>
<body>
<h1>Guestbook on <?= htmlspecialchars($host) ?></h1>
<form method="post" action="sign.php">
  <label>Name <input name="name" placeholder="Your name"></label>
  <label>Message <textarea name="message"></textarea></label>
  <button>Sign</button>
</form>
<?php while ($row = $result->fetch_assoc()): ?>
  <p><strong><?= htmlspecialchars($row['name']) ?></strong>: <?= htmlspecialchars($row['message']) ?></p>
<?php endwhile; ?>
</body>
</html>
