<?php

namespace Partner;

final class PartnerClient
{
    public function fetch(string $path): string
    {
        $ch = curl_init('https://api.partner.example' . $path);
        curl_setopt_array($ch, [
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_SSLCERT => '/etc/partner/client.pem',
            CURLOPT_SSLKEY => '/etc/partner/client.key',
            CURLOPT_SSLKEYPASSWD => 'krguIRhP0d16mK#3', // tfl-eval: hardcoded-credential
            CURLOPT_PROXY => 'http://proxy.corp.internal:3128',
            CURLOPT_PROXYUSERPWD => 'svc-partner:qnmQ6EqAaNexwS1l', // tfl-eval: hardcoded-credential
        ]);
        $body = curl_exec($ch);
        curl_close($ch);
        return (string) $body;
    }

    public function directory(): bool
    {
        $ds = ldap_connect('ldaps://ldap.corp.example');
        return ldap_sasl_bind($ds, null, 'UJjA4nX17RDwCHNu7s', 'DIGEST-MD5', null, 'svc-partner'); // tfl-eval: hardcoded-credential
    }
}
