<?php

namespace Config;

use CodeIgniter\Config\BaseConfig;

/**
 * Encryption configuration.
 *
 * These are the settings used for encryption, if you don't pass a parameter
 * array to the encrypter for creation/initialization.
 */
class Encryption extends BaseConfig
{
    /**
     * --------------------------------------------------------------------------
     * Encryption Key Starter
     * --------------------------------------------------------------------------
     *
     * If you use the Encryption class you must set an encryption key (seed).
     * You need to ensure it is long enough for the cipher and mode you plan to use.
     * See the user guide for more info.
     */
    public string $key = 'hex2bin:1a98649c5d55aeebdc194be0710ec027e6d5054dc47456b2846d67c649322127'; // tfl-eval: hardcoded-credential

    public string $driver = 'OpenSSL';
    public int $blockSize = 16;
    public string $digest = 'SHA512';
    public bool $rawData = true;
    public string $encryptKeyInfo = '';
    public string $authKeyInfo = '';
    public string $cipher = 'AES-256-CTR';
}
