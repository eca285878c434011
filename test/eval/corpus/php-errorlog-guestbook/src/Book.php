<?php
declare(strict_types=1);

namespace Guestbook;

final class Book
{
    private const MODERATION_WORDS = ['spam', 'casino']; // tfl-eval-not: memory-session-store

    public function __construct(private \PDO $db)
    {
    }

    public function sign(string $name, string $message): void
    {
        foreach (self::MODERATION_WORDS as $word) {
            if (stripos($message, $word) !== false) {
                error_log(date('c') . " held: {$name}\n", 3, '/var/log/guestbook/moderation.log'); // tfl-eval: file-logger
                return;
            }
        }
        $this->db->prepare('INSERT INTO entries (name, message) VALUES (?, ?)')->execute([$name, $message]);
    }

    public function latest(int $limit): array
    {
        return $this->db->query('SELECT name, message FROM entries ORDER BY id DESC LIMIT ' . $limit)->fetchAll();
    }
}
