<?php

declare(strict_types=1);

namespace Volunteers\Catalogue;

/** Shift types from the bundled JSON, parsed once per FPM worker pool: derived data, the same everywhere. */
final class ShiftTypes
{
    public function all(): array
    {
        $types = apcu_fetch('shift_types', $found);
        if (!$found) {
            $types = json_decode((string) file_get_contents(__DIR__ . '/../../data/shift-types.json'), true);
            apcu_store('shift_types', $types, 600); // tfl-eval-not: memory-session-store
        }
        return $types;
    }
}
