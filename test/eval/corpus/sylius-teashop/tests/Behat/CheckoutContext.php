<?php

declare(strict_types=1);

namespace App\Tests\Behat;

use Behat\Behat\Context\Context;

final class CheckoutContext implements Context
{
    private const TEST_CARD = '4242424242424242';
    private const CUSTOMER_PASSWORD = 'sylius-behat-password'; // tfl-eval-not: hardcoded-credential

    /** @Given I am logged in as a customer */
    public function iAmLoggedInAsACustomer(): void
    {
    }
}
