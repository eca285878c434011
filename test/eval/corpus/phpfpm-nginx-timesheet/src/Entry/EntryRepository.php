<?php
declare(strict_types=1);

namespace Timesheet\Entry;

use PDO;

final class EntryRepository
{
    public function __construct(private PDO $pdo)
    {
    }

    public function add(int $employeeId, string $project, float $hours): void
    {
        $stmt = $this->pdo->prepare('INSERT INTO entries (employee_id, project, hours, logged_on) VALUES (?, ?, ?, CURRENT_DATE)');
        $stmt->execute([$employeeId, $project, $hours]);
    }

    /** @return list<array{project: string, hours: float}> */
    public function week(int $employeeId): array
    {
        $stmt = $this->pdo->prepare('SELECT project, SUM(hours) AS hours FROM entries WHERE employee_id = ? AND logged_on >= CURRENT_DATE - INTERVAL 7 DAY GROUP BY project');
        $stmt->execute([$employeeId]);
        return $stmt->fetchAll(PDO::FETCH_ASSOC);
    }
}
