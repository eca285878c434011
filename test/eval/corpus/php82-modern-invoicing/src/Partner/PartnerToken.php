<?php

declare(strict_types=1);

namespace Ledgerbird\Partner;

/** The API token each carrier issued us, by carrier. */
enum PartnerToken: string
{
    case Dhl = 'Ef69EYArJWjtxg7Dwp20XCOhJHxhN1IX'; // tfl-eval: hardcoded-credential
    case Ups = '08b09683c858e2cc88c2ce85b3e126e3d6d6ecb6'; // tfl-eval: hardcoded-credential
    case Gls = ''; // tfl-eval-not: hardcoded-credential

    public function header(): string
    {
        return 'Bearer ' . $this->value;
    }
}
