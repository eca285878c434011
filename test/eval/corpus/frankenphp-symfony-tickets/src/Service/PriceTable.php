<?php

declare(strict_types=1);

namespace App\Service;

final class PriceTable
{
    private static array $tiers = ['standard' => 4500, 'reduced' => 2900, 'vip' => 12000];

    public function priceOf(string $tier): int
    {
        return self::$tiers[$tier] ?? self::$tiers['standard'];
    }
}
