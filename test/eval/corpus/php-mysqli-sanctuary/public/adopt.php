<?php
require_once __DIR__ . '/../includes/db.php';

$db = sanctuary_db();
$stmt = $db->prepare('SELECT id, name, species FROM animals WHERE adoptable = 1');
$stmt->execute();
$animals = $stmt->get_result()->fetch_all(MYSQLI_ASSOC);
foreach ($animals as $a) {
    echo '<li>' . htmlspecialchars($a['name']) . '</li>';
}
