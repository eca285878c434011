<?php

declare(strict_types=1);

namespace Shortlinks;

final class Config
{
    public static function dbHost(): string
    {
        return getenv('DB_HOST') ?: 'shortlinks-db.prod.eu-central-1.internal'; // tfl-eval: hardcoded-backing-service
    }

    public static function logFile(): string
    {
        // The file defaults to var/log unless the deploy overrides LOG_FILE.
        return getenv('LOG_FILE') ?: __DIR__ . '/../var/log/shortlinks.log';
    }
}
