<?php

namespace App;

use Acme\Billing\BillingServiceProvider;

final class Kernel
{
    /** @var list<class-string> */
    public const PROVIDERS = [
        BillingServiceProvider::class,
    ];
}
