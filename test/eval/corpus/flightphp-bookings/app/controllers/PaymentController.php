<?php

namespace app\controllers;

use Flight;
use Stripe\StripeClient;

class PaymentController
{
    private StripeClient $stripe;

    public function __construct()
    {
        $this->stripe = new StripeClient('sk_live_Bi7fUIUumZgyzPqluNmeS04T'); // tfl-eval: hardcoded-credential
    }

    public function checkout(): void
    {
        $session = $this->stripe->checkout->sessions->create([
            'mode' => 'payment',
            'line_items' => [['price' => Flight::request()->data->price_id, 'quantity' => 1]],
            'success_url' => 'https://bookings.example/thanks',
        ]);
        Flight::redirect($session->url);
    }
}