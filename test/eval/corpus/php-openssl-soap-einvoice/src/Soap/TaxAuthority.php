<?php

namespace Einvoice\Soap;

final class TaxAuthority
{
    public static function client(): \SoapClient
    {
        return new \SoapClient('https://einvoice.tax.example/ws?wsdl', [
            'login' => 'ACME-GW-0042',
            'password' => 'G355xrjELjXhnMAY', // tfl-eval: hardcoded-credential
            'trace' => true,
            'cache_wsdl' => WSDL_CACHE_BOTH,
            'stream_context' => stream_context_create(['ssl' => [
                'local_cert' => '/etc/einvoice/client.pem',
                'passphrase' => 'WkUN7H9i1SJ4zk%4', // tfl-eval: hardcoded-credential
            ]]),
        ]);
    }
}
