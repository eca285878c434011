<?php
declare(strict_types=1);

namespace App\Controller;

class ShiftsController extends AppController
{
    private const SLOT_NAMES = ['am' => 'Morning', 'pm' => 'Afternoon', 'eve' => 'Evening']; // tfl-eval-not: memory-session-store

    public function view(int $id)
    {
        $shift = $this->Shifts->get($id);
        $this->request->getSession()->write('Rota.lastShift', $id);
        $this->set(['shift' => $shift, 'slot' => self::SLOT_NAMES[$shift->slot] ?? 'Any']);
    }
}
