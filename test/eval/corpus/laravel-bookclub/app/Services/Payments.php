<?php

namespace App\Services;

use Stripe\StripeClient;

class Payments
{
    private StripeClient $stripe;

    public function __construct()
    {
        $this->stripe = new StripeClient(config('services.stripe.secret'));
    }

    public function membershipCheckout(string $customerId, string $returnUrl): string
    {
        return $this->stripe->checkout->sessions->create([
            'customer' => $customerId,
            'mode' => 'subscription',
            'line_items' => [['price' => config('bookclub.membership_price_id'), 'quantity' => 1]],
            'success_url' => $returnUrl,
        ])->url;
    }
}
