<?php

declare(strict_types=1);

namespace Invoices\Infrastructure;

use Aws\S3\S3Client;
use PDO;
use Stripe\StripeClient;

final class Connections
{
    public static function archive(): PDO
    {
        return new PDO('mysql:host=archive.invoices.internal;dbname=archive;charset=utf8mb4', 'archive', 'Zephyr*1595harbor'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
    }

    public static function reporting(): PDO
    {
        return new PDO('pgsql:host=localhost;port=5432;dbname=reports;user=reports;password=thistle41!'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
    }

    public static function primary(array $settings): PDO
    {
        return new PDO($settings['dsn'], $settings['user'], $settings['pass'], [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]); // tfl-eval-not: hardcoded-credential
    }

    public static function storage(): S3Client
    {
        return new S3Client([
            'version' => 'latest',
            'region' => 'eu-central-1',
            'credentials' => [
                'key' => 'AKIADBWBQZVTDM26EDXQ', // tfl-eval: hardcoded-credential
                'secret' => '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', // tfl-eval: hardcoded-credential
            ],
        ]);
    }

    public static function payments(): StripeClient
    {
        return new StripeClient(['api_key' => 'tzabDlbUzUmB4IuRdxsr1Szkrv08hZL5oa8TfuNf', 'stripe_version' => '2023-10-16']); // tfl-eval: hardcoded-credential
    }

    public static function pdfService(): \PdfMonkey\Client
    {
        return new \PdfMonkey\Client(apiKey: 'u4cffNUhyGmcFuDOjoY9rdms', timeout: 30); // tfl-eval: hardcoded-credential
    }
}
