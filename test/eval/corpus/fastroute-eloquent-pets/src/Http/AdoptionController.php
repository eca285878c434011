<?php

namespace Pets\Http;

use Illuminate\Database\Capsule\Manager as Capsule;
use Psr\Log\LoggerInterface;

final class AdoptionController
{
    private const SPECIES = ['cat' => 'Cats', 'dog' => 'Dogs', 'rabbit' => 'Rabbits'];

    public function __construct(private LoggerInterface $log)
    {
    }

    public function request(array $vars): string
    {
        $applicant = $_SESSION['applicant'] ?? 'anonymous';
        Capsule::table('adoption_requests')->insert([
            'pet' => $vars['pet'],
            'applicant' => $applicant,
        ]);
        $this->log->info('adoption requested', ['pet' => $vars['pet']]);
        return json_encode(['ok' => true, 'species' => self::SPECIES['cat']]);
    }
}
