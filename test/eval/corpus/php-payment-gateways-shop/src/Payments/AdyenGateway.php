<?php

declare(strict_types=1);

namespace Corner\Shop\Payments;

use Adyen\Client;
use Adyen\Environment;
use Adyen\Service\Checkout\PaymentsApi;

final class AdyenGateway
{
    public static function live(): PaymentsApi
    {
        $client = new Client();
        $client->setApplicationName('corner-shop');
        $client->setXApiKey('AQEyhmfxK4zJbBZDw0m/n3Q5qf3VaY9UCJ14XWZE03G/k2NFitRvbe4N1XqH1eHaH2AksaEQwV1bDb7kfNy1WIxIIkxgBw==-y4uV0ZL3HRqmRHCz0pVqp0G8MiBVnjnSdJyJp4fEkUQ=-i1iT>a]G<~AMzr7fD7W'); // tfl-eval: hardcoded-credential
        $client->setEnvironment(Environment::LIVE, 'a1b2c3d4e5f6a7b8-CornerShop');

        return new PaymentsApi($client);
    }

    public static function fromEnv(): PaymentsApi
    {
        $client = new Client();
        $client->setXApiKey((string) getenv('ADYEN_API_KEY')); // tfl-eval-not: hardcoded-credential
        $client->setEnvironment(Environment::TEST);

        return new PaymentsApi($client);
    }
}
