<?php
require_once __DIR__ . '/../lib/db.php';

$note = db()->prepare('SELECT body FROM notes WHERE id = ?');
$note->execute([(int) ($_GET['id'] ?? 0)]);
$body = (string) $note->fetchColumn();

$ch = curl_init('https://api.openai.com/v1/chat/completions');
curl_setopt_array($ch, [
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER => ['Content-Type: application/json', 'Authorization: Bearer ' . OPENAI_API_KEY],
    CURLOPT_POSTFIELDS => json_encode(['model' => OPENAI_MODEL, 'messages' => [['role' => 'user', 'content' => "Summarize:\n" . $body]]]),
]);
echo curl_exec($ch);
