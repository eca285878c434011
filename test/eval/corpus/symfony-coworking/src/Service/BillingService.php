<?php

namespace App\Service;

use Stripe\StripeClient;

class BillingService
{
    private StripeClient $stripe;

    public function __construct()
    {
        $this->stripe = new StripeClient('sk_live_a7oUqZ8qqxO5dPcCFFd5SRthNTTYwSlb'); // tfl-eval: hardcoded-credential
    }

    public function chargeDesk(string $customerId, int $amountCents): string
    {
        return $this->stripe->paymentIntents->create(['customer' => $customerId, 'amount' => $amountCents, 'currency' => 'eur', 'confirm' => true])->id;
    }
}
