<?php

namespace App;

// Exchange rates cached in the system's temporary folder; refetched when missing.
class Cache
{
    public function save(array $rates): void
    {
        file_put_contents(sys_get_temp_dir() . '/rates.json', json_encode($rates)); // tfl-eval-not: memory-session-store
    }

    public function find(): ?array
    {
        $raw = @file_get_contents(sys_get_temp_dir() . '/rates.json');
        return $raw === false ? null : json_decode($raw, true);
    }

    public function saveShared(array $rates): void
    {
        $path = getenv('SHARED_DIR') . '/rates.json';
        file_put_contents($path, json_encode($rates)); // tfl-eval-not: memory-session-store
        json_decode(file_get_contents($path), true);
    }
}
