<?php

namespace Config;

use CodeIgniter\Config\BaseConfig;

class Encryption extends BaseConfig
{
    /**
     * If you use the Encryption class, you must set an encryption key (seed).
     * You need to ensure it is long enough for the cipher and mode you plan to use.
     */
    public string $key = ''; // tfl-eval-not: hardcoded-credential
    public string $driver = 'OpenSSL';
    public int $blockSize = 16;
    public string $digest = 'SHA512';
}
