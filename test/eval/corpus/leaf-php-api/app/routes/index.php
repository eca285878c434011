<?php

app()->post('/login', function () {
    $user = auth()->login(request()->get(['email', 'password'])); // tfl-eval-not: hardcoded-credential
    if (!$user) {
        response()->exit(auth()->errors(), 401);
    }
    response()->json($user);
});

app()->post('/webhooks/stripe', function () {
    $payload = request()->body(false);
    $signature = request()->headers('Stripe-Signature');
    $event = \Stripe\Webhook::constructEvent($payload, $signature, 'whsec_Mx8qT3nV7zR2kL5pW9yB4cF6hJ1dG0aS'); // tfl-eval: hardcoded-credential
    response()->json(['received' => $event->type]);
});
