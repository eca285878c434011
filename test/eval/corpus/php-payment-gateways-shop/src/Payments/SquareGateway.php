<?php

declare(strict_types=1);

namespace Corner\Shop\Payments;

use Square\Environments;
use Square\SquareClient;

final class SquareGateway
{
    public static function client(): SquareClient
    {
        return new SquareClient(
            token: 'EAAAlxK7pW2mQ9vR4tY8nB3cF6hJ1kL5sD0gA2zX7eU9iO4wP3qM8rT6yN1bV5cZ',  // tfl-eval: hardcoded-credential
            options: ['baseUrl' => Environments::Production->value],
        );
    }

    public static function sandbox(): SquareClient
    {
        return new SquareClient(token: $_ENV['SQUARE_SANDBOX_TOKEN'] ?? null, options: ['baseUrl' => Environments::Sandbox->value]); // tfl-eval-not: hardcoded-credential
    }
}
