<?php

declare(strict_types=1);

namespace Invoicing\Config;

enum Secrets: string
{
    case PdfSigningKey = 'gyYqo2iNLkUO8Ebd/E3j9AZgbRCHOVbV/6jp8NvXb6mN'; // tfl-eval: hardcoded-credential
    case WebhookSecret = 'whsec_uG6YEYn53OLcUWzxo1LzxzxY2xfyz1M9'; // tfl-eval: hardcoded-credential
}

final class Env
{
    public static function smtpPassword(): string
    {
        return getenv('SMTP_PASSWORD') ?: '7Uo#D9E4Tl-VfjLU'; // tfl-eval: hardcoded-credential
    }

    public static function sentryDsn(): string
    {
        return $_ENV['SENTRY_DSN'] ?? ''; // tfl-eval-not: hardcoded-credential
    }

    public static function dbPassword(): string
    {
        return $_ENV['DB_PASSWORD'] ?? '0si6y4d!w_jO+6uvNK'; // tfl-eval: hardcoded-credential
    }
}
