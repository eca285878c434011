<?php
require_once __DIR__ . '/includes/db.php';

$issues = db()->query('SELECT id, title FROM issues ORDER BY published_at DESC')->fetchAll();
?>
<h1><?= htmlspecialchars(SITE_NAME) ?></h1>
<?php foreach ($issues as $issue): ?>
  <p><?= htmlspecialchars($issue['title']) ?></p>
<?php endforeach; ?>
