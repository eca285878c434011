<?php
declare(strict_types=1);

namespace Shop\Game;

final class Board
{
    /** @var array<string, Piece> */
    private array $pieces = [];

    public function play(string $id, int $x, int $y): void
    {
        $piece = $this->pieces[$id];
        $piece->moveTo($x, $y); // tfl-eval-not: memory-session-store
    }
}
