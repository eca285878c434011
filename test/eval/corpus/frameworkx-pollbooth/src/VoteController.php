<?php

namespace Acme\Pollbooth;

use Clue\React\SQLite\DatabaseInterface;
use Psr\Http\Message\ServerRequestInterface;
use React\Http\Message\Response;

final class VoteController
{
    /** Labels of the poll states; a constant table. */
    private const STATES = ['o' => 'Open', 'c' => 'Closed']; // tfl-eval-not: memory-session-store

    public function __construct(private DatabaseInterface $db)
    {
    }

    public function __invoke(ServerRequestInterface $request)
    {
        $result = yield $this->db->query('SELECT id, label, votes, state FROM options WHERE poll_id = ?', [$request->getAttribute('id')]);
        $rows = array_map(fn (array $row) => $row + ['state_label' => self::STATES[$row['state']] ?? 'Open'], $result->rows);
        return Response::json($rows);
    }
}
