<?php

class sso
{
    public $protocol = 'https://';
    public $domain = 'intranet.example.edu';
    public $auth_uri = '/sso/';
    public $deauth_uri = '/sso/logout';
    public $referer;
    public $secret = 'zUKOGZEA46R3xklxAcTK'; // tfl-eval: hardcoded-credential

    public function check_user(array $sso): bool
    {
        $hash = hash('sha256', $sso['username'] . $this->secret); // tfl-eval-not: hardcoded-credential
        return hash_equals($hash, $sso['secret']); // tfl-eval-not: hardcoded-credential
    }
}
