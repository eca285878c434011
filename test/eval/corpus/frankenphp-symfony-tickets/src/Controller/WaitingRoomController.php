<?php

declare(strict_types=1);

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

final class WaitingRoomController extends AbstractController
{
    private const RELEASE_BATCH = 50;

    /** Place in the virtual waiting room, per visitor; FrankenPHP's worker keeps it between requests. */
    private static array $positions = []; // tfl-eval: memory-session-store

    /** Compiled seat maps, rebuilt from the venue file when missing. */
    private static array $seatMapCache = [];

    #[Route('/queue/join', name: 'queue_join', methods: ['POST'])]
    public function join(Request $request): JsonResponse
    {
        $visitor = $request->getSession()->getId();
        self::$positions[$visitor] ??= count(self::$positions) + 1;

        return $this->json(['position' => self::$positions[$visitor], 'batch' => self::RELEASE_BATCH]);
    }

    #[Route('/venues/{venue}/seats', name: 'seat_map', methods: ['GET'])]
    public function seats(string $venue): JsonResponse
    {
        self::$seatMapCache[$venue] ??= json_decode((string) file_get_contents(__DIR__ . "/../../venues/$venue.json"), true);

        return $this->json(self::$seatMapCache[$venue]);
    }
}
