<?php

namespace App\Service;

final class SlugService
{
    /** @var array<string, string> computed slugs: pure, the same in every worker */
    private static array $slugs = [];

    public function slug(string $title): string
    {
        return self::$slugs[$title] ??= strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $title), '-'));
    }
}
