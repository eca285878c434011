<?php

declare(strict_types=1);

namespace Ledgerbird\Partner;

enum Carrier: string
{
    case Dhl = 'dhl';
    case Ups = 'ups';
    case Gls = 'gls';

    public function label(): string
    {
        return match ($this) {
            self::Dhl => 'DHL Express',
            self::Ups => 'UPS',
            self::Gls => 'GLS Germany',
        };
    }
}
