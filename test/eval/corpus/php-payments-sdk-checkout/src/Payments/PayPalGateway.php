<?php
namespace Acme\Checkout\Payments;

use PayPal\Auth\OAuthTokenCredential;
use PayPal\Rest\ApiContext;

final class PayPalGateway
{
    public static function context(): ApiContext
    {
        $context = new ApiContext(new OAuthTokenCredential(
            'AXBRA2r6OgbIv8hkAcn3rhJoeOT8BsgybABB15bM8q9PA937PfN0xQZ03JtbgrXsHvsBGMS0I5m6TzXr',
            'EGp3wqfwyJkQ8wSQzD60KhpHEOO3HGvWvFrqh53MzAkgIuj3HRdl8e7rTVb6qDemq2X89URuD7AJYBa4' // tfl-eval: hardcoded-credential
        ));
        $context->setConfig(['mode' => 'live']);
        return $context;
    }
}
