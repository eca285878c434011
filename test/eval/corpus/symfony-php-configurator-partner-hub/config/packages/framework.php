<?php

use Symfony\Config\FrameworkConfig;

return static function (FrameworkConfig $framework): void {
    $framework->secret(env('APP_SECRET')); // tfl-eval-not: hardcoded-credential
    $framework->httpClient()
        ->scopedClient('carrier.client')
            ->baseUri('https://api.carrier.example/v2')
            ->header('X-Carrier-Key', '9WoJbf2Vzv9JzK2JiR9Sjv'); // tfl-eval: hardcoded-credential
};
