<?php

declare(strict_types=1);

namespace Freightly\Partner\Config;

enum Environment: string
{
    case Production = 'production';
    case Sandbox = 'sandbox';
}

final class Keys
{
    public static function signingSecret(Environment $env): string
    {
        return match ($env) {
            Environment::Production => '706f9d05af26b7f45eb9cbc7969634ea01a0fca5ddf9ebbdefa901b3e0dea2e4', // tfl-eval: hardcoded-credential
            Environment::Sandbox => $_ENV['PARTNER_SANDBOX_SECRET'] ?? '', // tfl-eval-not: hardcoded-credential
        };
    }

    public static function label(Environment $env): string
    {
        return match ($env) {
            Environment::Production => 'Live API key', // tfl-eval-not: hardcoded-credential
            Environment::Sandbox => 'Sandbox API key', // tfl-eval-not: hardcoded-credential
        };
    }
}
