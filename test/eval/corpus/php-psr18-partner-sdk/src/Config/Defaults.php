<?php

declare(strict_types=1);

namespace Freightly\Partner\Config;

final class Defaults
{
    /** @return array<string, array<string, string>> */
    public static function load(string $path): array
    {
        $base = parse_ini_string(<<<'INI'
            [partner]
            base_url = https://api.freightly.example/v3
            client_id = freightly-sdk
            client_secret = pbGIcmVhVxdpXvkbUvUs
            INI, true);
        $local = is_file($path) ? parse_ini_file($path, true) : [];

        return array_replace_recursive($base, $local ?: []);
    }
}
